#pragma once

#include "model/MeetingRecord.h"

#include <QList>
#include <QStringList>

namespace paragraf {

// Who presides over each paragraph, in paragraph order: the meeting's chair, until a "preside"
// attendance event hands over from its paragraph on (the chair leaves or is jävig and the vice
// chair, or the member with the longest service, takes over). NoId where nobody is named.
QList<Id> presidingByPosition(const MeetingRecord& record);

// One person's turn in the chair: the numbers of the paragraphs they presided over.
struct PresidingTurn {
    Id participantId = NoId;
    QList<int> numbers;
};

// Everyone who presided, in the order they first took the chair, with all their paragraphs (a
// chair who hands over for one paragraph and takes it back has one turn with a gap). A meeting
// without paragraphs has its chair alone.
QList<PresidingTurn> presidingTurns(const MeetingRecord& record);

// More than one person presided: the header and the signatures then say who presided where.
bool chairChangedHands(const MeetingRecord& record);

// The participant who took the chair at this paragraph, when it changed hands there (NoId
// otherwise, and at the first paragraph, where the meeting's chair simply begins).
Id handoverAt(const MeetingRecord& record, Id paragraphId);

// Paragraphs presided over by someone who did not serve there (absent, or sitting it out for
// jäv), and paragraphs without anyone presiding, in words that name the rule.
QStringList presidingProblems(const MeetingRecord& record);

} // namespace paragraf
