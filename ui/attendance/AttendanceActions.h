#pragma once

#include "model/Ids.h"

class MeetingSession;

// What one keystroke in the attendance panel does, as undoable steps on the session:
// presence (present from the start before the first paragraph, otherwise arriving before the
// current paragraph or leaving after it), a substitute starting or ending service for their
// member, jäv for the current paragraph, and who presides from it on. The rules of procedure
// are checked by core; a refusal comes back through the session with the rule's name.
namespace AttendanceActions {

void togglePresence(MeetingSession& session, paragraf::Id participantId);
void toggleSubstitute(MeetingSession& session, paragraf::Id participantId);
void toggleJav(MeetingSession& session, paragraf::Id participantId);
// The participant presides from the current paragraph on (the chair left or is jävig); pressed
// again where they took the chair, the handover is taken back.
void takeChair(MeetingSession& session, paragraf::Id participantId);

} // namespace AttendanceActions
