#pragma once

#include "ArchiveFile.h"
#include "Result.h"
#include "document/DocumentExporter.h"
#include "model/IssuedDocument.h"
#include "model/MeetingRecord.h"

#include <functional>

namespace paragraf {

// Where the representation's files lie inside the package.
inline const QString representationData = QStringLiteral("representations/rep1/data");

// The files of one adjusted meeting, made in memory: the PDF/A protocol, the extracts and
// kallelse issued for it (as the register lists them), the anslagsbevis when the protocol was
// posted or one was issued, the canonical form that was signed and the JSON of the meeting.
//
// `issue`, when given, enters each PDF in the register of issued documents as it is made
// (ArchiveService::write): the package's PDFs are then documents Paragraf issued, which
// verify-pdf recognises, and the package's register lists them.
using IssuePdf = std::function<Status(const DocumentRequest& request, const ArchiveFile& pdf)>;
Result<QList<ArchiveFile>> meetingFiles(const MeetingRecord& record,
                                        const QList<IssuedDocument>& issued, const QString& folder,
                                        const IssuePdf& issue = {});

// The folder of each meeting inside the representation: its date, and -2, -3 … for a second
// meeting on the same day, so that no name comes from what a user typed.
QStringList meetingFolders(const QList<MeetingRecord>& records);

// The body's register of issued documents for the meetings of the package, as tab-separated
// UTF-8 text with a header line.
ArchiveFile issuedRegister(const QList<MeetingRecord>& records,
                           const QList<QList<IssuedDocument>>& issued);

// documentation/om-paketet.txt: what the package holds and how to check it, in Swedish.
ArchiveFile packageDocumentation(const QString& bodyName, const QStringList& meetingLines);

// The package's root folder name (its OBJID): only a-z, 0-9 and hyphens, made from the body's
// name and the year, so that no name typed by a user can leave the output folder.
QString packageName(const QString& bodyName, const QString& what);

} // namespace paragraf
