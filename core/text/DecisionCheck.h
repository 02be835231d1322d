#pragma once

#include "model/MeetingRecord.h"
#include "rules/AttendanceTimeline.h"

namespace paragraf {

// Whether a paragraph's decision, as the secretary wrote it, reads as what the body decided: a
// vote won by the motion to reject (avslag) or to refer back (återremiss), or by an amendment,
// while the decision still reads as the proposal, makes a protocol that contradicts itself,
// and the chair and the adjusters sign it. Empty when the decision agrees, or when nothing is
// decided or written yet; otherwise what does not agree, for the secretary to look at (a
// decision may say it in other words, so this asks and never refuses).
QString decisionAgainstOutcome(const MeetingRecord& record, const Paragraph& paragraph,
                               const ParagraphAttendance& attendance);

// The same for every paragraph of the meeting, each "§ N: …", and, before the protocol is sent,
// a decision left empty where a motion was carried.
QStringList decisionsAgainstOutcome(const MeetingRecord& record,
                                    const AttendanceTimeline& timeline);

} // namespace paragraf
