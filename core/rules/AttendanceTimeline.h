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

// Replays the attendance events over the paragraphs in their current order. The derivation is
// total: events that break the rules of procedure still give an answer (validation is
// AttendanceRules' job), so a damaged or imported meeting can always be shown.
//
// Nothing happens at most boundaries, so the timeline keeps one state per run of paragraphs in
// an unchanged room, not one per paragraph: an attendance key at the desk derives a timeline of
// the whole meeting, and its cost then grows with the events, not with the paragraphs. A value
// like any other, but not to be shared between threads before at() and paragraphs() have been
// asked once (they build their index and list on first use).
class AttendanceTimeline {
public:
    static AttendanceTimeline derive(const QList<Participant>& participants,
                                     const QList<AttendanceEvent>& events,
                                     const QList<Id>& paragraphOrder);

    // The state before the first paragraph: the only state of a meeting without paragraphs.
    const ParagraphAttendance& atStart() const { return m_start; }
    // The number of paragraphs, and the room at the one at `position` (0-based, < size()).
    qsizetype size() const { return m_order.size(); }
    const ParagraphAttendance& state(qsizetype position) const;
    // The room at the paragraph, or nullptr for a paragraph not in the meeting. Its paragraphId is
    // that of the first paragraph of the run that shares the state.
    const ParagraphAttendance* at(Id paragraphId) const;
    // Every paragraph's state with its own paragraphId, built on first use: for a caller that
    // wants them as a list; state() and at() cost nothing per paragraph.
    const QList<ParagraphAttendance>& paragraphs() const;
    // The positions at which a run of paragraphs in an unchanged room begins (0 first): a check
    // over runs visits each state of the room once instead of every paragraph.
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
    template <typename Predicate> QList<int> positionsWhere(Predicate predicate) const;

    ParagraphAttendance m_start;
    QList<Id> m_order;                  // the paragraphs by position
    QList<int> m_changes;               // where each run begins
    QList<ParagraphAttendance> m_runs;  // the room in each run, as m_changes
    mutable QHash<Id, int> m_positions; // paragraph id -> position, built by the first at()
    mutable QList<ParagraphAttendance> m_paragraphs; // built by the first paragraphs()
    ParagraphAttendance m_end;
};

// The timeline of a whole meeting, over its paragraphs in their order.
AttendanceTimeline timelineOf(const MeetingRecord& record);
// Who was there and who decided at one paragraph (the state at the start if it is unknown).
ParagraphAttendance attendanceAt(const MeetingRecord& record, Id paragraphId);

} // namespace paragraf
