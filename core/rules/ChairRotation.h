#pragma once

#include "model/Body.h"
#include "model/Organisation.h"
#include "model/RosterEntry.h"

#include <QList>
#include <optional>

namespace paragraf {

// The two sides of a body whose principals are the municipalities and the region (seed 000).
// Länsstyrelsen and associations take part but are not principals: they do not chair.
enum class PrincipalSide { Region, Municipalities };
std::optional<PrincipalSide> principalSideOf(OrganisationKind kind);

// The rotation of seed 000: the chair passes yearly to the other side; the vice chair comes from
// the side without the chair. Last year's vice chair is the first choice for chair and last
// year's chair for vice chair, when they still sit on the roster; otherwise the first member of
// the side in roster order. With no history the region's side begins.
ChairYear suggestChairs(const QList<RosterEntry>& roster, int year,
                        const std::optional<ChairYear>& previous,
                        const QList<RosterEntry>& previousRoster);

} // namespace paragraf
