#pragma once

#include <QObject>
#include <QString>

class MainWindow;

// For the crash test of the desk: types a text into the current paragraph's first section, one
// real key event at a time, and after each keystroke that the session reports saved prints
// "saved N" (N characters so far) on standard output. Started by PARAGRAF_ROBOT_TYPE.
class TypingRobot : public QObject {
    Q_OBJECT
public:
    TypingRobot(MainWindow& window, QString text);
    void start();

private:
    void typeNext();
    QWidget* target() const;

    MainWindow& m_window;
    QString m_text;
    int m_typed = 0;
};
