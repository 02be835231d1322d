#include "MeetingService.h"

#include "AdjournmentService.h"
#include "FollowUpService.h"
#include "Numbering.h"
#include "OpeningParagraph.h"
#include "RosterSnapshot.h"
#include "RulesService.h"
#include "i18n/TrContexts.h"
#include "model/Codes.h"
#include "rules/AttendanceRules.h"
#include "rules/AttendanceTimeline.h"
#include "rules/FieldLimits.h"
#include "rules/Proceedings.h"
#include "storage/AdjournmentRepository.h"
#include "storage/BodyRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/ParagraphRepository.h"
#include "storage/ProceedingsRepository.h"
#include "storage/ReadAhead.h"
#include "storage/ReviewRepository.h"
#include "storage/RulesRepository.h"
#include "storage/ScheduleRepository.h"
#include "storage/SignatureRepository.h"
#include "storage/Transaction.h"
#include "text/ClockTimes.h"
#include "text/SwedishTerms.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace paragraf {
namespace {} // namespace

Result<QList<MeetingSummary>> MeetingService::list() const {
    return MeetingRepository(m_database.connection()).summaries();
}

Result<QList<MeetingSummary>> MeetingService::list(Id bodyId, int year) const {
    return MeetingRepository(m_database.connection()).summaries(bodyId, year);
}

Result<QList<BodyYear>> MeetingService::yearsWithMeetings() const {
    return MeetingRepository(m_database.connection()).yearsWithMeetings();
}

Result<Meeting> MeetingService::details(Id meetingId) const {
    return MeetingRepository(m_database.connection()).meeting(meetingId);
}

namespace {
Result<AdjustmentTrail> loadTrail(const QSqlDatabase& connection, Id meetingId) {
    auto signatures = SignatureRepository(connection).signatures(meetingId);
    ReviewRepository review(connection);
    auto errata = review.errata(meetingId);
    auto posting = review.posting(meetingId);
    if (!signatures || !errata || !posting)
        return fail(!signatures ? signatures.failure()
                                : (!errata ? errata.failure() : posting.failure()));
    return AdjustmentTrail{signatures.value(), errata.value(), posting.value()};
}

// The meeting's copy of the body's rules, and the body's notice rules of today.
Result<std::pair<MeetingRules, NoticeRules>> loadRules(const QSqlDatabase& connection,
                                                       const Meeting& meeting) {
    RulesRepository rules(connection);
    const auto own = rules.meetingRules(meeting.id);
    const auto body = rules.bodyRules(meeting.bodyId);
    if (!own || !body)
        return fail(!own ? own.failure() : body.failure());
    return std::pair(own.value(), body->notice);
}
} // namespace

Result<MeetingRecord> MeetingService::load(Id meetingId) const {
    const auto& connection = m_database.connection();
    // Two dozen statements: on a server, sent together in one round trip (ReadAhead.h).
    const ReadAhead together(connection, QStringLiteral("meeting"), meetingId);
    MeetingRepository meetings(connection);
    MeetingRecord record;
    if (auto revision = meetings.attendanceRevision(meetingId); revision)
        record.attendanceRevision = revision.value();
    else
        return fail(revision.failure()); // an unreachable server stays ErrorKind::Offline
    auto meeting = meetings.meeting(meetingId);
    if (!meeting)
        return fail(meeting.failure());
    record.meeting = meeting.value();
    auto body = BodyRepository(connection).body(record.meeting.bodyId);
    auto participants = meetings.participants(meetingId);
    auto events = meetings.events(meetingId);
    auto paragraphs = ParagraphRepository(connection).paragraphs(meetingId);
    for (const Error& error :
         {body.failure(), participants.failure(), events.failure(), paragraphs.failure()})
        if (!error.message.isEmpty())
            return fail(error);
    record.body = body.value();
    record.participants = participants.value();
    record.events = events.value();
    record.paragraphs = paragraphs.value();
    if (auto adjournments = AdjournmentRepository(connection).adjournments(meetingId))
        record.adjournments = adjournments.value();
    else
        return fail(adjournments.failure());
    if (auto trail = loadTrail(connection, meetingId); trail)
        record.trail = trail.value();
    else
        return fail(trail.failure());
    if (auto rules = loadRules(connection, record.meeting); rules)
        std::tie(record.rules, record.notice) = rules.value();
    else
        return fail(rules.failure());
    if (auto carried = FollowUpService(m_database).followUpOf(record.meeting); carried)
        record.carried = carried.value();
    else
        return fail(carried.failure());
    return record;
}

