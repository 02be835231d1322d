#include "RoomState.h"

#include <algorithm>

namespace paragraf {

RoomState RoomState::initial(const QList<Participant>& participants) {
    RoomState state;
    for (const auto& p : participants) {
        if (p.presentAtStart)
            state.present.insert(p.id);
        if (p.kind == ParticipantKind::Member)
            state.members.insert(p.id);
        if (p.kind == ParticipantKind::Substitute && p.servesForAtStart != NoId)
            state.substituteFor.insert(p.id, p.servesForAtStart);
    }
    return state;
}

void RoomState::apply(const AttendanceEvent& event) {
    switch (event.kind) {
    case AttendanceEventKind::Arrive:
        present.insert(event.participantId);
        break;
    case AttendanceEventKind::Leave:
        present.remove(event.participantId);
        substituteFor.remove(event.participantId);
        break;
    case AttendanceEventKind::ServeStart:
        substituteFor.insert(event.participantId, event.forParticipantId);
        break;
    case AttendanceEventKind::ServeEnd:
        substituteFor.remove(event.participantId);
        break;
    case AttendanceEventKind::Jav:
        break; // affects only its own paragraph
    case AttendanceEventKind::Preside:
        break; // who presides, not who is in the room (rules/Presiding.h)
    }
}

bool RoomState::isReplaced(Id member) const {
    for (auto it = substituteFor.cbegin(); it != substituteFor.cend(); ++it)
        if (it.value() == member && present.contains(it.key()))
            return true;
    return false;
}

QHash<Id, QList<AttendanceEvent>> eventsByBoundary(const QList<AttendanceEvent>& events) {
    QHash<Id, QList<AttendanceEvent>> grouped;
    for (const auto& e : events)
        grouped[e.paragraphId].append(e);
    for (auto& list : grouped)
        std::sort(list.begin(), list.end(),
                  [](const auto& a, const auto& b) { return a.id < b.id; });
    return grouped;
}

} // namespace paragraf
