#pragma once

#include "Ids.h"

#include <QString>

namespace paragraf {

enum class OrganisationKind { Municipality, Region, CountyBoard, Association, Other };

// A principal that appoints members: a municipality, a region, Länsstyrelsen, a federation.
struct Organisation {
    Id id = NoId;
    QString name;
    OrganisationKind kind = OrganisationKind::Other;
};

} // namespace paragraf