// Refuses changes to a protocol out for adjustment or adjusted, saying what can be done instead.
Status editableIn(MeetingStatus status) {
    if (isLocked(status))
        return fail(MeetingServiceText::tr("The protocol is adjusted and can no longer be "
                                           "changed; a later error is corrected with a recorded "
                                           "rättelse."));
    if (isFrozen(status))
        return fail(MeetingServiceText::tr(
            "The protocol is out for adjustment: its text is changed only through a recorded "
            "correction (Adjustment → Remarks and corrections)."));
    return {};
}

Status MeetingService::requireEditable(Id meetingId) const {
    if (auto writable = m_database.requireWritable(); !writable)
        return writable;
    const auto status = MeetingRepository(m_database.connection()).statusOf(meetingId);
    if (!status)
        return fail(status.error());
    return editableIn(status.value());
}

Result<Id> MeetingService::editableMeetingOf(const Result<Id>& meetingId) const {
    if (!meetingId)
        return meetingId;
    if (auto editable = requireEditable(meetingId.value()); !editable)
        return fail(editable.error());
    return meetingId;
}

Status MeetingService::renumberAround(Id meetingId) const {
    const auto meeting = MeetingRepository(m_database.connection()).meeting(meetingId);
    if (!meeting)
        return fail(meeting.error());
    return renumberYear(m_database.connection(), meeting->bodyId, meeting->date.year());
}

Result<Id> MeetingService::createMeeting(const Meeting& meeting) {
    if (auto length = checkMeetingLengths(meeting); !length)
        return fail(length.error());
    if (auto writable = m_database.requireWritable(); !writable)
        return fail(writable.error());
    if (!meeting.date.isValid())
        return fail(MeetingServiceText::tr("A meeting needs a valid date."));
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&] { return insertMeetingWithRoster(connection, meeting); });
}

// "Nästa möte" comes from the body's schedule when the caller does not say otherwise.
namespace {
// The chair the body chose for the year (Organ → Ordförande), else the member whose role on the
// roster is chair, as the new meeting's chair: the secretary changes it only when someone else
// presides.
Status presetChair(const QSqlDatabase& connection, Id meetingId, Meeting meeting) {
    BodyRepository bodies(connection);
    const auto roster = bodies.rosterOn(meeting.bodyId, meeting.date);
    const auto year = bodies.chairYear(meeting.bodyId, meeting.date.year());
    if (!roster || !year)
        return fail(!roster ? roster.error() : year.error());
    Id chairPerson = NoId;
    for (const RosterEntry& e : roster.value()) {
        const bool chosen = year.value() ? e.membership.id == year.value()->chairMembershipId
                                         : e.membership.role == MemberRole::Chair;
        if (chosen)
            chairPerson = e.membership.personId;
    }
    if (chairPerson == NoId)
        return {};
    MeetingRepository meetings(connection);
    const auto participants = meetings.participants(meetingId);
    if (!participants)
        return fail(participants.error());
    for (const Participant& p : participants.value())
        if (p.personId == chairPerson) {
            meeting.id = meetingId;
            meeting.chairId = p.id;
            return meetings.updateMeeting(meeting);
        }
    return {};
}
} // namespace

Result<Id> insertMeetingWithRoster(const QSqlDatabase& connection, Meeting meeting) {
    if (!meeting.nextMeetingDate.isValid()) {
        const auto next = ScheduleRepository(connection).nextAfter(meeting.bodyId, meeting.date);
        if (!next)
            return fail(next.error());
        if (next.value()) {
            meeting.nextMeetingDate = next.value()->date;
            meeting.nextMeetingNote = swedishNextMeetingNote(*next.value());
        }
    }
    const auto id = MeetingRepository(connection).insertMeeting(meeting);
    if (!id)
        return id;
    if (auto status = addRosterParticipants(connection, id.value(), meeting.bodyId, meeting.date);
        !status)
        return fail(status.error());
    if (auto status = copyBodyRulesToMeeting(connection, id.value(), meeting.bodyId); !status)
        return fail(status.error());
    if (meeting.chairId == NoId)
        if (auto status = presetChair(connection, id.value(), meeting); !status)
            return fail(status.error());
    if (auto status = renumberYear(connection, meeting.bodyId, meeting.date.year()); !status)
        return fail(status.error());
    return id;
}

