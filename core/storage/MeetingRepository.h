#pragma once

#include "Result.h"
#include "model/AttendanceEvent.h"
#include "model/BodyYear.h"
#include "model/Meeting.h"
#include "model/MeetingRecord.h"
#include "model/MeetingSummary.h"
#include "model/Participant.h"

#include <QList>
#include <QSqlDatabase>

namespace paragraf {

// Meetings with their participants, adjusters and attendance events. Writes run inside a
// transaction owned by the caller.
class MeetingRepository {
public:
    explicit MeetingRepository(const QSqlDatabase& connection) : m_connection(connection) {}

    Result<Id> insertMeeting(const Meeting& meeting);
    Status updateMeeting(const Meeting& meeting);
    // The status alone: on a server, what a chair's or adjuster's last signature may change.
    Status setStatus(Id meetingId, MeetingStatus status);
    Status deleteMeeting(Id meetingId);
    // What keeps a meeting from being deleted, in words: documents issued for it, assignments
    // of other meetings closed at it, matters taken up at it. Empty when nothing does.
    Result<QStringList>
    referencesFromElsewhere(Id meetingId) const; // the meeting row and its adjusters
    Result<Meeting> meeting(Id id) const;
    Result<QList<MeetingSummary>> summaries() const;
    // The meetings not yet archived (those that can still have a deadline), without § numbers.
    Result<QList<MeetingSummary>> unarchivedSummaries() const;
    // The same with only id, body, date and status, in no particular order: enough to count.
    Result<QList<MeetingSummary>> unarchivedStates() const;
    // The years with meetings, per body, newest year first.
    Result<QList<BodyYear>> yearsWithMeetings() const;
    // The summaries of one body's meetings in one calendar year, in date order.
    Result<QList<MeetingSummary>> summaries(Id bodyId, int year) const;
    // Meetings of a body in a calendar year, in the order their paragraphs are numbered.
    Result<QList<Id>> meetingsOfYear(Id bodyId, int year) const;

    Result<Id> insertParticipant(Id meetingId, const Participant& participant);
    Status updateParticipant(const Participant& participant);
    Result<Id> meetingOfParticipant(Id participantId) const;
    Status deleteParticipant(Id participantId); // with their attendance events
    Result<QList<Participant>> participants(Id meetingId) const;

    Result<Id> insertEvent(Id meetingId, const AttendanceEvent& event);
    Status deleteEvent(Id eventId);
    Status updateEventClock(Id meetingId, Id eventId, const QString& clockTime);
    Status deleteJavAt(Id paragraphId);
    Status deleteHandoverAt(Id paragraphId); // who took the chair at this paragraph
    Status moveEventsToParagraph(Id meetingId, Id fromParagraph,
                                 Id toParagraph); // NoId: after the last
    Result<QList<AttendanceEvent>> events(Id meetingId) const;

    Result<MeetingStatus> statusOf(Id meetingId) const;
    // Moved on by every change the attendance checks depend on (schema 14's triggers).
    Result<qint64> attendanceRevision(Id meetingId) const;
    // How many meetings the body has (MeetingCounts.cpp); with a date, those on that day
    // beginning at `start` (null: without a starting time).
    Result<int> meetingCount(Id bodyId) const;
    Result<int> meetingCount(Id bodyId, const QDate& date, const QTime& start) const;

    // Lists whose stored positions are not 0, 1, 2 … without gaps or repeats (participants,
    // adjusters, paragraphs, their sections, presenters and lines): a sign of a change made around
    // Paragraf, which keeps them so. Returns the names of the tables concerned.
    Result<QStringList> positionGaps(Id meetingId) const;
    // Closes gaps left by removed participants and sections, before a protocol is signed.
    Status compactPositions(Id meetingId);

private:
    Status writeAdjusters(const Meeting& meeting);
    Result<QList<Id>> adjusters(Id meetingId) const;

    QSqlDatabase m_connection;
};

} // namespace paragraf
