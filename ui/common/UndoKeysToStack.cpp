#include "UndoKeysToStack.h"

#include <QCoreApplication>
#include <QKeyEvent>

void UndoKeysToStack::install(QObject* editor) {
    static UndoKeysToStack* filter = new UndoKeysToStack(qApp);
    editor->installEventFilter(filter);
}

bool UndoKeysToStack::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool ctrlY = key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::Key_Y);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) || ctrlY) {
            event->ignore();
            return event->type() == QEvent::ShortcutOverride;
        }
    }
    return QObject::eventFilter(watched, event);
}
