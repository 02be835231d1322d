// The attendance checks of MeetingService, run inside the caller's transaction after every change
// of who was there: the rules of procedure, and the proceedings that depend on them.
#include "MeetingService.h"
#include "i18n/TrContexts.h"
#include "rules/AttendanceRules.h"
#include "rules/AttendanceTimeline.h"
#include "rules/Proceedings.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace paragraf {

Status MeetingService::validateAttendanceOf(Id meetingId) const {
    const auto record = load(meetingId);
    if (!record)
        return fail(MeetingServiceText::tr("The attendance of the meeting could not be read."));
    return validateAttendanceIn(record.value());
}

Status MeetingService::validateAttendanceIn(const MeetingRecord& record,
                                            AttendanceTimeline* derived, qsizetype from) {
    QList<Id> order;
    order.reserve(record.paragraphs.size());
    for (const Paragraph& p : record.paragraphs)
        order << p.id;
    AttendanceTimeline timeline;
    if (auto valid = validateAttendance(record.participants, record.events, order,
                                        record.rules.rejoinAllowed, &timeline);
        !valid)
        return valid;
    // A motion, a vote or a reservation by someone who no longer served there would make the
    // protocol contradict itself.
    for (qsizetype i = from; i < record.paragraphs.size(); ++i) // the timeline's order is theirs
        if (const Paragraph& p = record.paragraphs[i]; !p.proceedings.isEmpty())
            if (auto held = checkProceedings(record, p, timeline.state(i)); !held)
                return fail(MeetingServiceText::tr("§ %1 has motions or a vote that this change "
                                                   "of attendance would contradict: %2")
                                .arg(p.number)
                                .arg(held.error()));
    if (derived)
        *derived = std::move(timeline);
    return {};
}

namespace {

// The position of the first paragraph whose attendance the written change can alter: the one at
// whose boundary the event is (none when it is after the last paragraph).
qsizetype firstAffected(const MeetingRecord& seen, const AttendanceWritten& written) {
    Id boundary = written.recorded.paragraphId;
    if (written.removed != NoId)
        for (const AttendanceEvent& e : seen.events)
            if (e.id == written.removed)
                boundary = e.paragraphId;
    if (boundary == NoId)
        return seen.paragraphs.size();
    for (qsizetype i = 0; i < seen.paragraphs.size(); ++i)
        if (seen.paragraphs[i].id == boundary)
            return i;
    return 0; // not a paragraph the copy knows: check them all
}

} // namespace

void applyTo(MeetingRecord& record, const AttendanceWritten& written) {
    if (written.removed != NoId)
        record.events.removeIf([&](const AttendanceEvent& e) { return e.id == written.removed; });
    if (written.recorded.id != NoId) {
        const auto at =
            std::upper_bound(record.events.begin(), record.events.end(), written.recorded.id,
                             [](Id id, const AttendanceEvent& e) { return id < e.id; });
        record.events.insert(at, written.recorded);
    }
    record.attendanceRevision = written.revision;
}

Result<AttendanceWritten> MeetingService::checkedAgainst(const MeetingRecord& seen, qint64 before,
                                                         AttendanceWritten written) const {
    const auto known = [&](Id eventId) {
        return std::any_of(seen.events.cbegin(), seen.events.cend(),
                           [&](const AttendanceEvent& e) { return e.id == eventId; });
    };
    // An event the copy does not hold is no event of this meeting as the copy knows it: the
    // file decides, as it did before there was a copy to check against.
    written.seenWasCurrent =
        before == seen.attendanceRevision && (written.removed == NoId || known(written.removed));
    Status valid;
    if (written.seenWasCurrent) {
        MeetingRecord trial = seen; // shares its lists until the events change
        applyTo(trial, written);
        valid = validateAttendanceIn(trial, &written.timeline, firstAffected(seen, written));
    } else {
        valid = validateAttendanceOf(seen.meeting.id);
    }
    if (!valid)
        return fail(valid.failure());
    const auto after =
        MeetingRepository(m_database.connection()).attendanceRevision(seen.meeting.id);
    if (!after)
        return fail(after.failure());
    written.revision = after.value();
    return written;
}

Result<AttendanceWritten> MeetingService::writeAttendance(
    const MeetingRecord& seen,
    const std::function<Result<AttendanceWritten>(MeetingRepository&)>& write) {
    const Id meetingId = seen.meeting.id;
    if (auto editable = requireEditable(meetingId); !editable)
        return fail(editable.failure());
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&]() -> Result<AttendanceWritten> {
        MeetingRepository meetings(connection);
        const auto before = meetings.attendanceRevision(meetingId);
        if (!before)
            return fail(before.failure());
        const auto written = write(meetings);
        if (!written)
            return written;
        return checkedAgainst(seen, before.value(), written.value());
    });
}

Result<AttendanceWritten> MeetingService::recordAttendance(const MeetingRecord& seen,
                                                           const AttendanceEvent& event) {
    return writeAttendance(seen, [&](MeetingRepository& meetings) -> Result<AttendanceWritten> {
        const auto id = meetings.insertEvent(seen.meeting.id, event);
        if (!id)
            return fail(id.failure());
        AttendanceWritten written;
        written.recorded = event;
        written.recorded.id = id.value();
        return written;
    });
}

Result<AttendanceWritten> MeetingService::removeAttendance(const MeetingRecord& seen, Id eventId) {
    return writeAttendance(seen, [&](MeetingRepository& meetings) -> Result<AttendanceWritten> {
        if (auto status = meetings.deleteEvent(eventId); !status)
            return fail(status.failure());
        AttendanceWritten written;
        written.removed = eventId;
        return written;
    });
}

Status MeetingService::dropHandoverWithNowhereToGo(MeetingRepository& meetings, Id meetingId,
                                                   Id paragraphId, Id next) const {
    const auto events = meetings.events(meetingId);
    if (!events)
        return fail(events.error());
    const auto handoverAt = [&](Id paragraph) {
        return std::any_of(events->cbegin(), events->cend(), [&](const AttendanceEvent& e) {
            return e.kind == AttendanceEventKind::Preside && e.paragraphId == paragraph;
        });
    };
    if (!handoverAt(paragraphId) || (next != NoId && !handoverAt(next)))
        return {};
    return meetings.deleteHandoverAt(paragraphId);
}

} // namespace paragraf
