#pragma once

#include "Result.h"
#include "model/Ids.h"

#include <QSqlDatabase>

namespace paragraf {

// Writes the continuous numbers of a body's calendar year: each meeting continues where the
// previous one (by date and time) stopped, so numbers never repeat or skip. An adjusted
// protocol's numbers are final; a change that would move them is refused.
Status renumberYear(const QSqlDatabase& connection, Id bodyId, int year);

// The first meeting of the year, out for adjustment or adjusted, whose paragraphs would get other
// numbers if the year started at `firstNumber`; NoId when there is none.
Result<Id> fixedMeetingMovedBy(const QSqlDatabase& connection, Id bodyId, int year,
                               int firstNumber);

} // namespace paragraf
