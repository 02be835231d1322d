#pragma once

#include "DemoMeeting.h"

namespace paragraf::demo {

// The meetings of the Norrvik bodies (NorrvikMeetings.cpp); each returns its meeting, so that
// a later example (an adjournment, a chair handing over) adds its lines to the same builder.
// The bodies' own rules (model/BodyRules.h): fullmäktige's, and the board's or committee's with
// their prefix; the council's meeting copy with the appendix of its 61 members.
BodyRules councilBodyRules();
MeetingRules councilRules();
BodyRules boardRules(const QString& prefix);
Meeting norrvikMeeting(Id bodyId, const QDate& date, const QTime& start, const QTime& end,
                       const QString& place);
Id buildNorrvikCouncil(DemoWriter& w, Id bodyId, const QList<PartySeats>& council);
Id buildNorrvikBoard(DemoWriter& w, Id bodyId, const QList<PartySeats>& board);
Id buildNorrvikCommittee(DemoWriter& w, Id bodyId, const QList<PartySeats>& committee);

} // namespace paragraf::demo
