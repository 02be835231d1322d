#include "DocumentExporter.h"

#include "DocumentBuilder.h"
#include "PageGeometry.h"
#include "PagedDocument.h"
#include "PdfMetadata.h"
#include "i18n/TrContexts.h"
#include "io/AtomicFile.h"
#include "model/Codes.h"
#include "text/AdjustmentParts.h"
#include "text/CanonicalForm.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QPdfWriter>
#include <QTextDocumentWriter>

namespace paragraf {
namespace {

constexpr int pdfResolution = 600;

PdfFacts pdfFactsOf(const MeetingRecord& record, const DocumentRequest& request,
                    const QString& title) {
    PdfFacts facts{title, {}, std::nullopt};
    const bool ofTheProtocol =
        request.kind == DocumentKind::Protocol || request.kind == DocumentKind::Extract;
    if (ofTheProtocol && isFrozen(record.meeting.status)) {
        facts.description = adjustmentSummary(record);
        facts.seal = ProtocolSeal{contentHash(record), codeOf(record.meeting.status),
                                  record.meeting.id, record.meeting.date};
    }
    return facts;
}

// Qt stamps the Info dictionary's creation date from the clock when painting begins; the XMP
// packet carries a placeholder that is filled from that stamp afterwards, so the two agree
// whatever the clock did while the pages were laid out and painted.
Result<QByteArray> paintPdf(BuiltDocument& built, const PdfFacts& facts) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    PdfFacts clean = facts;
    clean.title = metadataText(facts.title);
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(pdfResolution);
        writer.setPageLayout(PageGeometry::pageLayout());
        writer.setCreator(QStringLiteral("Paragraf"));
        writer.setTitle(clean.title);
        writer.setDocumentXmpMetadata(xmpPacket(clean));
        PagedDocument paged(built, writer);
        if (!paged.paint(writer))
            return fail(DocumentText::tr("The PDF could not be drawn."));
    }
    QByteArray pdf = buffer.data();
    if (!stampXmpDates(pdf))
        return fail(DocumentText::tr("The PDF's creation date could not be written into its "
                                     "metadata."));
    return pdf;
}

using Builder = std::function<Result<std::unique_ptr<BuiltDocument>>()>;

Result<QByteArray> renderPdf(const Builder& build,
                             const std::function<PdfFacts(const BuiltDocument&)>& factsOf) {
    const auto built = build();
    if (!built)
        return fail(built.error());
    return paintPdf(*built.value(), factsOf(*built.value()));
}

Result<QByteArray> renderPdf(const MeetingRecord& record, const DocumentRequest& request) {
    return renderPdf([&] { return buildDocument(record, request, true); },
                     [&](const BuiltDocument& built) {
                         return pdfFactsOf(record, request, built.metadataTitle);
                     });
}

// Made in memory, then saved atomically: a failed export leaves an earlier file as it was.
Status saveFile(const QString& path, const std::function<Status(QIODevice&)>& write) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (const Status written = write(buffer); !written)
        return written;
    return saveAtomically(path, buffer.data());
}

Result<QByteArray> renderOdt(const MeetingRecord& record, const DocumentRequest& request) {
    // A flowing document: no page numbers to fill in.
    const auto built = buildDocument(record, request, false);
    if (!built)
        return fail(built.error());
    // The ODF writer closes its device when done: write to a buffer of its own first.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(built.value()->text.get()))
        return fail(DocumentText::tr("The ODT document could not be written."));
    return buffer.data();
}

Status writeBytes(const QByteArray& bytes, QIODevice& out) {
    if (out.write(bytes) != bytes.size())
        return fail(DocumentText::tr("The document could not be written."));
    return {};
}

} // namespace

Result<QByteArray> renderDocument(const MeetingRecord& record, const DocumentRequest& request,
                                  DocumentFormat format) {
    return format == DocumentFormat::Pdf ? renderPdf(record, request) : renderOdt(record, request);
}

Result<ExportedFile> exportDocument(const MeetingRecord& record, const DocumentRequest& request,
                                    DocumentFormat format, const QString& path) {
    // Made in memory first, so that the bytes hashed for the register are the bytes written.
    const auto bytes = renderDocument(record, request, format);
    if (!bytes)
        return fail(bytes.error());
    if (const Status saved =
            saveFile(path, [&](QIODevice& out) { return writeBytes(bytes.value(), out); });
        !saved)
        return fail(saved.error());
    return ExportedFile{
        path,
        QString::fromLatin1(
            QCryptographicHash::hash(bytes.value(), QCryptographicHash::Sha256).toHex()),
        bytes->size()};
}

Status exportPdf(const std::function<std::unique_ptr<BuiltDocument>()>& build,
                 const QString& path) {
    const auto bytes =
        renderPdf([&]() -> Result<std::unique_ptr<BuiltDocument>> { return build(); },
                  [](const BuiltDocument& built) {
                      return PdfFacts{built.metadataTitle, {}, std::nullopt};
                  });
    if (!bytes)
        return fail(bytes.error());
    return saveFile(path, [&](QIODevice& out) { return writeBytes(bytes.value(), out); });
}

Status paintDocument(const MeetingRecord& record, const DocumentRequest& request,
                     QPagedPaintDevice& device) {
    device.setPageLayout(PageGeometry::pageLayout());
    const auto built = buildDocument(record, request, true);
    if (!built)
        return fail(built.error());
    PagedDocument paged(*built.value(), device);
    if (!paged.paint(device))
        return fail(DocumentText::tr("The document could not be drawn."));
    return {};
}

} // namespace paragraf
