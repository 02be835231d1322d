#include "RosterSnapshot.h"

#include "storage/BodyRepository.h"
#include "storage/MeetingRepository.h"
#include "text/SwedishTerms.h"

#include <QHash>

namespace paragraf {
namespace {

Participant participantFrom(const RosterEntry& entry) {
    Participant p;
    p.personId = entry.membership.personId;
    p.name = entry.personName;
    p.organisation = entry.organisationName;
    p.party = entry.membership.party;
    p.roleLabel = swedishRoleLabel(entry.membership.role);
    p.electionOrder = entry.membership.electionOrder;
    switch (entry.membership.role) {
    case MemberRole::Substitute:
        p.kind = ParticipantKind::Substitute;
        break;
    case MemberRole::CoOpted:
        p.kind = ParticipantKind::CoOpted;
        break;
    default:
        p.kind = ParticipantKind::Member;
    }
    return p;
}

} // namespace

Status addRosterParticipants(const QSqlDatabase& connection, Id meetingId, Id bodyId,
                             const QDate& date) {
    const auto roster = BodyRepository(connection).rosterOn(bodyId, date);
    if (!roster)
        return fail(roster.error());
    MeetingRepository meetings(connection);
    QHash<Id, Id> participantOfMembership;
    for (bool substitutes : {false, true}) {
        for (const auto& entry : roster.value()) {
            if ((entry.membership.role == MemberRole::Substitute) != substitutes)
                continue;
            Participant p = participantFrom(entry);
            p.personalSubstituteOf =
                participantOfMembership.value(entry.membership.substituteForId);
            const auto added = meetings.insertParticipant(meetingId, p);
            if (!added)
                return fail(added.error());
            participantOfMembership.insert(entry.membership.id, added.value());
        }
    }
    return {};
}

} // namespace paragraf
