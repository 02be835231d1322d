#pragma once

#include "Result.h"
#include "model/AttendanceEvent.h"
#include "model/Participant.h"

#include <QList>

namespace paragraf {

class AttendanceTimeline;

// The rules of procedure for attendance (kommunallagen and the usual arbetsordning), checked
// over a whole meeting: every event must make sense in the room as it was when it happened, and
// a member who stopped serving may not serve again (no växeltjänstgöring) unless the gap was a
// paragraph sat out for jäv, or, when the body's rules allow it (rejoinAllowed), a gap in which
// no substitute served for them. The message names the rule that was broken. When the events
// hold, `derived` gets the timeline the checks replayed.
Status validateAttendance(const QList<Participant>& participants,
                          const QList<AttendanceEvent>& events, const QList<Id>& paragraphOrder,
                          bool rejoinAllowed = false, AttendanceTimeline* derived = nullptr);

} // namespace paragraf
