#pragma once

#include "Result.h"
#include "model/Adjournment.h"
#include "model/Meeting.h"
#include "model/Paragraph.h"

#include <QList>

namespace paragraf {

// The adjournments of one meeting, checked together: each starts and ends within the meeting's
// time, ends after it starts, none overlaps another, at most one is still open, one inside a
// paragraph names it, and in order of time they follow the order of the paragraphs. The message
// says which adjournment and what is wrong.
Status validateAdjournments(const Meeting& meeting, const QList<Id>& paragraphOrder,
                            const QList<Adjournment>& adjournments);

// The adjournment still running (no end yet), if any.
const Adjournment* openAdjournment(const QList<Adjournment>& adjournments);

// Where an adjournment started now at `current` belongs: inside the paragraph while it has no
// decision yet (the debate is interrupted), after it once decided or when it decides nothing;
// before the first paragraph when there is none.
Adjournment adjournmentAt(const QList<Paragraph>& paragraphs, Id current, const QTime& start);

} // namespace paragraf
