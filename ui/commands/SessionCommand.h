#pragma once

#include <QUndoCommand>
#include <functional>

class MeetingSession;

// A step of a meeting's undo history. Its first redo (when it is pushed) may be refused by the
// rules or the file: it then never enters the history and the session has said why. A later undo
// or redo that fails writes nothing, so the history no longer matches the file: the session says
// so and clears it (MeetingSession::historyStepFailed).
class SessionCommand : public QUndoCommand {
protected:
    explicit SessionCommand(MeetingSession& session) : m_session(session) {}
    // Runs `write` as this command's redo or undo; false (and the step dropped) when it failed.
    bool step(const std::function<bool()>& write);

    MeetingSession& m_session;

private:
    bool m_entered = false; // in the history: its first redo succeeded
};
