#pragma once

#include "MeetingTreeModel.h"
#include "NoticesLabel.h"
#include "Result.h"
#include "model/MeetingRecord.h"
#include "storage/Database.h"

#include <memory>
#include <optional>

class QThread;

// A file opened for the desk, with what the window shows first: the outline of the meeting
// tree, the status bar's reminders and, when asked for, one meeting. Opening and reading a large
// file take about as long as building the window, so at start-up they run on another thread
// beside it (see app/gui/main.cpp); opening a file later uses the same path in the GUI thread.
struct DeskFile {
    std::unique_ptr<paragraf::Database> database;
    MeetingTreeModel::Outline outline;
    NoticesLabel::Reminders reminders;
    std::optional<paragraf::MeetingRecord> meeting; // absent if not asked for or unknown
    paragraf::Id askedMeeting = paragraf::NoId;     // the meeting asked for, read or not
    QString problem; // why what was asked for could not be read; said when the window shows it

    // Opens the file at once for reading (its quick check is left to the caller, see
    // Database::Check::Later), reads, and hands the connection to `owner`, the thread that
    // will use it.
    static paragraf::Result<DeskFile> open(const QString& path, paragraf::Id meetingId,
                                           const QDate& today, QThread* owner);
    // The same for a server that asked for a password (or a file: the password is unused).
    static paragraf::Result<DeskFile> openWithPassword(const QString& path, const QString& password,
                                                       paragraf::Id meetingId, const QDate& today,
                                                       QThread* owner);
};
