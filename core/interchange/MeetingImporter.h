#pragma once

#include "Result.h"
#include "model/MeetingRecord.h"

namespace paragraf {

class Database;

// Writes a meeting read by meetingFromJson into the database in one transaction: the body is
// found by name or created, people are matched by name and organisation or created, and the
// paragraph numbers of the file are kept (the body's year starts there when the file holds its
// first meeting of the year; otherwise they must continue the year's numbering). Any problem
// leaves the database as it was.
Result<Id> importMeeting(const Database& database, const MeetingRecord& parsed);

} // namespace paragraf
