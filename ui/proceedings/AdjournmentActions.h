#pragma once

#include "model/Adjournment.h"
#include "model/MeetingRecord.h"

#include <QString>
#include <QTime>
#include <functional>

class MeetingSession;

// Adjournments at the desk as undoable steps on the session. One key (F9) adjourns the meeting
// now, placed inside the current paragraph while it has no decision yet and after it once
// decided, and the same key resumes it; pressed again within the same minute it takes the
// adjournment back. The rules (times within the meeting, no overlaps) are checked by core.
namespace AdjournmentActions {

// What the desk's clock says, for adjournments, the times noted beside arrivals and departures
// and Ctrl+T; tests set another.
extern std::function<QTime()> clock;

void toggle(MeetingSession& session);
void add(MeetingSession& session, const paragraf::Adjournment& adjournment);
void change(MeetingSession& session, const paragraf::Adjournment& before,
            const paragraf::Adjournment& after);
void remove(MeetingSession& session, const paragraf::Adjournment& adjournment);

// Corrects the time noted for an arrival or departure ("10.15").
void correctTime(MeetingSession& session, const paragraf::AttendanceEvent& event,
                 const QString& clockTime);

// "Adjourned since 10.30" while adjourned, else empty.
QString stateText(const paragraf::MeetingRecord& record);
// "10.30–10.45 inside § 7 (gruppöverläggningar)": one line of the adjournments dialog.
QString describe(const paragraf::MeetingRecord& record, const paragraf::Adjournment& adjournment);
// "Eva Berg arrives before § 27, 09.15": one line of the same dialog.
QString describe(const paragraf::MeetingRecord& record, const paragraf::AttendanceEvent& event);

} // namespace AdjournmentActions
