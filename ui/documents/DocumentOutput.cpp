#include "DocumentOutput.h"

#include "adjustment/IssuedDocumentService.h"
#include "common/Dialogs.h"
#include "document/DocumentExporter.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

using namespace paragraf;

namespace DocumentOutput {

namespace {
// "Protokoll Socialnämnden 2024-11-11.pdf": what the document is, whose and when, without the
// characters a file name cannot hold.
QString suggestedFileName(const MeetingRecord& record, const QString& suffix) {
    QString name = QStringLiteral("Protokoll %1 %2")
                       .arg(record.body.name, record.meeting.date.toString(Qt::ISODate));
    static const QRegularExpression forbidden(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f]"));
    name.replace(forbidden, QStringLiteral("-"));
    return name.simplified() + QLatin1Char('.') + suffix;
}

} // namespace

Status printOn(QPrinter& printer, const MeetingRecord& record) {
    printer.setFullPage(true);
    const Status painted = paintDocument(record, {}, printer);
    if (painted)
        return {};
    const QString where =
        printer.outputFileName().isEmpty() ? printer.printerName() : printer.outputFileName();
    return fail(QObject::tr("The protocol was not printed on %1: %2 Check the printer (or the "
                            "file and its folder) and try again.")
                    .arg(where, painted.error()));
}

void printPreview(QWidget* parent, const MeetingRecord& record) {
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, parent);
    // A preview that cannot be drawn is closed at once, and the message says why (not from
    // inside the preview's own painting).
    QString failure;
    QObject::connect(
        &preview, &QPrintPreviewDialog::paintRequested, parent,
        [&record, &failure, &preview](QPrinter* target) {
            if (const Status painted = printOn(*target, record); !painted && failure.isEmpty()) {
                failure = painted.error();
                QMetaObject::invokeMethod(&preview, &QDialog::reject, Qt::QueuedConnection);
            }
        });
    preview.resize(900, 1000);
    preview.exec();
    if (!failure.isEmpty())
        Dialogs::warning(parent, QObject::tr("The preview cannot be shown"), failure);
}

void print(QWidget* parent, const MeetingRecord& record) {
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status printed = printOn(printer, record); !printed)
        Dialogs::warning(parent, QObject::tr("Printing failed"), printed.error());
}

void exportTo(QWidget* parent, const Database& database, const MeetingRecord& record,
              DocumentFormat format, const DocumentRequest& request) {
    const bool pdf = format == DocumentFormat::Pdf;
    QString path = Dialogs::saveFileName(
        parent, QObject::tr("Export protocol"),
        pdf ? QObject::tr("PDF/A documents (*.pdf)") : QObject::tr("OpenDocument text (*.odt)"),
        suggestedFileName(record, pdf ? QStringLiteral("pdf") : QStringLiteral("odt")));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += pdf ? QStringLiteral(".pdf") : QStringLiteral(".odt");
    QProgressDialog progress(QObject::tr("Exporting %1 …").arg(QFileInfo(path).fileName()),
                             QString(), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    // Made beside the window; entered in the register and written here, where the database
    // connection lives (an entry that fails leaves any earlier file as it was).
    QFutureWatcher<Result<QByteArray>> watcher;
    QObject::connect(&watcher, &QFutureWatcher<Result<QByteArray>>::finished, &progress,
                     &QProgressDialog::reset);
    watcher.setFuture(QtConcurrent::run(
        [record, format, request] { return renderDocument(record, request, format); }));
    progress.exec();
    watcher.waitForFinished();
    const Result<QByteArray> rendered = watcher.result();
    const Result<ExportedFile> written =
        rendered ? issueRendered(database, record, request, format, path, rendered.value())
                 : Result<ExportedFile>(rendered.failure());
    if (!written) {
        Dialogs::warning(parent, QObject::tr("Export failed"), written.error());
        return;
    }
    Dialogs::information(parent, QObject::tr("Exported"),
                         QObject::tr("The protocol was saved as %1.").arg(path));
}

} // namespace DocumentOutput
