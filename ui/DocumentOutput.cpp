#include "DocumentOutput.h"

#include "Dialogs.h"
#include "document/DocumentExporter.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

using namespace paragraf;

namespace DocumentOutput {

namespace {
void paintOn(QPrinter* printer, const MeetingRecord& record) {
    printer->setFullPage(true);
    (void)paintDocument(record, {}, *printer);
}
} // namespace

void printPreview(QWidget* parent, const MeetingRecord& record) {
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, parent);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, parent,
                     [&record](QPrinter* target) { paintOn(target, record); });
    preview.resize(900, 1000);
    preview.exec();
}

void print(QWidget* parent, const MeetingRecord& record) {
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() == QDialog::Accepted)
        paintOn(&printer, record);
}

void exportTo(QWidget* parent, const MeetingRecord& record, DocumentFormat format,
              const DocumentRequest& request) {
    const bool pdf = format == DocumentFormat::Pdf;
    QString path = Dialogs::saveFileName(parent, QObject::tr("Export protocol"),
                                         pdf ? QObject::tr("PDF/A documents (*.pdf)")
                                             : QObject::tr("OpenDocument text (*.odt)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += pdf ? QStringLiteral(".pdf") : QStringLiteral(".odt");
    QProgressDialog progress(QObject::tr("Exporting %1 …").arg(QFileInfo(path).fileName()),
                             QString(), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QFutureWatcher<Status> watcher;
    QObject::connect(&watcher, &QFutureWatcher<Status>::finished, &progress,
                     &QProgressDialog::reset);
    watcher.setFuture(QtConcurrent::run(
        [record, format, path, request] { return exportDocument(record, request, format, path); }));
    progress.exec();
    watcher.waitForFinished();
    const Status status = watcher.result();
    if (!status)
        Dialogs::warning(parent, QObject::tr("Export failed"), status.error());
    else
        Dialogs::information(parent, QObject::tr("Exported"),
                             QObject::tr("The protocol was saved as %1.").arg(path));
}

} // namespace DocumentOutput
