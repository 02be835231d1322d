#include "ChangeCommand.h"

ChangeCommand::ChangeCommand(MeetingSession& session, const QString& text,
                             MeetingSession::Scope scope, MeetingSession::Change redo,
                             MeetingSession::Change undo)
    : SessionCommand(session), m_scope(scope), m_redo(std::move(redo)), m_undo(std::move(undo)) {
    setText(text);
}

ChangeCommand* ChangeCommand::attendance(MeetingSession& session, const QString& text,
                                         MeetingSession::Change redo, MeetingSession::Change undo) {
    auto* command = new ChangeCommand(session, text, MeetingSession::Scope::Attendance,
                                      std::move(redo), std::move(undo));
    command->m_inMemory = true;
    return command;
}

bool ChangeCommand::run(const MeetingSession::Change& change) {
    return m_inMemory ? m_session.applyAttendance(change) : m_session.apply(change, m_scope);
}

void ChangeCommand::redo() {
    step([this] { return run(m_redo); });
}

void ChangeCommand::undo() {
    step([this] { return run(m_undo); });
}
