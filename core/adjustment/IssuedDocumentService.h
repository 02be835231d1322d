#pragma once

#include "Result.h"
#include "document/DocumentExporter.h"
#include "document/DocumentKind.h"
#include "model/IssuedDocument.h"
#include "model/MeetingRecord.h"

#include <QStringList>

namespace paragraf {

class Database;

// The register of issued documents: every PDF Paragraf writes for a meeting is entered with the
// SHA-256 of its bytes, so that verify-pdf can tell a file Paragraf issued from an edited one or
// one carrying a seal copied from another protocol. Only ever added to; each entry is chained
// to the meeting's entry before it (docs/canonical-form.md, "Issued documents").
class IssuedDocumentService {
public:
    explicit IssuedDocumentService(const Database& database) : m_database(database) {}

    // Enters a file just written for the meeting. `by` is who issued it (the login name when
    // empty). Allowed for an adjusted protocol too: the register is not the protocol's content.
    Result<IssuedDocument> record(const MeetingRecord& record, const DocumentRequest& request,
                                  const ExportedFile& file, const QString& by = {},
                                  const QDateTime& at = QDateTime::currentDateTimeUtc());
    Result<QList<IssuedDocument>> issued(Id meetingId) const;
    Result<QList<IssuedDocument>> withHash(const QString& sha256) const;

    static QString chainHash(const QString& previous, const IssuedDocument& document);
    static QString kindOf(const MeetingRecord& record, const DocumentRequest& request);

private:
    const Database& m_database;
};

// Problems of a meeting's chain of issued documents (oldest first), as verify names them.
QStringList issuedChainProblems(const QList<IssuedDocument>& issued);

// Exports a document of the meeting and, when it is a PDF, enters it in the register first: a
// document that cannot be entered is not written, and an earlier file of that name stays as it
// was (it may be one that verifies).
// The same for a document already made in memory (renderDocument, e.g. beside the window).
Result<ExportedFile> issueRendered(const Database& database, const MeetingRecord& record,
                                   const DocumentRequest& request, DocumentFormat format,
                                   const QString& path, const QByteArray& bytes,
                                   const QString& by = {});
Result<ExportedFile> issueDocument(const Database& database, const MeetingRecord& record,
                                   const DocumentRequest& request, DocumentFormat format,
                                   const QString& path, const QString& by = {});

} // namespace paragraf
