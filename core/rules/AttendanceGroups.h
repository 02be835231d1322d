#pragma once

#include "model/MeetingRecord.h"

#include <QList>

namespace paragraf {

struct AttendanceLine {
    Id participantId = NoId;
    Id replacesId = NoId;        // for a serving substitute: the member replaced
    QList<int> paragraphNumbers; // filled only when not the whole meeting
};

// The header groups of a Swedish protocol (seed 001): who decided, which members were absent,
// which substitutes were present without serving, and who else took part.
struct AttendanceGroups {
    QList<AttendanceLine> deciding;
    QList<AttendanceLine> absent;
    QList<AttendanceLine> substitutesNotServing;
    QList<AttendanceLine> others;
};

AttendanceGroups groupAttendance(const MeetingRecord& record);

// Beslutförhet: more than half of the members must serve.
bool hasQuorum(int serving, int seats);
int seatCount(const QList<Participant>& participants);

} // namespace paragraf
