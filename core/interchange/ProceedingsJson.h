#pragma once

#include "JsonChecker.h"
#include "model/Proceedings.h"

#include <QJsonObject>
#include <functional>

namespace paragraf {

// A paragraph's proceedings in the JSON interchange format (docs/interchange.md): motions by
// their number 1, 2 … as in the protocol, people by their participant key.
QJsonObject proceedingsToJson(const Proceedings& proceedings,
                              const std::function<QJsonValue(Id)>& participantKey);

// `participant` resolves a key of an object (reporting an unknown one) to a participant id.
using ParticipantResolver =
    std::function<Id(const QJsonObject& object, const QString& key, const QString& path)>;
Proceedings proceedingsFromJson(const QJsonObject& object, const QString& path, JsonChecker& check,
                                const ParticipantResolver& participant);

} // namespace paragraf
