#include "DeskFile.h"

#include "services/MeetingService.h"

using namespace paragraf;

Result<DeskFile> DeskFile::open(const QString& path, Id meetingId, const QDate& today,
                                QThread* owner) {
    return openWithPassword(path, QString(), meetingId, today, owner);
}

Result<DeskFile> DeskFile::openWithPassword(const QString& path, const QString& password,
                                            Id meetingId, const QDate& today, QThread* owner) {
    auto opened = Database::open(path, Database::Check::Later, password);
    if (!opened)
        return fail(opened.failure()); // its kind too: a server may ask for a password
    DeskFile file;
    file.database = std::move(opened).value();
    file.askedMeeting = meetingId;
    if (meetingId != NoId) {
        if (auto record = MeetingService(*file.database).load(meetingId))
            file.meeting = std::move(record).value();
        else
            file.problem = record.error();
    }
    file.outline = MeetingTreeModel::readOutline(*file.database,
                                                 file.meeting ? &file.meeting->meeting : nullptr);
    file.reminders = NoticesLabel::read(*file.database, today);
    file.database->moveToThread(owner);
    return file;
}
