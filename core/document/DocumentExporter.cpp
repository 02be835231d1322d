#include "DocumentExporter.h"

#include "DocumentBuilder.h"
#include "PageGeometry.h"
#include "PagedDocument.h"
#include "PdfMetadata.h"
#include "adjustment/CanonicalForm.h"
#include "i18n/TrContexts.h"
#include "io/AtomicFile.h"
#include "model/Codes.h"
#include "text/AdjustmentParts.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QTextDocumentWriter>
#include <QTimeZone>

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

Result<QByteArray> paintPdf(BuiltDocument& built, const PdfFacts& facts, const QDateTime& created) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setResolution(pdfResolution);
    writer.setPageLayout(PageGeometry::pageLayout());
    writer.setCreator(QStringLiteral("Paragraf"));
    writer.setTitle(facts.title);
    writer.setDocumentXmpMetadata(xmpPacket(facts, created));
    PagedDocument paged(built, writer);
    if (!paged.paint(writer))
        return fail(DocumentText::tr("The PDF could not be drawn."));
    return buffer.data();
}

using Builder = std::function<Result<std::unique_ptr<BuiltDocument>>()>;

Status writePdf(const Builder& build, const std::function<PdfFacts(const BuiltDocument&)>& factsOf,
                QIODevice& out) {
    // PDF/A wants the XMP creation date equal to the one Qt stamps into the Info dictionary when
    // painting begins; if the clock turned a second in between, the document is drawn again.
    for (int attempt = 0; attempt < 3; ++attempt) {
        const auto built = build();
        if (!built)
            return fail(built.error());
        const PdfFacts facts = factsOf(*built.value());
        const QDateTime created = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(),
                                                                QTimeZone::systemTimeZone());
        auto pdf = paintPdf(*built.value(), facts, created);
        if (!pdf)
            return fail(pdf.error());
        if (infoCreationStamp(pdf.value()) != created.toString(QStringLiteral("yyyyMMddHHmmss")))
            continue;
        if (out.write(pdf.value()) != pdf->size())
            return fail(DocumentText::tr("The PDF could not be written."));
        return {};
    }
    return fail(DocumentText::tr("The PDF's creation date could not be made consistent."));
}

Status writePdf(const MeetingRecord& record, const DocumentRequest& request, QIODevice& out) {
    return writePdf([&] { return buildDocument(record, request, true); },
                    [&](const BuiltDocument& built) {
                        return pdfFactsOf(record, request, built.metadataTitle);
                    },
                    out);
}

// Made in memory, then saved atomically: a failed export leaves an earlier file as it was.
Status saveFile(const QString& path, const std::function<Status(QIODevice&)>& write) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (const Status written = write(buffer); !written)
        return written;
    return saveAtomically(path, buffer.data());
}

Status writeOdt(const MeetingRecord& record, const DocumentRequest& request, QIODevice& out) {
    // A flowing document: no page numbers to fill in.
    const auto built = buildDocument(record, request, false);
    if (!built)
        return fail(built.error());
    // The ODF writer closes its device when done: write to a buffer of its own first.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(built.value()->text.get()) ||
        out.write(buffer.data()) != buffer.data().size())
        return fail(DocumentText::tr("The ODT document could not be written."));
    return {};
}

} // namespace

Status exportDocument(const MeetingRecord& record, const DocumentRequest& request,
                      DocumentFormat format, const QString& path) {
    return saveFile(path, [&](QIODevice& out) {
        return format == DocumentFormat::Pdf ? writePdf(record, request, out)
                                             : writeOdt(record, request, out);
    });
}

Status exportPdf(const std::function<std::unique_ptr<BuiltDocument>()>& build,
                 const QString& path) {
    return saveFile(path, [&](QIODevice& out) {
        return writePdf([&]() -> Result<std::unique_ptr<BuiltDocument>> { return build(); },
                        [](const BuiltDocument& built) {
                            return PdfFacts{built.metadataTitle, {}, std::nullopt};
                        },
                        out);
    });
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
