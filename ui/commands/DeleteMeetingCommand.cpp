#include "DeleteMeetingCommand.h"

#include "common/Dialogs.h"
#include "desk/MainWindow.h"
#include "desk/MeetingNavigator.h"
#include "desk/MeetingSession.h"
#include "desk/NoticesLabel.h"
#include "interchange/MeetingImporter.h"
#include "interchange/MeetingJson.h"
#include "services/MeetingService.h"

using namespace paragraf;

DeleteMeetingCommand::DeleteMeetingCommand(MainWindow& window, Id meetingId, QString description)
    : m_window(window), m_id(meetingId) {
    setText(std::move(description));
}

void DeleteMeetingCommand::redo() {
    const Database* database = m_window.database();
    const auto record = MeetingService(*database).load(m_id);
    if (!record) {
        Dialogs::warning(&m_window, MainWindow::tr("The meeting cannot be deleted"),
                         record.error());
        setObsolete(true);
        return;
    }
    m_saved = meetingToJson(record.value());
    if (m_window.session() && m_window.session()->meetingId() == m_id)
        m_window.closeMeeting();
    if (const Status deleted = MeetingService(*database).deleteMeeting(m_id); !deleted) {
        Dialogs::warning(&m_window, MainWindow::tr("The meeting cannot be deleted"),
                         deleted.error());
        m_window.openMeeting(m_id);
        setObsolete(true);
        return;
    }
    m_window.navigator()->refresh();
    m_window.notices()->refresh(database, QDate::currentDate());
}

void DeleteMeetingCommand::undo() {
    const Database* database = m_window.database();
    const auto parsed = meetingFromJson(m_saved);
    const Result<Id> restored =
        parsed ? importMeeting(*database, parsed.value()) : Result<Id>(parsed.failure());
    if (!restored) {
        Dialogs::warning(&m_window, MainWindow::tr("The meeting cannot be brought back"),
                         restored.error());
        // It stays deleted: the step leaves the history, which then matches the file again.
        setObsolete(true);
        return;
    }
    m_id = restored.value();
    m_window.navigator()->refresh();
    m_window.notices()->refresh(database, QDate::currentDate());
    m_window.openMeeting(m_id);
}
