#pragma once

#include "AttendanceTimeline.h"
#include "Result.h"
#include "model/MeetingRecord.h"

namespace paragraf {

// The result of a vote. An open vote counts the named choices; a tie is settled by the chair's
// casting vote (utslagsröst, Kommunallagen 5 kap. 56 §) when the chair voted yes or no. A closed
// vote counts its tally; a tie is settled by lot.
struct VoteOutcome {
    enum class Settled { Majority, CastingVote, Lot, Undecided };
    int yes = 0;
    int no = 0;
    int abstain = 0;
    QList<Id> notVoted; // serving, and no vote recorded (open votes)
    int winner = -1;    // the motion carried, by its index
    Settled settled = Settled::Undecided;
};

VoteOutcome countVote(const VoteRecord& vote, const ParagraphAttendance& attendance, Id chairId);

// The motion the body decided on: the vote's winner when there was a vote, otherwise the
// chair's finding. -1 when neither is known.
int decidedMotion(const Proceedings& proceedings, const ParagraphAttendance& attendance,
                  Id chairId);

// Who may take part in the decision of a paragraph: serving there and not out for jäv.
bool takesPart(const ParagraphAttendance& attendance, Id participantId);

// Refuses proceedings that break the rules of procedure, naming the rule: votes and motions only
// by those serving at the paragraph, reservations only by those who took part in the decision,
// a vote between two different motions still standing, a closed tally no larger than those
// serving.
Status checkProceedings(const MeetingRecord& record, const Paragraph& paragraph,
                        const ParagraphAttendance& attendance);

// The numbers of the decision paragraphs decided without a quorum (more than half of the seats).
QList<int> paragraphsWithoutQuorum(const MeetingRecord& record);
// The same from the meeting's timeline when it has been derived already.
QList<int> paragraphsWithoutQuorum(const MeetingRecord& record, const AttendanceTimeline& timeline);

} // namespace paragraf
