#include "ChairRotation.h"

namespace paragraf {
namespace {

bool isMember(const RosterEntry& entry) {
    return entry.membership.role != MemberRole::Substitute &&
           entry.membership.role != MemberRole::CoOpted;
}

const RosterEntry* byMembership(const QList<RosterEntry>& roster, Id membershipId) {
    for (const auto& entry : roster)
        if (entry.membership.id == membershipId)
            return &entry;
    return nullptr;
}

// The same person this year, on the given side: memberships change, people stay.
Id samePersonOnSide(const QList<RosterEntry>& roster, const RosterEntry* before,
                    PrincipalSide side) {
    if (!before)
        return NoId;
    for (const auto& entry : roster)
        if (isMember(entry) && entry.membership.personId == before->membership.personId &&
            principalSideOf(entry.organisationKind) == side)
            return entry.membership.id;
    return NoId;
}

Id firstOnSide(const QList<RosterEntry>& roster, PrincipalSide side) {
    for (const auto& entry : roster)
        if (isMember(entry) && principalSideOf(entry.organisationKind) == side)
            return entry.membership.id;
    return NoId;
}

PrincipalSide other(PrincipalSide side) {
    return side == PrincipalSide::Region ? PrincipalSide::Municipalities : PrincipalSide::Region;
}

} // namespace

std::optional<PrincipalSide> principalSideOf(OrganisationKind kind) {
    switch (kind) {
    case OrganisationKind::Region:
        return PrincipalSide::Region;
    case OrganisationKind::Municipality:
        return PrincipalSide::Municipalities;
    default:
        return std::nullopt;
    }
}

ChairYear suggestChairs(const QList<RosterEntry>& roster, int year,
                        const std::optional<ChairYear>& previous,
                        const QList<RosterEntry>& previousRoster) {
    const RosterEntry* lastChair =
        previous ? byMembership(previousRoster, previous->chairMembershipId) : nullptr;
    const RosterEntry* lastVice =
        previous ? byMembership(previousRoster, previous->viceChairMembershipId) : nullptr;
    const auto lastSide = lastChair ? principalSideOf(lastChair->organisationKind) : std::nullopt;
    const PrincipalSide chairSide = lastSide ? other(*lastSide) : PrincipalSide::Region;

    ChairYear suggestion;
    suggestion.bodyId = roster.isEmpty() ? NoId : roster.first().membership.bodyId;
    suggestion.year = year;
    suggestion.chairMembershipId = samePersonOnSide(roster, lastVice, chairSide);
    if (suggestion.chairMembershipId == NoId)
        suggestion.chairMembershipId = firstOnSide(roster, chairSide);
    suggestion.viceChairMembershipId = samePersonOnSide(roster, lastChair, other(chairSide));
    if (suggestion.viceChairMembershipId == NoId)
        suggestion.viceChairMembershipId = firstOnSide(roster, other(chairSide));
    return suggestion;
}

} // namespace paragraf
