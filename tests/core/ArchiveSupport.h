#pragma once

// A year of protocols as an archivist receives them (docs/e-archive.md): the demo's
// Samverkanstid, whose November meeting (seed 001) is adjusted here with signatures, a
// rättelse, a posting, an extract and an anslagsbevis issued; its other 2024 meetings were
// archived before Paragraf kept signatures.
#include "AdjustFully.h"
#include "adjustment/Deadlines.h"
#include "adjustment/ErratumService.h"
#include "adjustment/IssuedDocumentService.h"

#include <QDir>

namespace paragraf::test {

inline const QString archiveBody =
    QStringLiteral("Samverkanstid kommuner, Region och Länsstyrelse");
constexpr Id archiveNovember = 6; // seed 001

inline void adjustTheYear(const Database& database, const QString& folder) {
    adjustFully(database, archiveNovember);
    ASSERT_TRUE(ErratumService(database)
                    .record(archiveNovember, NoId, QStringLiteral("Rätt lydelse"),
                            QStringLiteral("Skrivfel"), QStringLiteral("Ordföranden"),
                            QDate(2024, 11, 25),
                            QDateTime(QDate(2024, 11, 25), QTime(8, 0), Qt::UTC))
                    .ok());
    ASSERT_TRUE(DeadlineService(database).post(archiveNovember, QDate(2024, 11, 20)).ok());
    const MeetingRecord record = MeetingService(database).load(archiveNovember).value();
    DocumentRequest extract;
    extract.kind = DocumentKind::Extract;
    extract.paragraphNumbers = {27, 28};
    QDir().mkpath(folder);
    ASSERT_TRUE(issueDocument(database, record, extract, DocumentFormat::Pdf,
                              folder + QStringLiteral("/utdrag.pdf"), QStringLiteral("Elise"))
                    .ok());
    DocumentRequest certificate;
    certificate.kind = DocumentKind::Certificate;
    certificate.postedOn = QDate(2024, 11, 20);
    ASSERT_TRUE(issueDocument(database, record, certificate, DocumentFormat::Pdf,
                              folder + QStringLiteral("/anslagsbevis.pdf"), QStringLiteral("Elise"))
                    .ok());
}

} // namespace paragraf::test
