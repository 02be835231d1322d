#pragma once

#include "Result.h"
#include "model/ScheduleEntry.h"

#include <QList>

namespace paragraf {

class Database;

// A notice (kallelse) that should go out: the planned meeting and its body's name.
struct NoticeDue {
    ScheduleEntry entry;
    QString bodyName;
    bool overdue = false; // the week before the meeting has begun and nobody has been called
};

// The year's schedule of a body: planned meetings entered, checked and turned into meetings.
class ScheduleService {
public:
    explicit ScheduleService(const Database& database) : m_database(database) {}

    Result<Id> addEntry(const ScheduleEntry& entry);
    Status updateEntry(const ScheduleEntry& entry);
    Status removeEntry(Id entryId);
    Result<QList<ScheduleEntry>> entries(Id bodyId, int year) const;
    // Creates the meeting of a planned date with the roster of that day; its "Nästa möte" is the
    // following date of the schedule. Refused when the entry already has its meeting.
    Result<Id> createMeeting(Id entryId);
    // Notices to send from `today`: meetings within the coming week not yet called.
    Result<QList<NoticeDue>> noticesDue(const QDate& today) const;

    // Why an entry cannot be saved, or an empty string.
    static QString problemWith(const ScheduleEntry& entry);

private:
    const Database& m_database;
};

} // namespace paragraf
