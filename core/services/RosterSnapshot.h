#pragma once

#include "Result.h"
#include "model/Ids.h"

#include <QDate>
#include <QSqlDatabase>

namespace paragraf {

// Copies the body's roster on the meeting date into the meeting's participants: members first,
// then each personal substitute linked to their member. Later roster changes leave the meeting
// as it was. Runs inside the caller's transaction.
Status addRosterParticipants(const QSqlDatabase& connection, Id meetingId, Id bodyId,
                             const QDate& date);

} // namespace paragraf
