#include "ChangeCommand.h"

ChangeCommand::ChangeCommand(MeetingSession& session, const QString& text,
                             MeetingSession::Scope scope, MeetingSession::Change redo,
                             MeetingSession::Change undo)
    : m_session(session), m_scope(scope), m_redo(std::move(redo)), m_undo(std::move(undo)) {
    setText(text);
}

void ChangeCommand::redo() {
    // A change the rules refuse never enters the undo history; the session has said why.
    if (!m_session.apply(m_redo, m_scope))
        setObsolete(true);
}

void ChangeCommand::undo() {
    m_session.apply(m_undo, m_scope);
}
