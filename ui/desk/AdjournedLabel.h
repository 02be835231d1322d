#pragma once

#include <QLabel>
#include <QPointer>

class MeetingSession;

// "Ajournerat sedan kl. 10.30" in the status bar while the meeting is adjourned, so that the
// secretary sees at a glance that F9 will resume it; empty otherwise.
class AdjournedLabel : public QLabel {
    Q_OBJECT
public:
    explicit AdjournedLabel(QWidget* parent = nullptr);
    void setSession(MeetingSession* session);

private:
    void update();

    QPointer<MeetingSession> m_session;
};
