#pragma once

#include "DocumentKind.h"
#include "Result.h"
#include "model/MeetingRecord.h"

#include <functional>
#include <memory>

class QPagedPaintDevice;

namespace paragraf {

// A file as it was written: the SHA-256 (64 lower-case hex digits) and size of its bytes.
struct ExportedFile {
    QString path;
    QString sha256;
    qint64 size = 0;
};

// A document of a meeting in memory: PDF/A-1b with embedded fonts, or ODT.
Result<QByteArray> renderDocument(const MeetingRecord& record, const DocumentRequest& request,
                                  DocumentFormat format);

// Writes a document of a meeting to a file: made in memory, hashed, then written to a temporary
// name and renamed when complete, so a failed export leaves any earlier file as it was. To
// enter the file in the register of issued documents, see IssuedDocumentService.
Result<ExportedFile> exportDocument(const MeetingRecord& record, const DocumentRequest& request,
                                    DocumentFormat format, const QString& path);

struct BuiltDocument;

// Writes a document that is not a meeting's (the overview of assignments) as PDF/A-1b, the same
// way.
Status exportPdf(const std::function<std::unique_ptr<BuiltDocument>()>& build, const QString& path);

// Paints a document on a device the caller has set up (the desk passes a QPrinter).
Status paintDocument(const MeetingRecord& record, const DocumentRequest& request,
                     QPagedPaintDevice& device);

} // namespace paragraf
