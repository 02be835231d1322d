#pragma once

#include "Ids.h"

#include <QDate>
#include <QString>

namespace paragraf {

enum class MemberRole { Chair, FirstViceChair, SecondViceChair, Member, Substitute, CoOpted };

// A person's seat in a body for a span of time. Changes close a row (validTo) and open a new
// one, so that the roster of any past date can be read back unchanged.
struct Membership {
    Id id = NoId;
    Id bodyId = NoId;
    Id personId = NoId;
    Id mandatePeriodId = NoId;
    Id organisationId = NoId;
    QString party;
    MemberRole role = MemberRole::Member;
    Id substituteForId = NoId; // for a personal substitute: the membership they stand in for
    // A party substitute's place in the order of election (inkallelseordning), 1 first; 0 for
    // none (a member, a personal substitute).
    int electionOrder = 0;
    QDate validFrom;
    QDate validTo; // null: still valid
};

} // namespace paragraf
