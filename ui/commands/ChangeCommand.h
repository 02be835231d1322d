#pragma once

#include "SessionCommand.h"
#include "desk/MeetingSession.h"

// A change with its reverse, both run through the session (and so committed at once). Used for
// attendance, meeting details and paragraph fields, where redo and undo are two service calls.
class ChangeCommand : public SessionCommand {
public:
    ChangeCommand(MeetingSession& session, const QString& text, MeetingSession::Scope scope,
                  MeetingSession::Change redo, MeetingSession::Change undo);
    // An attendance key's step: run through MeetingSession::applyAttendance, so the meeting is
    // kept in memory rather than read back.
    static ChangeCommand* attendance(MeetingSession& session, const QString& text,
                                     MeetingSession::Change redo, MeetingSession::Change undo);
    void redo() override;
    void undo() override;

private:
    bool run(const MeetingSession::Change& change);

    MeetingSession::Scope m_scope;
    bool m_inMemory = false;
    MeetingSession::Change m_redo;
    MeetingSession::Change m_undo;
};
