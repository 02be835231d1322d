#include "AdjournedLabel.h"

#include "MeetingSession.h"
#include "proceedings/AdjournmentActions.h"

AdjournedLabel::AdjournedLabel(QWidget* parent) : QLabel(parent) {
    setObjectName(QStringLiteral("adjourned"));
    setStyleSheet(QStringLiteral("color: #8a4b00; font-weight: bold"));
    setAccessibleName(tr("Adjournment"));
}

void AdjournedLabel::setSession(MeetingSession* session) {
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(session, &MeetingSession::changed, this, &AdjournedLabel::update);
    update();
}

void AdjournedLabel::update() {
    const QString text = m_session ? AdjournmentActions::stateText(m_session->record()) : QString();
    setText(text);
    setVisible(!text.isEmpty());
}
