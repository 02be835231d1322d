#pragma once

#include "model/AttendanceEvent.h"
#include "model/Participant.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace paragraf {

// The room between two paragraphs: who is present and which substitutions are in force.
struct RoomState {
    QSet<Id> present;
    QHash<Id, Id> substituteFor; // substitute -> member
    QSet<Id> members;

    static RoomState initial(const QList<Participant>& participants);
    void apply(const AttendanceEvent& event);
    bool isReplaced(Id member) const;
};

// Groups events by the paragraph they happen before, each group in recording order (by id).
QHash<Id, QList<AttendanceEvent>> eventsByBoundary(const QList<AttendanceEvent>& events);

} // namespace paragraf
