#pragma once

#include "model/BodyRules.h"
#include "model/Meeting.h"
#include "model/Participant.h"

class MeetingSession;

// Paragraph and participant steps at the desk, each one undoable step on the session.
namespace MeetingOperations {

// A new paragraph right after the current one (last when there is none), with a "Bakgrund"
// section ready for text; it becomes the current paragraph.
void newParagraph(MeetingSession& session);
void openingParagraph(MeetingSession& session);
void deleteCurrentParagraph(MeetingSession& session);
void moveCurrentParagraph(MeetingSession& session, int delta);
// An official or guest joins: present from the start, or arriving before the current paragraph.
void addParticipant(MeetingSession& session, paragraf::Participant participant);
// An official or a guest changed (name, role, kind) or taken away again, each one undoable
// step; a member comes from the roster and is changed there. Removing someone named in the
// meeting (presenter, chair, secretary, adjuster) is refused with the reason.
void updateParticipant(MeetingSession& session, const paragraf::Participant& before,
                       const paragraf::Participant& after);
void removeParticipant(MeetingSession& session, const paragraf::Participant& participant);
// Date, place, chair, secretary, adjusters, adjustment and next meeting as one step; a new date
// can renumber the year, so the step counts as a change of structure.
void updateDetails(MeetingSession& session, const paragraf::Meeting& details);
// The meeting's copy of the body's rules, as one step that can be undone.
void updateRules(MeetingSession& session, const paragraf::MeetingRules& rules);

} // namespace MeetingOperations
