#include "WindowKeysOverEditors.h"

#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

WindowKeysOverEditors::WindowKeysOverEditors(QWidget* window, const QList<QKeySequence>& keys)
    : QObject(window), m_window(window), m_keys(keys) {}

void WindowKeysOverEditors::install(QWidget* window, const QList<QKeySequence>& keys) {
    // On the application: editors come and go with the meeting, and the filter goes with the
    // window it belongs to.
    qApp->installEventFilter(new WindowKeysOverEditors(window, keys));
}

bool WindowKeysOverEditors::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::ShortcutOverride || !watched->isWidgetType())
        return QObject::eventFilter(watched, event);
    if (static_cast<QWidget*>(watched)->window() != m_window)
        return QObject::eventFilter(watched, event);
    const QKeySequence pressed(static_cast<QKeyEvent*>(event)->keyCombination());
    for (const QKeySequence& key : m_keys) {
        if (!key.isEmpty() && key.matches(pressed) == QKeySequence::ExactMatch) {
            event->ignore(); // not overridden: the window's shortcut map has it
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
