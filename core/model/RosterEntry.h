#pragma once

#include "Membership.h"
#include "Organisation.h"

#include <QString>

namespace paragraf {

// A member of the roster on a given day, with the names resolved.
struct RosterEntry {
    Membership membership;
    QString personName;
    QString organisationName;
    OrganisationKind organisationKind = OrganisationKind::Other;
};

} // namespace paragraf
