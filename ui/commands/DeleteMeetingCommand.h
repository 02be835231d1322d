#pragma once

#include "model/Ids.h"

#include <QByteArray>
#include <QUndoCommand>

class MainWindow;

// A draft meeting made by mistake, deleted with everything it holds; undo brings it back whole
// (from its interchange form, under a new id) and opens it again. Kept in the window's own
// history, since the meeting's history goes with it.
class DeleteMeetingCommand : public QUndoCommand {
public:
    DeleteMeetingCommand(MainWindow& window, paragraf::Id meetingId, QString description);
    void redo() override;
    void undo() override;

private:
    MainWindow& m_window;
    paragraf::Id m_id;
    QByteArray m_saved; // the meeting as JSON, taken when it is deleted
};
