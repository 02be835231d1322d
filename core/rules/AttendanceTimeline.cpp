#include "AttendanceTimeline.h"

#include "RoomState.h"

#include <algorithm>

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
    timeline.m_order = paragraphOrder;
    for (int position = 0; position < paragraphOrder.size(); ++position) {
        const Id paragraphId = paragraphOrder[position];
        const auto here = boundaries.constFind(paragraphId);
        // The room is as at the paragraph before unless something happens at this boundary or
        // the paragraph before had jäv (which ends with it).
        const ParagraphAttendance& before =
            timeline.m_runs.isEmpty() ? timeline.m_start : timeline.m_runs.constLast();
        if (here == boundaries.cend() && before.jav.isEmpty()) {
            if (position == 0) {
                timeline.m_changes.append(0);
                timeline.m_runs.append(timeline.m_start);
                timeline.m_runs.last().paragraphId = paragraphId;
            }
            continue;
        }
        QSet<Id> jav;
        if (here != boundaries.cend())
            for (const auto& e : *here) {
                if (e.kind == AttendanceEventKind::Jav)
                    jav.insert(e.participantId);
                else if (e.kind != AttendanceEventKind::Preside)
                    state.apply(e);
            }
        timeline.m_changes.append(position);
        timeline.m_runs.append(snapshot(state, paragraphId, jav));
    }
    for (const auto& e : boundaries.value(NoId))
        state.apply(e);
    timeline.m_end = snapshot(state, NoId, {});
    return timeline;
}

const ParagraphAttendance& AttendanceTimeline::state(qsizetype position) const {
    Q_ASSERT(position >= 0 && position < size());
    // The last run that begins at or before the position.
    const auto next = std::upper_bound(m_changes.cbegin(), m_changes.cend(), position);
    return m_runs[next - m_changes.cbegin() - 1];
}

const ParagraphAttendance* AttendanceTimeline::at(Id paragraphId) const {
    if (m_positions.isEmpty())
        for (int i = int(m_order.size()) - 1; i >= 0; --i) // the first of a repeated id
            m_positions.insert(m_order[i], i);
    const auto position = m_positions.constFind(paragraphId);
    return position == m_positions.cend() ? nullptr : &state(*position);
}

const QList<ParagraphAttendance>& AttendanceTimeline::paragraphs() const {
    if (m_paragraphs.isEmpty() && !m_order.isEmpty()) {
        m_paragraphs.reserve(m_order.size());
        for (qsizetype i = 0; i < m_order.size(); ++i) {
            m_paragraphs.append(state(i));
            m_paragraphs.last().paragraphId = m_order[i];
        }
    }
    return m_paragraphs;
}

template <typename Predicate>
QList<int> AttendanceTimeline::positionsWhere(Predicate predicate) const {
    QList<int> positions;
    for (qsizetype run = 0; run < m_runs.size(); ++run) {
        if (!predicate(m_runs[run]))
            continue;
        const int end = run + 1 < m_changes.size() ? m_changes[run + 1] : int(m_order.size());
        for (int i = m_changes[run]; i < end; ++i)
            positions << i;
    }
    return positions;
}

QList<int> AttendanceTimeline::servingPositions(Id participantId) const {
    return positionsWhere([&](const auto& p) { return p.serving.contains(participantId); });
}

QList<int> AttendanceTimeline::presentPositions(Id participantId) const {
    return positionsWhere([&](const auto& p) { return p.present.contains(participantId); });
}

QList<int> AttendanceTimeline::positionsServingFor(Id substituteId, Id memberId) const {
    return positionsWhere(
        [&](const auto& p) { return p.substituteFor.value(substituteId, NoId) == memberId; });
}

QList<int> AttendanceTimeline::javPositions(Id participantId) const {
    return positionsWhere([&](const auto& p) { return p.jav.contains(participantId); });
}

bool AttendanceTimeline::everPresent(Id participantId) const {
    if (m_order.isEmpty())
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
