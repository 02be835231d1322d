#include "SessionCommand.h"

#include "desk/MeetingSession.h"

bool SessionCommand::step(const std::function<bool()>& write) {
    if (!m_entered) {
        m_entered = write();
        if (!m_entered)
            setObsolete(true); // QUndoStack::push() deletes it unseen
        return m_entered;
    }
    if (m_session.historyIsStale() || !m_session.runHistoryStep(write)) {
        // QUndoStack deletes an obsolete command as soon as its undo() or redo() returns.
        setObsolete(true);
        return false;
    }
    return true;
}