Status MeetingService::updateMeeting(const Meeting& meeting, const Meeting* seen) {
    if (auto length = checkMeetingLengths(meeting); !length)
        return length;
    if (auto editable = requireEditable(meeting.id); !editable)
        return editable;
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&]() -> Status {
        MeetingRepository meetings(connection);
        const auto before = meetings.meeting(meeting.id);
        if (!before)
            return fail(before.error());
        if (seen && before.value() != *seen)
            return conflict(MeetingServiceText::tr(
                "The meeting's details were changed by someone else (another window or program) "
                "meanwhile; your change was not saved. What the file holds now is shown."));
        const auto participants = meetings.participants(meeting.id);
        if (!participants)
            return fail(participants.error());
        QSet<Id> known;
        for (const auto& p : participants.value())
            known.insert(p.id);
        for (Id role : QList<Id>{meeting.chairId, meeting.secretaryId} + meeting.adjusterIds)
            if (role != NoId && !known.contains(role))
                return fail(MeetingServiceText::tr(
                    "The chair, the secretary and the adjusters must be participants of "
                    "the meeting."));
        if (auto status = meetings.updateMeeting(meeting); !status)
            return status;
        if (auto status = checkAdjournmentsOf(connection, meeting.id); !status)
            return status;
        if (auto status = renumberYear(connection, before->bodyId, before->date.year()); !status)
            return status;
        return renumberYear(connection, meeting.bodyId, meeting.date.year());
    });
}

Status MeetingService::deleteMeeting(Id meetingId) {
    if (auto editable = requireEditable(meetingId); !editable)
        return editable;
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&]() -> Status {
        MeetingRepository meetings(connection);
        const auto meeting = meetings.meeting(meetingId);
        if (!meeting)
            return fail(meeting.error());
        if (meeting->status != MeetingStatus::Planned &&
            meeting->status != MeetingStatus::InProgress)
            return fail(MeetingServiceText::tr("Only a meeting that is still a draft can be "
                                               "deleted."));
        const auto references = meetings.referencesFromElsewhere(meetingId);
        if (!references)
            return fail(references.error());
        if (!references->isEmpty())
            return fail(MeetingServiceText::tr("The meeting cannot be deleted: %1.")
                            .arg(references->join(QStringLiteral("; "))));
        if (auto status = meetings.deleteMeeting(meetingId); !status)
            return status;
        return renumberYear(connection, meeting->bodyId, meeting->date.year());
    });
}

Result<Id> MeetingService::addParticipant(Id meetingId, const Participant& participant) {
    if (auto length = checkParticipantLengths(participant); !length)
        return fail(length.error());
    if (auto editable = requireEditable(meetingId); !editable)
        return fail(editable.error());
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&]() -> Result<Id> {
        Participant p = participant;
        if (p.personId == NoId) {
            auto person = BodyRepository(connection).insertPerson(p.name);
            if (!person)
                return person;
            p.personId = person.value();
        }
        auto id = MeetingRepository(connection).insertParticipant(meetingId, p);
        if (!id)
            return id;
        if (auto status = validateAttendanceOf(meetingId); !status)
            return fail(status.error());
        return id;
    });
}

Status MeetingService::updateParticipant(const Participant& participant) {
    if (auto length = checkParticipantLengths(participant); !length)
        return length;
    const auto& connection = m_database.connection();
    const auto meetingId =
        editableMeetingOf(MeetingRepository(connection).meetingOfParticipant(participant.id));
    if (!meetingId)
        return fail(meetingId.error());
    return inTransaction(connection, [&]() -> Status {
        if (auto status = MeetingRepository(connection).updateParticipant(participant); !status)
            return status;
        return validateAttendanceOf(meetingId.value());
    });
}

Status MeetingService::updateParticipants(Id meetingId, const QList<Participant>& participants) {
    for (const auto& p : participants)
        if (auto length = checkParticipantLengths(p); !length)
            return length;
    if (auto editable = requireEditable(meetingId); !editable)
        return editable;
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&]() -> Status {
        MeetingRepository meetings(connection);
        for (const auto& p : participants) {
            const auto owner = meetings.meetingOfParticipant(p.id);
            if (!owner)
                return fail(owner.error());
            if (owner.value() != meetingId)
                return fail(
                    MeetingServiceText::tr("%1 is not a participant of this meeting.").arg(p.name));
            if (auto status = meetings.updateParticipant(p); !status)
                return status;
        }
        return validateAttendanceOf(meetingId);
    });
}

