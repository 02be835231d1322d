#include "ChangeCommand.h"

ChangeCommand::ChangeCommand(MeetingSession& session, const QString& text,
                             MeetingSession::Scope scope, MeetingSession::Change redo,
                             MeetingSession::Change undo)
    : SessionCommand(session), m_scope(scope), m_redo(std::move(redo)), m_undo(std::move(undo)) {
    setText(text);
}

void ChangeCommand::redo() {
    step([this] { return m_session.apply(m_redo, m_scope); });
}

void ChangeCommand::undo() {
    step([this] { return m_session.apply(m_undo, m_scope); });
}
