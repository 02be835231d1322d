#include "AttendanceGroups.h"

#include "AttendanceTimeline.h"

namespace paragraf {
namespace {

class Grouper {
public:
    explicit Grouper(const MeetingRecord& record)
        : m_record(record),
          m_timeline(AttendanceTimeline::derive(record.participants, record.events, order())) {}

    AttendanceGroups run() const {
        AttendanceGroups groups;
        const auto& people = m_record.participants;
        for (const auto& p : people)
            if (p.kind == ParticipantKind::Member)
                (served(p.id) ? groups.deciding : groups.absent)
                    .append(line(p.id, servingOf(p.id)));
        for (const auto& member : people)
            for (const auto& sub : people)
                if (sub.kind == ParticipantKind::Substitute && servedFor(sub.id, member.id))
                    groups.deciding.append(substituteLine(sub.id, member.id));
        for (const auto& p : people) {
            if (p.kind == ParticipantKind::Substitute && m_timeline.everPresent(p.id)) {
                if (!served(p.id))
                    groups.substitutesNotServing.append(line(p.id, presenceOf(p.id)));
                else if (const QList<int> idle = idleOf(p.id); !idle.isEmpty())
                    groups.substitutesNotServing.append(line(p.id, idle));
            }
            const bool other = !isDecisionMaker(p.kind);
            if (other && m_timeline.everPresent(p.id))
                groups.others.append(line(p.id, presenceOf(p.id)));
        }
        return groups;
    }

private:
    QList<Id> order() const {
        QList<Id> ids;
        for (const auto& p : m_record.paragraphs)
            ids << p.id;
        return ids;
    }
    bool hasParagraphs() const { return !m_record.paragraphs.isEmpty(); }
    bool served(Id id) const {
        return hasParagraphs() ? !m_timeline.servingPositions(id).isEmpty()
                               : m_timeline.atStart().serving.contains(id);
    }
    bool servedFor(Id sub, Id member) const {
        return hasParagraphs() ? !m_timeline.positionsServingFor(sub, member).isEmpty()
                               : m_timeline.atStart().substituteFor.value(sub) == member;
    }
    // Jäv does not make a member's attendance partial in the header; the paragraph says so.
    QList<int> servingOf(Id id) const {
        return m_timeline.servingPositions(id) + m_timeline.javPositions(id);
    }
    QList<int> presenceOf(Id id) const { return m_timeline.presentPositions(id); }
    // A substitute present all day who served only some paragraphs sat in the room without
    // serving at the others: real protocols list them in both groups, each with its paragraphs.
    // A paragraph sat out for jäv is not one of them; the paragraph says so.
    QList<int> idleOf(Id id) const {
        if (!hasParagraphs())
            return {};
        const QList<int> serving = m_timeline.servingPositions(id);
        const QList<int> jav = m_timeline.javPositions(id);
        QList<int> idle;
        for (int position : m_timeline.presentPositions(id))
            if (!serving.contains(position) && !jav.contains(position))
                idle << position;
        return idle;
    }

    AttendanceLine line(Id id, QList<int> positions) const {
        AttendanceLine result;
        result.participantId = id;
        result.paragraphNumbers = partialNumbers(positions);
        return result;
    }
    AttendanceLine substituteLine(Id sub, Id member) const {
        AttendanceLine result = line(sub, m_timeline.positionsServingFor(sub, member));
        result.replacesId = member;
        return result;
    }
    QList<int> partialNumbers(QList<int> positions) const {
        std::sort(positions.begin(), positions.end());
        positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
        if (positions.size() == m_record.paragraphs.size())
            return {};
        QList<int> numbers;
        for (int position : positions)
            numbers << m_record.paragraphs[position].number;
        return numbers;
    }

    const MeetingRecord& m_record;
    AttendanceTimeline m_timeline;
};

} // namespace

AttendanceGroups groupAttendance(const MeetingRecord& record) {
    return Grouper(record).run();
}

bool hasQuorum(int serving, int seats) {
    return seats > 0 && 2 * serving > seats;
}

int seatCount(const QList<Participant>& participants) {
    return static_cast<int>(
        std::count_if(participants.begin(), participants.end(),
                      [](const auto& p) { return p.kind == ParticipantKind::Member; }));
}

} // namespace paragraf
