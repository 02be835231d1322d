#pragma once

#include "model/Organisation.h"

#include <QString>

namespace paragraf {

// "Region Jämtland Härjedalen" is a region, "Bräcke kommun" a municipality: the kind of an
// organisation met only by its name (in a roster file, or typed at the desk).
OrganisationKind guessOrganisationKind(const QString& name);

} // namespace paragraf
