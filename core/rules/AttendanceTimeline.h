#pragma once

#include "model/AttendanceEvent.h"
#include "model/MeetingRecord.h"
#include "model/Participant.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace paragraf {

// Who was in the room and who decided, for one paragraph.
struct ParagraphAttendance {
    Id paragraphId = NoId;
    QSet<Id> present;
    QSet<Id> serving;            // members and substitutes who take part in the decision
    QHash<Id, Id> substituteFor; // serving substitute -> the member they replace
    QSet<Id> jav;                // sat this paragraph out for conflict of interest
};

// Replays the attendance events over the paragraphs in their current order. A value like any
// other, but not to be shared between threads before at() has been asked once (it builds its
// index then). The derivation is
// total: events that break the rules of procedure still give an answer (validation is
// AttendanceRules' job), so a damaged or imported meeting can always be shown.
class AttendanceTimeline {
public:
    static AttendanceTimeline derive(const QList<Participant>& participants,
                                     const QList<AttendanceEvent>& events,
                                     const QList<Id>& paragraphOrder);

    // The state before the first paragraph: the only state of a meeting without paragraphs.
    const ParagraphAttendance& atStart() const { return m_start; }
    const QList<ParagraphAttendance>& paragraphs() const { return m_paragraphs; }
    const ParagraphAttendance* at(Id paragraphId) const;
    // The positions at which the room differs from the paragraph before (0 always): between two
    // of them every paragraph shares one state, so a check over runs of paragraphs visits each
    // state once instead of every paragraph.
    const QList<int>& changes() const { return m_changes; }
    // The state after all events, including those after the last paragraph.
    const ParagraphAttendance& atEnd() const { return m_end; }

    // Paragraph positions (0-based) at which the participant served / was present.
    QList<int> servingPositions(Id participantId) const;
    QList<int> presentPositions(Id participantId) const;
    QList<int> positionsServingFor(Id substituteId, Id memberId) const;
    QList<int> javPositions(Id participantId) const;
    bool everPresent(Id participantId) const;

private:
    ParagraphAttendance m_start;
    QList<ParagraphAttendance> m_paragraphs;
    mutable QHash<Id, int> m_positions; // paragraph id -> position, built by the first at()
    QList<int> m_changes;
    ParagraphAttendance m_end;
};

// The timeline of a whole meeting, over its paragraphs in their order.
AttendanceTimeline timelineOf(const MeetingRecord& record);
// Who was there and who decided at one paragraph (the state at the start if it is unknown).
ParagraphAttendance attendanceAt(const MeetingRecord& record, Id paragraphId);

} // namespace paragraf
