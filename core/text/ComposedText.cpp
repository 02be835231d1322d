#include "ComposedText.h"

namespace paragraf {

QString composed(const QString& text) {
    // Most text is ASCII or precomposed Latin already: no copy then.
    for (const QChar c : text)
        if (c.unicode() >= 0x300)
            return text.normalized(QString::NormalizationForm_C);
    return text;
}

} // namespace paragraf
