#pragma once

#include "Result.h"
#include "model/Ids.h"

#include <QSqlDatabase>

namespace paragraf {

// Writes the continuous numbers of a body's calendar year: each meeting continues where the
// previous one (by date and time) stopped, so numbers never repeat or skip. An adjusted
// protocol's numbers are final; a change that would move them is refused.
Status renumberYear(const QSqlDatabase& connection, Id bodyId, int year);

} // namespace paragraf
