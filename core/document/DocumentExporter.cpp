#include "DocumentExporter.h"

#include "DocumentBuilder.h"
#include "PageGeometry.h"
#include "PagedDocument.h"
#include "i18n/TrContexts.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocumentWriter>

namespace paragraf {
namespace {

constexpr int pdfResolution = 600;

Status writePdf(const MeetingRecord& record, const DocumentRequest& request, QIODevice& out) {
    QPdfWriter writer(&out);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setResolution(pdfResolution);
    writer.setPageLayout(PageGeometry::pageLayout());
    writer.setCreator(QStringLiteral("Paragraf"));
    const auto built = buildDocument(record, request, true);
    if (!built)
        return fail(built.error());
    writer.setTitle(built.value()->metadataTitle);
    PagedDocument paged(*built.value(), writer);
    if (!paged.paint(writer))
        return fail(DocumentText::tr("The PDF could not be drawn."));
    return {};
}

Status writeOdt(const MeetingRecord& record, const DocumentRequest& request, QIODevice& out) {
    // A flowing document: no page numbers to fill in.
    const auto built = buildDocument(record, request, false);
    if (!built)
        return fail(built.error());
    // The ODF writer closes its device when done, which QSaveFile forbids: write to memory first.
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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(DocumentText::tr("%1 cannot be written: %2").arg(path, file.errorString()));
    const Status written = format == DocumentFormat::Pdf ? writePdf(record, request, file)
                                                         : writeOdt(record, request, file);
    if (!written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return fail(DocumentText::tr("%1 cannot be written: %2").arg(path, file.errorString()));
    return {};
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
