#pragma once

#include "Ids.h"

#include <QString>

namespace paragraf {

enum class ParticipantKind { Member, Substitute, CoOpted, Official, Guest };

// A person as they took part in one meeting. The name, organisation and party are copied when
// the meeting is set up, so later roster changes never rewrite an old protocol.
struct Participant {
    Id id = NoId;
    Id personId = NoId;
    QString name;
    QString organisation;
    QString party;
    ParticipantKind kind = ParticipantKind::Member;
    QString roleLabel;              // "ordförande", "förbundschef", "sekreterare"
    Id personalSubstituteOf = NoId; // a substitute's member (participant id)
    bool presentAtStart = false;
    Id servesForAtStart = NoId; // a substitute serving from the first paragraph
    int electionOrder = 0;      // a party substitute's place in the order of election; 0: none
};

inline bool isDecisionMaker(ParticipantKind kind) {
    return kind == ParticipantKind::Member || kind == ParticipantKind::Substitute;
}

} // namespace paragraf
