#include "TypingRobot.h"

#include "MainWindow.h"
#include "MeetingDesk.h"
#include "MeetingSession.h"
#include "ParagraphEditor.h"
#include "SectionEditor.h"
#include "common/Dialogs.h"
#include "documents/DocumentOutput.h"
#include "storage/Database.h"

#include <QApplication>
#include <QKeyEvent>
#include <QSocketNotifier>
#include <QTextEdit>
#include <QTimer>
#include <cstdio>
#include <functional>
#include <unistd.h>

TypingRobot::TypingRobot(MainWindow& window, QString text)
    : QObject(&window), m_window(window), m_text(std::move(text)) {}

void TypingRobot::start() {
    if (!m_window.session())
        return;
    if (qEnvironmentVariableIsSet("PARAGRAF_ROBOT_DIALOGS")) {
        QTimer::singleShot(0, this, &TypingRobot::openAndCancelDialogs);
        return;
    }
    startTyping();
}

namespace {
// Runs a modal dialog and cancels it after `shown` milliseconds: long enough for a file
// dialog's model to list the folder and ask for every file's icon and type.
void runAndCancel(const std::function<void()>& open, int shown = 1500) {
    QTimer::singleShot(shown, qApp, [] {
        if (QWidget* dialog = QApplication::activeModalWidget())
            QMetaObject::invokeMethod(dialog, "reject");
    });
    open();
}
} // namespace

void TypingRobot::openAndCancelDialogs() {
    MainWindow* window = &m_window;
    runAndCancel([window] { Dialogs::openFileName(window, QStringLiteral("open"), {}); });
    runAndCancel([window] { Dialogs::saveFileName(window, QStringLiteral("save"), {}); });
    const paragraf::MeetingRecord record = m_window.session()->record();
    runAndCancel([window, &record] { DocumentOutput::print(window, record); });
    runAndCancel([window, &record] { DocumentOutput::printPreview(window, record); });
    // Opening the file again while it is open: its header check must not read it from outside.
    const QString path = m_window.database()->path();
    const paragraf::Id meeting = m_window.session()->meetingId();
    connect(
        &m_window, &MainWindow::fileReady, this,
        [this, meeting] {
            m_window.openMeeting(meeting);
            std::printf("dialogs done\n");
            std::fflush(stdout);
            waitForGoAhead();
        },
        Qt::SingleShotConnection);
    m_window.openFile(path);
}

void TypingRobot::waitForGoAhead() {
    auto* input = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(input, &QSocketNotifier::activated, this, [this, input] {
        char line[64];
        if (::read(STDIN_FILENO, line, sizeof line) <= 0)
            return;
        input->setEnabled(false);
        startTyping();
    });
}

void TypingRobot::startTyping() {
    connect(m_window.session(), &MeetingSession::durable, this, [this](qint64 upTo) {
        int saved = -1;
        while (!m_written.isEmpty() && m_written.first().first <= upTo)
            saved = m_written.takeFirst().second;
        if (saved < 0)
            return;
        std::printf("saved %d\n", saved);
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
    m_written.append({m_window.session()->lastQueued(), m_typed});
    QTimer::singleShot(1, this, &TypingRobot::typeNext);
}
