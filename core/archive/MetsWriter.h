#pragma once

#include "ArchiveFile.h"

#include <QByteArray>
#include <QDateTime>

namespace paragraf {

// What both METS files of the package say of it: its name (OBJID), the body whose archive it
// is, when it was made and by which Paragraf.
struct MetsHeader {
    QString objectId;
    QString label;
    QString archivist; // the body: the records creator
    QDateTime createdAt;
    QString softwareVersion;
};

// The representation's METS (representations/rep1/METS.xml): its data files.
QByteArray representationMets(const MetsHeader& header, const QList<ArchiveFile>& data);

// The package's METS at its root (E-ARK CSIP 2.1.0 / SIP 2.1.0, FGS Paketstruktur 2.0): the
// PREMIS file in the administrative section, the documentation, the schemas and the
// representation's METS in the file section, and the CSIP structural map.
QByteArray packageMets(const MetsHeader& header, const ArchiveFile& premis,
                       const QList<ArchiveFile>& documentation, const QList<ArchiveFile>& schemas,
                       const ArchiveFile& representation);

} // namespace paragraf
