#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>

class QWidget;

// Line and text edits claim some keys for themselves before the window's shortcuts are asked:
// on Linux a line edit takes Ctrl+E as "end of line", so the desk's Ctrl+E (export) moved the
// cursor and the file name typed next landed in the title. For the keys given, this filter lets
// the window's actions have them whichever editor of the window has the focus; elsewhere (in a
// dialog, where no action has the key) the editor keeps them.
class WindowKeysOverEditors : public QObject {
    Q_OBJECT
public:
    static void install(QWidget* window, const QList<QKeySequence>& keys);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    WindowKeysOverEditors(QWidget* window, const QList<QKeySequence>& keys);

    QWidget* m_window;
    QList<QKeySequence> m_keys;
};
