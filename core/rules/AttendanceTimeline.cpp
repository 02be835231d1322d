#include "AttendanceTimeline.h"

#include "RoomState.h"

namespace paragraf {
namespace {

ParagraphAttendance snapshot(const RoomState& state, Id paragraphId, const QSet<Id>& jav) {
    ParagraphAttendance result;
    result.paragraphId = paragraphId;
    result.present = state.present;
    result.jav = jav;
    QSet<Id> replaced;
    for (auto it = state.substituteFor.cbegin(); it != state.substituteFor.cend(); ++it) {
        if (!state.present.contains(it.key()) || jav.contains(it.key()))
            continue;
        result.serving.insert(it.key());
        result.substituteFor.insert(it.key(), it.value());
        replaced.insert(it.value());
    }
    for (Id member : state.members)
        if (state.present.contains(member) && !replaced.contains(member) && !jav.contains(member))
            result.serving.insert(member);
    return result;
}

} // namespace

AttendanceTimeline AttendanceTimeline::derive(const QList<Participant>& participants,
                                              const QList<AttendanceEvent>& events,
                                              const QList<Id>& paragraphOrder) {
    RoomState state = RoomState::initial(participants);
    const auto boundaries = eventsByBoundary(events);

    AttendanceTimeline timeline;
    timeline.m_start = snapshot(state, NoId, {});
    timeline.m_paragraphs.reserve(paragraphOrder.size());
    for (Id paragraphId : paragraphOrder) {
        const int position = int(timeline.m_paragraphs.size());
        // Nothing happens at most boundaries: the room is then as at the paragraph before
        // (without its jäv), shared rather than rebuilt, which keeps a key at the desk cheap.
        const ParagraphAttendance& before =
            timeline.m_paragraphs.isEmpty() ? timeline.m_start : timeline.m_paragraphs.constLast();
        const bool unchanged = !boundaries.contains(paragraphId) && before.jav.isEmpty();
        if (position == 0 || !unchanged)
            timeline.m_changes.append(position);
        if (unchanged) {
            ParagraphAttendance same = before;
            same.paragraphId = paragraphId;
            timeline.m_paragraphs.append(std::move(same));
            continue;
        }
        QSet<Id> jav;
        for (const auto& e : boundaries.value(paragraphId)) {
            if (e.kind == AttendanceEventKind::Jav)
                jav.insert(e.participantId);
            else if (e.kind == AttendanceEventKind::Preside)
                continue;
            else
                state.apply(e);
        }
        timeline.m_paragraphs.append(snapshot(state, paragraphId, jav));
    }
    for (const auto& e : boundaries.value(NoId))
        state.apply(e);
    timeline.m_end = snapshot(state, NoId, {});
    return timeline;
}

const ParagraphAttendance* AttendanceTimeline::at(Id paragraphId) const {
    // Built on the first question, not by derive(): a key at the desk derives a timeline and
    // asks it nothing by id, while a list of paragraphs asks for each of them.
    if (m_positions.isEmpty())
        for (int i = int(m_paragraphs.size()) - 1; i >= 0; --i) // the first of a repeated id
            m_positions.insert(m_paragraphs[i].paragraphId, i);
    const auto position = m_positions.constFind(paragraphId);
    return position == m_positions.cend() ? nullptr : &m_paragraphs[*position];
}

namespace {
template <typename Predicate>
QList<int> positionsWhere(const QList<ParagraphAttendance>& paragraphs, Predicate predicate) {
    QList<int> positions;
    for (int i = 0; i < paragraphs.size(); ++i)
        if (predicate(paragraphs[i]))
            positions << i;
    return positions;
}
} // namespace

QList<int> AttendanceTimeline::servingPositions(Id participantId) const {
    return positionsWhere(m_paragraphs,
                          [&](const auto& p) { return p.serving.contains(participantId); });
}

QList<int> AttendanceTimeline::presentPositions(Id participantId) const {
    return positionsWhere(m_paragraphs,
                          [&](const auto& p) { return p.present.contains(participantId); });
}

QList<int> AttendanceTimeline::positionsServingFor(Id substituteId, Id memberId) const {
    return positionsWhere(m_paragraphs, [&](const auto& p) {
        return p.substituteFor.value(substituteId, NoId) == memberId;
    });
}

QList<int> AttendanceTimeline::javPositions(Id participantId) const {
    return positionsWhere(m_paragraphs,
                          [&](const auto& p) { return p.jav.contains(participantId); });
}

bool AttendanceTimeline::everPresent(Id participantId) const {
    if (m_paragraphs.isEmpty())
        return m_start.present.contains(participantId);
    return !presentPositions(participantId).isEmpty();
}

AttendanceTimeline timelineOf(const MeetingRecord& record) {
    QList<Id> order;
    for (const Paragraph& p : record.paragraphs)
        order << p.id;
    return AttendanceTimeline::derive(record.participants, record.events, order);
}

ParagraphAttendance attendanceAt(const MeetingRecord& record, Id paragraphId) {
    const AttendanceTimeline timeline = timelineOf(record);
    const ParagraphAttendance* at = timeline.at(paragraphId);
    return at ? *at : timeline.atStart();
}

} // namespace paragraf
