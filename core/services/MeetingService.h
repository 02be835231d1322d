#pragma once

#include "Result.h"
#include "model/BodyYear.h"
#include "model/MeetingRecord.h"
#include "model/MeetingSummary.h"
#include "rules/AttendanceTimeline.h"

#include <QList>
#include <QSqlDatabase>
#include <functional>

namespace paragraf {

class Database;
class MeetingRepository;

// What an attendance change of the desk wrote, for the caller to bring its copy of the meeting up
// to date without reading it again (applyTo).
struct AttendanceWritten {
    AttendanceEvent recorded; // the event as recorded, with its id; id NoId when none was
    Id removed = NoId;
    qint64 revision = 0; // the meeting's attendance revision after the change
    // False when someone else changed what attendance depends on since the caller's copy was
    // read: the change was checked against the file instead, and the copy must be read again.
    bool seenWasCurrent = false;
    // With seenWasCurrent, the timeline of the copy with the change, derived for the checks: the
    // caller takes it instead of deriving it again.
    AttendanceTimeline timeline;
};
// The caller's copy with the change in it (events in the file's order, by id), at the revision.
void applyTo(MeetingRecord& record, const AttendanceWritten& written);
class ParagraphRepository;

// The use cases of a meeting that the GUI and the command line share. Every call validates,
// writes in one transaction and has committed when it returns: there is no save to forget.
class MeetingService {
public:
    explicit MeetingService(const Database& database) : m_database(database) {}
    const Database& database() const { return m_database; }

    Result<QList<MeetingSummary>> list() const;
    Result<MeetingRecord> load(Id meetingId) const;
    // The meeting's own details (body, date, status …) without what it holds.
    Result<Meeting> details(Id meetingId) const;
    // The years with meetings, per body, newest year first: the tree before a year is opened.
    Result<QList<BodyYear>> yearsWithMeetings() const;
    // One body's meetings in one calendar year, in date order.
    Result<QList<MeetingSummary>> list(Id bodyId, int year) const;

    // A new meeting takes its participants from the body's roster on the meeting date: members
    // with their personal substitutes, copied so that later roster changes leave it as it was.
    Result<Id> createMeeting(const Meeting& meeting);
    // With `seen` (the caller's copy), refused as ErrorKind::Conflict when the stored details
    // are no longer those: someone else changed them meanwhile.
    Status updateMeeting(const Meeting& meeting, const Meeting* seen = nullptr);
    // A meeting made by mistake, while it is still a draft (planned or in progress), with all
    // it holds; the numbers of its paragraphs are free again. Refused when documents were
    // issued for it or another meeting refers to it (an assignment closed there, a matter taken
    // up there), saying which.
    Status deleteMeeting(Id meetingId);
    Result<Id> addParticipant(Id meetingId, const Participant& participant);
    Status updateParticipant(const Participant& participant);
    // Several participants of one meeting in one transaction, checked together (a roll call
    // marks a member absent and calls in a substitute in one step).
    Status updateParticipants(Id meetingId, const QList<Participant>& participants);
    // Refused while the person is named as presenter, chair, secretary or adjuster.
    Status removeParticipant(Id meetingId, Id participantId);

    // Refused with the rule's name when it breaks the rules of procedure.
    Result<Id> recordAttendance(Id meetingId, const AttendanceEvent& event);
    Status removeAttendance(Id meetingId, Id eventId);
    // The desk's attendance keys, checked as above but against `seen` (the caller's copy) with
    // the change made in memory, while the file's attendance revision is still seen's: one
    // query instead of reading the meeting. When it is not, someone else changed the attendance,
    // a paragraph or a vote meanwhile, and the change is checked against the file as above:
    // slower, never against a stale copy, and not refused for it, since a key adds or takes back
    // one event and overwrites nothing of the other writer's (MeetingServiceAttendance.cpp).
    Result<AttendanceWritten> recordAttendance(const MeetingRecord& seen,
                                               const AttendanceEvent& event);
    Result<AttendanceWritten> removeAttendance(const MeetingRecord& seen, Id eventId);
    // The clock time noted for an arrival or departure ("10.15"; empty for none), corrected.
    Status setAttendanceClock(Id meetingId, Id eventId, const QString& clockTime);

