#include "TypingRobot.h"

#include "MainWindow.h"
#include "MeetingDesk.h"
#include "MeetingSession.h"
#include "ParagraphEditor.h"
#include "SectionEditor.h"

#include <QApplication>
#include <QKeyEvent>
#include <QTextEdit>
#include <QTimer>
#include <cstdio>

TypingRobot::TypingRobot(MainWindow& window, QString text)
    : QObject(&window), m_window(window), m_text(std::move(text)) {}

void TypingRobot::start() {
    if (!m_window.session())
        return;
    connect(m_window.session(), &MeetingSession::saved, this, [this] {
        std::printf("saved %d\n", m_typed);
        std::fflush(stdout);
    });
    m_window.desk()->editor()->focusFirstText();
    QTimer::singleShot(0, this, &TypingRobot::typeNext);
}

QWidget* TypingRobot::target() const {
    const auto sections = m_window.desk()->editor()->sections();
    return sections.isEmpty() ? nullptr : sections.first()->text();
}

void TypingRobot::typeNext() {
    if (m_typed >= m_text.size())
        return;
    // Keys go to the text itself: the window need not be active for the robot to type.
    QWidget* target = this->target();
    const QString character = m_text.mid(m_typed, 1);
    ++m_typed;
    if (target) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, character);
        QApplication::sendEvent(target, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, character);
        QApplication::sendEvent(target, &release);
    }
    QTimer::singleShot(1, this, &TypingRobot::typeNext);
}
