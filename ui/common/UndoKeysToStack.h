#pragma once

#include <QObject>

// Text widgets keep undo histories of their own and claim Ctrl+Z for them. At the desk every
// change, typing included, is one history per meeting: this filter lets the window's Undo and
// Redo actions have those keys, whichever editor has the focus.
class UndoKeysToStack : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    static void install(QObject* editor);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};
