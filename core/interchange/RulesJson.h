#pragma once

#include "JsonChecker.h"
#include "model/BodyRules.h"

#include <QJsonObject>

namespace paragraf {

// The meeting's copy of the body's rules as `meeting.rules` (version 4), written only when they
// differ from the defaults. Keys left out of a file take their defaults.
QJsonObject rulesToJson(const MeetingRules& rules);
MeetingRules rulesFromJson(const QJsonObject& object, const QString& path, JsonChecker& check);

} // namespace paragraf
