#include "SafeTextDocument.h"

#include <QTextBlock>
#include <QTextCursor>

namespace paragraf {

QVariant SafeTextDocument::loadResource(int, const QUrl&) {
    return {};
}

int SafeTextDocument::stripImages() {
    // Collect first, then remove from the end, so that earlier positions stay valid.
    QList<QPair<int, int>> images;
    for (QTextBlock block = begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isImageFormat())
                images.append({it.fragment().position(), it.fragment().length()});
    QTextCursor cursor(this);
    cursor.beginEditBlock();
    for (auto it = images.crbegin(); it != images.crend(); ++it) {
        cursor.setPosition(it->first);
        cursor.setPosition(it->first + it->second, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
    }
    cursor.endEditBlock();
    return static_cast<int>(images.size());
}

} // namespace paragraf
