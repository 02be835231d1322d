#include "OrganisationKinds.h"

namespace paragraf {

OrganisationKind guessOrganisationKind(const QString& name) {
    const QString lower = name.toLower();
    if (lower.startsWith(QStringLiteral("region")))
        return OrganisationKind::Region;
    if (lower.contains(QStringLiteral("kommun")))
        return OrganisationKind::Municipality;
    if (lower.startsWith(QStringLiteral("länsstyrelsen")))
        return OrganisationKind::CountyBoard;
    return OrganisationKind::Other;
}

} // namespace paragraf
