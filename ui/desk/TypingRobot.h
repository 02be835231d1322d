#pragma once

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

class MainWindow;

// For the crash tests of the desk: types a text into the current paragraph's first section, one
// real key event at a time, and when the session reports writes durable prints "saved N" (N:
// the characters typed up to the last durable write) on standard output. The writes are made
// on the session's writer thread while the robot types on. Started by PARAGRAF_ROBOT_TYPE.
//
// With PARAGRAF_ROBOT_DIALOGS set it first opens and cancels every file and print dialog of the
// desk and opens the file again over itself (each of which could read the database file outside
// SQLite), prints "dialogs done" and waits for a line on standard input before it types: the
// test runs another process against the file in between.
class TypingRobot : public QObject {
    Q_OBJECT
public:
    TypingRobot(MainWindow& window, QString text);
    void start();

private:
    void openAndCancelDialogs();
    void waitForGoAhead();
    void startTyping();
    void typeNext();
    QWidget* target() const;

    MainWindow& m_window;
    QString m_text;
    int m_typed = 0;
    QList<QPair<qint64, int>> m_written; // the session's write number after each keystroke
};
