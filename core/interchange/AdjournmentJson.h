#pragma once

#include "JsonChecker.h"
#include "model/MeetingRecord.h"

#include <QHash>
#include <QJsonArray>
#include <functional>

namespace paragraf {

// The clock facts of version 4 of the interchange format (docs/interchange.md): the meeting's
// adjournments and the time of its adjustment. A meeting without them is written as before.
bool hasClockFacts(const MeetingRecord& record);

// [{"start": "10:30", "end": "10:45", "paragraph": 7, "placement": "within", "reason": "…"}],
// paragraphs by number (null: before the first).
QJsonArray adjournmentsToJson(const QList<Adjournment>& adjournments,
                              const std::function<QJsonValue(Id)>& paragraphNumber);
QList<Adjournment> adjournmentsFromJson(const QJsonArray& list, JsonChecker& check,
                                        const QHash<int, Id>& paragraphOfNumber);

} // namespace paragraf
