#pragma once

#include "Ids.h"

#include <QString>

namespace paragraf {

// Attendance changes only at paragraph boundaries. Every event names the paragraph it happens
// before (Jav: the paragraph sat out); NoId means after the last paragraph. Who presides changes
// at a boundary too, and is recorded the same way so that it moves with its paragraph.
enum class AttendanceEventKind {
    Arrive,     // present from this paragraph on
    Leave,      // gone from this paragraph on
    ServeStart, // a substitute serves for forParticipantId from this paragraph on
    ServeEnd,   // a substitute stops serving from this paragraph on
    Jav,        // sits out this one paragraph for conflict of interest
    Preside     // presides from this paragraph on (the chair hands over); not presence
};

struct AttendanceEvent {
    Id id = NoId;
    Id participantId = NoId;
    AttendanceEventKind kind = AttendanceEventKind::Arrive;
    Id paragraphId = NoId;
    Id forParticipantId = NoId;
    QString clockTime; // "10.15", as noted by the secretary; optional
};

} // namespace paragraf
