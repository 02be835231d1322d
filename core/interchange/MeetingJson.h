#pragma once

#include "Result.h"
#include "model/MeetingRecord.h"

#include <QByteArray>

namespace paragraf {

// The interchange format for one meeting ("paragraf-meeting", version 1), described in
// docs/interchange.md. Output is deterministic: the same meeting always gives the same bytes.
// 2: proceedings of decisions; 3: follow-up; 4: real meetings (the roll call, who presides,
// adjournments and the adjustment time)
constexpr int meetingJsonVersion = 4;

QByteArray meetingToJson(const MeetingRecord& record);

// Parses and validates a file. The result's ids are local to the file (participants and
// paragraphs numbered from 1 in file order), ready for MeetingImporter. Every problem is
// reported with its JSON path, one per line.
Result<MeetingRecord> meetingFromJson(const QByteArray& json);

} // namespace paragraf
