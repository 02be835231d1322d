#include "ComposedLineEdit.h"

#include "text/ComposedText.h"

#include <QLineEdit>
#include <algorithm>

void replaceKeepingCursor(QLineEdit* edit, const QString& text) {
    const int at = edit->cursorPosition();
    edit->setText(text);
    edit->setCursorPosition(std::min(at, int(text.size())));
}

void keepComposed(QLineEdit* edit) {
    QObject::connect(edit, &QLineEdit::textEdited, edit, [edit](const QString& text) {
        const QString wanted = paragraf::composed(text);
        if (wanted == text)
            return;
        // The cursor stays before the same text: after a paste, what follows it was composed
        // already, and composing shortens only what comes before.
        const int after = int(text.size()) - edit->cursorPosition();
        edit->setText(wanted);
        edit->setCursorPosition(std::max(0, int(wanted.size()) - after));
    });
}