Status MeetingService::removeParticipant(Id meetingId, Id participantId) {
    if (auto editable = requireEditable(meetingId); !editable)
        return editable;
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&]() -> Status {
        if (auto status = MeetingRepository(connection).deleteParticipant(participantId); !status)
            return fail(
                MeetingServiceText::tr("%1 is named in the meeting (presenter, chair, secretary or "
                                       "adjuster) and cannot be removed.")
                    .arg(participantId));
        return validateAttendanceOf(meetingId);
    });
}

Result<Id> MeetingService::recordAttendance(Id meetingId, const AttendanceEvent& event) {
    if (auto editable = requireEditable(meetingId); !editable)
        return fail(editable.error());
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&]() -> Result<Id> {
        auto id = MeetingRepository(connection).insertEvent(meetingId, event);
        if (!id)
            return id;
        if (auto status = validateAttendanceOf(meetingId); !status)
            return fail(status.error());
        return id;
    });
}

Status MeetingService::removeAttendance(Id meetingId, Id eventId) {
    if (auto editable = requireEditable(meetingId); !editable)
        return editable;
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&]() -> Status {
        if (auto status = MeetingRepository(connection).deleteEvent(eventId); !status)
            return status;
        return validateAttendanceOf(meetingId);
    });
}

Status MeetingService::setAttendanceClock(Id meetingId, Id eventId, const QString& clockTime) {
    const QTime time = noteAsClock(clockTime);
    if (!clockTime.trimmed().isEmpty() && !time.isValid())
        return fail(MeetingServiceText::tr("\"%1\" is no time of day; write it as 10.15.")
                        .arg(clockTime.trimmed()));
    if (auto editable = requireEditable(meetingId); !editable)
        return editable;
    const QString noted = time.isValid() ? time.toString(QStringLiteral("HH.mm")) : QString();
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&]() -> Status {
        return MeetingRepository(connection).updateEventClock(meetingId, eventId, noted);
    });
}

Result<Id> MeetingService::addParagraph(const Paragraph& paragraph) {
    if (auto length = checkParagraphLengths(paragraph); !length)
        return fail(length.error());
    if (auto editable = requireEditable(paragraph.meetingId); !editable)
        return fail(editable.error());
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&]() -> Result<Id> {
        ParagraphRepository paragraphs(connection);
        const auto count = paragraphs.count(paragraph.meetingId);
        if (!count)
            return fail(count.error());
        auto id = paragraphs.insertParagraph(paragraph);
        if (!id)
            return id;
        // Who left or came after what was the last paragraph did so before this new one.
        if (paragraph.position >= count.value())
            if (auto moved = MeetingRepository(connection)
                                 .moveEventsToParagraph(paragraph.meetingId, NoId, id.value());
                !moved)
                return fail(moved.error());
        if (auto status = renumberAround(paragraph.meetingId); !status)
            return fail(status.error());
        return id;
    });
}

Result<Id> MeetingService::addOpeningParagraph(Id meetingId) {
    const auto record = load(meetingId);
    if (!record)
        return fail(record.error());
    return addParagraph(openingParagraph(record.value()));
}

Status MeetingService::moveParagraph(Id paragraphId, int newPosition) {
    const auto& connection = m_database.connection();
    const auto meetingId =
        editableMeetingOf(ParagraphRepository(connection).meetingOfParagraph(paragraphId));
    if (!meetingId)
        return fail(meetingId.error());
    return inTransaction(connection, [&]() -> Status {
        if (auto status = ParagraphRepository(connection).moveParagraph(paragraphId, newPosition);
            !status)
            return status;
        if (auto status = validateAttendanceOf(meetingId.value()); !status)
            return fail(MeetingServiceText::tr("The paragraph cannot be moved there: %1")
                            .arg(status.error()));
        // Adjournments keep their paragraphs; in time they must still follow their order.
        if (auto status = checkAdjournmentsOf(connection, meetingId.value()); !status)
            return fail(MeetingServiceText::tr("The paragraph cannot be moved there: %1")
                            .arg(status.error()));
        return renumberAround(meetingId.value());
    });
}

