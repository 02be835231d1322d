// Exporting the 200-paragraph protocol of the large database as PDF/A, against the plainest Qt
// route: one QTextDocument from equivalent HTML printed straight to a QPdfWriter, with no
// running heads, no contents pass and no keeping of headings with their text.
//   bench_export                       Google Benchmark, both in one run
//   bench_export --peak-memory MODE    one export in this process (MODE paragraf or baseline),
//                                      then its peak resident memory in KiB
#include "LargeDatabase.h"
#include "document/DocumentExporter.h"
#include "services/MeetingService.h"
#include "storage/Database.h"
#include "text/MeetingText.h"

#include <QDir>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTextDocument>
#include <benchmark/benchmark.h>
#include <sys/resource.h>

using namespace paragraf;

namespace {

QString outPath() {
    return QDir::temp().filePath(QStringLiteral("paragraf-bench-export.pdf"));
}

MeetingRecord loadLongMeeting(const Database& database) {
    return MeetingService(database).load(bench::longMeetingId).value();
}

QString equivalentHtml(const MeetingRecord& record) {
    QString html =
        QStringLiteral("<h1>%1</h1><p>PROTOKOLL %2</p><table>")
            .arg(record.body.name.toHtmlEscaped(), record.meeting.date.toString(Qt::ISODate));
    for (const auto& row : protocolHeaderRows(record))
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(row.label.toHtmlEscaped(), row.values.join(QStringLiteral("<br>")));
    html += QStringLiteral("</table>");
    for (const auto& p : record.paragraphs) {
        html += QStringLiteral("<h2>§ %1 %2</h2>").arg(p.number).arg(p.title.toHtmlEscaped());
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(record.body.decisionHeading.toHtmlEscaped(), p.decision.toHtmlEscaped());
        for (const auto& s : p.sections)
            html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                        .arg(s.heading.toHtmlEscaped(), s.text.toHtmlEscaped());
    }
    return html;
}

bool exportParagraf(const MeetingRecord& record) {
    return exportDocument(record, {}, DocumentFormat::Pdf, outPath()).ok();
}

bool exportBaseline(const MeetingRecord& record) {
    QPdfWriter writer(outPath());
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    QTextDocument document;
    document.setHtml(equivalentHtml(record));
    document.print(&writer);
    return true;
}

template <bool (*Export)(const MeetingRecord&)> void runExport(benchmark::State& state) {
    auto database = Database::open(bench::largeDatabasePath());
    if (!database) {
        state.SkipWithError(database.error().toUtf8().constData());
        return;
    }
    for (auto _ : state) {
        // Loading is part of an export from the database, on both sides.
        const MeetingRecord record = loadLongMeeting(*database.value());
        if (!Export(record)) {
            state.SkipWithError("export failed");
            break;
        }
    }
}

void BM_BaselineQtHtmlToPdf(benchmark::State& state) {
    runExport<exportBaseline>(state);
}
void BM_ParagrafProtocolPdf(benchmark::State& state) {
    runExport<exportParagraf>(state);
}
BENCHMARK(BM_BaselineQtHtmlToPdf)->Unit(benchmark::kMillisecond)->MinTime(5.0);
BENCHMARK(BM_ParagrafProtocolPdf)->Unit(benchmark::kMillisecond)->MinTime(5.0);

int peakMemory(const QString& mode) {
    auto database = Database::open(bench::largeDatabasePath());
    if (!database)
        return 1;
    const MeetingRecord record = loadLongMeeting(*database.value());
    const bool ok =
        mode == QLatin1String("baseline") ? exportBaseline(record) : exportParagraf(record);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("%s peak_rss_kib %ld\n", qPrintable(mode), usage.ru_maxrss);
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    if (auto status = bench::ensureLargeDatabase(bench::largeDatabasePath()); !status) {
        std::fprintf(stderr, "%s\n", qPrintable(status.error()));
        return 1;
    }
    if (argc == 3 && QByteArray(argv[1]) == "--peak-memory")
        return peakMemory(QString::fromLocal8Bit(argv[2]));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
