#include "ScheduleService.h"

#include "MeetingService.h"
#include "i18n/TrContexts.h"
#include "storage/BodyRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/ScheduleRepository.h"
#include "storage/Transaction.h"

namespace paragraf {

QString ScheduleService::problemWith(const ScheduleEntry& entry) {
    if (!entry.date.isValid())
        return ScheduleText::tr("A planned meeting needs a valid date.");
    if (entry.kind == ScheduleKind::TwoDay &&
        !(entry.endDate.isValid() && entry.endDate > entry.date))
        return ScheduleText::tr("A two-day session needs a second day after the first.");
    if (entry.kind != ScheduleKind::TwoDay && entry.endDate.isValid())
        return ScheduleText::tr("Only a two-day session has a second day.");
    if (entry.start.isValid() && entry.end.isValid() && !entry.endDate.isValid() &&
        entry.end <= entry.start)
        return ScheduleText::tr("The meeting must end after it starts (%1–%2).")
            .arg(entry.start.toString(QStringLiteral("HH.mm")),
                 entry.end.toString(QStringLiteral("HH.mm")));
    return {};
}

Result<Id> ScheduleService::addEntry(const ScheduleEntry& entry) {
    if (auto writable = m_database.requireWritable(); !writable)
        return fail(writable.error());
    if (const QString problem = problemWith(entry); !problem.isEmpty())
        return fail(problem);
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&]() -> Result<Id> {
        if (auto body = BodyRepository(connection).body(entry.bodyId); !body)
            return fail(body.error());
        return ScheduleRepository(connection).insert(entry);
    });
}

Status ScheduleService::updateEntry(const ScheduleEntry& entry) {
    if (auto writable = m_database.requireWritable(); !writable)
        return writable;
    if (const QString problem = problemWith(entry); !problem.isEmpty())
        return fail(problem);
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&]() -> Status {
        ScheduleRepository schedule(connection);
        if (auto before = schedule.entry(entry.id); !before)
            return fail(before.error());
        return schedule.update(entry);
    });
}

Status ScheduleService::removeEntry(Id entryId) {
    if (auto writable = m_database.requireWritable(); !writable)
        return writable;
    const auto& connection = m_database.connection();
    return inTransaction(connection,
                         [&] { return ScheduleRepository(connection).remove(entryId); });
}

Result<QList<ScheduleEntry>> ScheduleService::entries(Id bodyId, int year) const {
    return ScheduleRepository(m_database.connection()).entries(bodyId, year);
}

Result<Id> ScheduleService::createMeeting(Id entryId) {
    if (auto writable = m_database.requireWritable(); !writable)
        return fail(writable.error());
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&]() -> Result<Id> {
        ScheduleRepository schedule(connection);
        auto entry = schedule.entry(entryId);
        if (!entry)
            return fail(entry.error());
        if (entry->meetingId != NoId)
            return fail(ScheduleText::tr("The meeting of %1 has already been created.")
                            .arg(entry->date.toString(Qt::ISODate)));
        Meeting meeting;
        meeting.bodyId = entry->bodyId;
        meeting.date = entry->date;
        meeting.start = entry->start;
        meeting.end = entry->end;
        meeting.place = entry->place;
        meeting.form = entry->form;
        meeting.status = MeetingStatus::Planned;
        const auto id = insertMeetingWithRoster(connection, meeting);
        if (!id)
            return id;
        entry->meetingId = id.value();
        if (auto linked = schedule.update(entry.value()); !linked)
            return fail(linked.error());
        return id;
    });
}

Result<QList<NoticeDue>> ScheduleService::noticesDue(const QDate& today) const {
    const auto& connection = m_database.connection();
    const auto coming = ScheduleRepository(connection).between(today, today.addDays(7));
    if (!coming)
        return fail(coming.error());
    QList<NoticeDue> due;
    BodyRepository bodies(connection);
    MeetingRepository meetings(connection);
    for (const auto& entry : coming.value()) {
        if (entry.meetingId != NoId) {
            const auto status = meetings.statusOf(entry.meetingId);
            if (status && status.value() != MeetingStatus::Planned)
                continue; // called, held or further along
        }
        const auto body = bodies.body(entry.bodyId);
        due << NoticeDue{entry, body ? body->name : QString(), noticeDueDate(entry) < today};
    }
    return due;
}

} // namespace paragraf