Status MeetingService::deleteParagraph(Id paragraphId) {
    const auto& connection = m_database.connection();
    ParagraphRepository paragraphs(connection);
    const auto meetingId = editableMeetingOf(paragraphs.meetingOfParagraph(paragraphId));
    if (!meetingId)
        return fail(meetingId.error());
    return inTransaction(connection, [&]() -> Status {
        MeetingRepository meetings(connection);
        const auto order = paragraphs.order(meetingId.value());
        if (!order)
            return fail(order.error());
        // Arrivals and departures before the deleted paragraph now happen before the next one;
        // jäv for the deleted paragraph has nothing left to apply to.
        const qsizetype index = order->indexOf(paragraphId);
        const Id next = index + 1 < order->size() ? order->at(index + 1) : NoId;
        if (auto status = meetings.deleteJavAt(paragraphId); !status)
            return status;
        // A handover at the deleted paragraph moves to the next, unless that one has its own or
        // there is none: then it has nothing left to apply to.
        if (auto status =
                dropHandoverWithNowhereToGo(meetings, meetingId.value(), paragraphId, next);
            !status)
            return status;
        if (auto status = meetings.moveEventsToParagraph(meetingId.value(), paragraphId, next);
            !status)
            return status;
        if (auto status = paragraphs.deleteParagraph(paragraphId); !status)
            return status;
        if (auto status = validateAttendanceOf(meetingId.value()); !status)
            return fail(
                MeetingServiceText::tr("The paragraph cannot be deleted: %1").arg(status.error()));
        return renumberAround(meetingId.value());
    });
}

Status MeetingService::updateParagraph(const Paragraph& paragraph) {
    if (auto length = checkParagraphLengths(paragraph); !length)
        return length;
    if (auto editable = requireEditable(paragraph.meetingId); !editable)
        return editable;
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&]() -> Status {
        ParagraphRepository paragraphs(connection);
        const auto stored = paragraphs.meetingOfParagraph(paragraph.id);
        if (!stored || stored.value() != paragraph.meetingId)
            return fail(MeetingServiceText::tr("The paragraph does not belong to this meeting."));
        if (auto status = paragraphs.updateFields(paragraph); !status)
            return status;
        if (auto status = paragraphs.setPresenters(paragraph.id, paragraph.presenterIds); !status)
            return status;
        if (auto status = paragraphs.setLines(paragraph.id, QStringLiteral("attachment"),
                                              paragraph.attachments);
            !status)
            return status;
        return paragraphs.setLines(paragraph.id, QStringLiteral("expedition"),
                                   paragraph.expedition);
    });
}

Result<Id> MeetingService::addSection(Id paragraphId, int position, const Section& section) {
    Paragraph holder;
    holder.sections << section;
    if (auto length = checkParagraphLengths(holder); !length)
        return fail(length.error());
    const auto& connection = m_database.connection();
    const auto meetingId =
        editableMeetingOf(ParagraphRepository(connection).meetingOfParagraph(paragraphId));
    if (!meetingId)
        return fail(meetingId.error());
    return inTransaction(connection, [&]() -> Result<Id> {
        return ParagraphRepository(connection).insertSection(paragraphId, position, section);
    });
}

Status MeetingService::deleteSection(Id sectionId) {
    const auto& connection = m_database.connection();
    ParagraphRepository paragraphs(connection);
    const auto meetingId = editableMeetingOf(paragraphs.meetingOfSection(sectionId));
    if (!meetingId)
        return fail(meetingId.error());
    return inTransaction(connection,
                         [&]() -> Status { return paragraphs.deleteSection(sectionId); });
}

Status MeetingService::setProceedings(Id paragraphId, const Proceedings& proceedings,
                                      const Proceedings* seen) {
    const auto& connection = m_database.connection();
    const auto meetingId =
        editableMeetingOf(ParagraphRepository(connection).meetingOfParagraph(paragraphId));
    if (!meetingId)
        return fail(meetingId.error());
    return inTransaction(connection, [&]() -> Status {
        auto record = load(meetingId.value());
        if (!record)
            return fail(record.error());
        Paragraph* changed = nullptr;
        for (Paragraph& p : record->paragraphs)
            if (p.id == paragraphId)
                changed = &p;
        if (!changed)
            return fail(MeetingServiceText::tr("The paragraph does not belong to this meeting."));
        if (seen && changed->proceedings != *seen)
            return conflict(MeetingServiceText::tr(
                "The motions and votes of this paragraph were changed by someone else (another "
                "window or program) meanwhile; your change was not saved. What the file holds "
                "now is shown."));
        changed->proceedings = proceedings;
        if (auto valid = checkProceedings(record.value(), *changed,
                                          attendanceAt(record.value(), paragraphId));
            !valid)
            return valid;
        return ProceedingsRepository(connection).write(paragraphId, proceedings);
    });
}

} // namespace paragraf