    // At paragraph.position, with its sections, presenters and lists. Appended last, it is the
    // paragraph before which earlier "after the last paragraph" attendance events happen.
    Result<Id> addParagraph(const Paragraph& paragraph);
    Result<Id> addOpeningParagraph(Id meetingId); // upprop, justerare, dagordning
    Status moveParagraph(Id paragraphId, int newPosition);
    Status deleteParagraph(Id paragraphId);
    Status updateParagraph(const Paragraph& paragraph); // fields, presenters, lists
    // The fields in which `wanted` differs from `seen` (the caller's copy), each written only
    // while the stored value is still `seen`'s; when someone else changed one of them, nothing
    // is written and the change is refused as ErrorKind::Conflict.
    Status changeParagraphFields(const Paragraph& seen, const Paragraph& wanted);
    Result<Id> addSection(Id paragraphId, int position, const Section& section);
    Status updateSectionText(Id sectionId, const QString& text);
    // The typing path of the desk: written only while the stored text is still `seen`
    // (refused as ErrorKind::Conflict otherwise), so that two writers never overwrite each
    // other unseen.
    Status updateSectionText(Id sectionId, const QString& seen, const QString& text);
    Status updateSectionHeading(Id sectionId, const QString& heading);
    Status updateSectionHeading(Id sectionId, const QString& seen, const QString& heading);
    Status deleteSection(Id sectionId);
    // Motions, the vote, reservations and notes of a paragraph, replaced as a whole; refused
    // with the rule's name when they break the rules of procedure (rules/Proceedings.h).
    // With `seen`, only while the stored proceedings are still those (else a Conflict).
    Status setProceedings(Id paragraphId, const Proceedings& proceedings,
                          const Proceedings* seen = nullptr);

    // Refuses a read-only file and a protocol out for adjustment or adjusted, saying why.
    Status requireEditable(Id meetingId) const;

private:
    // The checks of every write of a section's text, then `write` in the same transaction.
    Status writeSectionText(Id sectionId, const QString& text,
                            const std::function<Status()>& write);
    // The meeting a paragraph, section or participant belongs to, if it may be changed.
    Result<Id> editableMeetingOf(const Result<Id>& meetingId) const;
    // The rules of procedure over the whole meeting, and that no motion, vote or reservation is
    // left made by someone who, as the attendance now stands, did not serve there
    // (MeetingServiceAttendance.cpp).
    Status validateAttendanceOf(Id meetingId) const;
    // The same checks over a meeting as given (the file's, or the caller's copy with a change).
    // `derived`, if given, receives the timeline the checks derived. Proceedings are checked from
    // position `from` on: a change of attendance at a paragraph changes nothing before it.
    static Status validateAttendanceIn(const MeetingRecord& record,
                                       AttendanceTimeline* derived = nullptr, qsizetype from = 0);
    // `written` checked against `seen` when the file's revision before the write (`before`) was
    // seen's, else against the file; then the revision after it.
    // One attendance change against the desk's copy: `write` makes it inside the transaction
    // that reads the revision before it and checks it (recordAttendance, removeAttendance).
    Result<AttendanceWritten>
    writeAttendance(const MeetingRecord& seen,
                    const std::function<Result<AttendanceWritten>(MeetingRepository&)>& write);
    Result<AttendanceWritten> checkedAgainst(const MeetingRecord& seen, qint64 before,
                                             AttendanceWritten written) const;
    Status dropHandoverWithNowhereToGo(MeetingRepository& meetings, Id meetingId, Id paragraphId,
                                       Id next) const;
    Status renumberAround(Id meetingId) const;
    static Status changePresenters(ParagraphRepository& paragraphs, const Paragraph& seen,
                                   const QList<Id>& wanted);

    const Database& m_database;
};

// Refuses a change to a protocol out for adjustment or adjusted, saying what can be done instead.
Status editableIn(MeetingStatus status);

// A new meeting with the body's roster of its date copied in and the year renumbered, inside
// the caller's transaction (MeetingService::createMeeting and the schedule share it).
Result<Id> insertMeetingWithRoster(const QSqlDatabase& connection, Meeting meeting);

} // namespace paragraf
