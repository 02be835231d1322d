#pragma once

#include "JsonChecker.h"
#include "ProceedingsJson.h"
#include "model/FollowUp.h"

#include <QJsonObject>
#include <functional>

namespace paragraf {

// A paragraph's follow-up in the JSON interchange format (docs/interchange.md): assignments with
// their holders and how they ended, referrals by the receiving body's name, remarks by their
// speakers' participant keys; and what the paragraph did with earlier matters ("closes",
// "takesUp"), naming them by meeting date, paragraph number and place in that paragraph.
//
// `personKey` gives the participant key of a person holder who is at the meeting, else null.
QJsonObject followUpToJson(const FollowUp& followUp,
                           const std::function<QJsonValue(Id)>& participantKey,
                           const std::function<QJsonValue(Id)>& personKey);

// As read, before the importer resolves names: a person holder's refId is the participant id of
// the file (NoId: found by name), organisations and bodies are by name; `closedHere` and
// `takenUpHere` name their origin by body name (empty: this body), date, number and position.
FollowUp followUpFromJson(const QJsonObject& object, const QString& path, JsonChecker& check,
                          const ParticipantResolver& participant);

} // namespace paragraf
