// How export time and memory grow with the size of a protocol: seed 001's November meeting with
// its paragraphs repeated to 100, 200, 400 and 800 (each with its sections, decision,
// proceedings and follow-up), exported as PDF/A. Each size runs in a fresh process of its own
// (three times; the median time is reported) so that its peak resident memory is its own.
// Prints a table of time and peak memory, per page, and the growth exponent: the slope of
// log(time) against log(paragraphs) fitted by least squares (1 is linear).
//   bench_export_scaling               the table
//   bench_export_scaling --one N       one export of N paragraphs: "ms pages peak_kib"
//   … --one N --unbroken CHARS         with a word of CHARS letters and no space in § 1's text
#include "demo/DemoData.h"
#include "document/DocumentExporter.h"
#include "services/MeetingService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sys/resource.h>

using namespace paragraf;

namespace {

constexpr Id seedMeeting = 6;

// The meeting with its paragraphs repeated until there are `count`, numbered 1, 2, …
MeetingRecord grown(const MeetingRecord& seed, int count) {
    MeetingRecord record = seed;
    record.paragraphs.clear();
    for (int i = 0; i < count; ++i) {
        Paragraph p = seed.paragraphs[i % seed.paragraphs.size()];
        if (i >= seed.paragraphs.size())
            p.id = 1000000 + i;
        p.number = i + 1;
        p.position = i;
        p.title = QStringLiteral("%1 (%2)").arg(p.title).arg(i + 1);
        record.paragraphs << p;
    }
    return record;
}

int pagesOf(const QByteArray& pdf) {
    int pages = 0;
    for (qsizetype at = pdf.indexOf("/Type /Page"); at >= 0;
         at = pdf.indexOf("/Type /Page", at + 1))
        if (pdf.mid(at + 11, 1) != "s")
            ++pages;
    return pages;
}

int exportOnce(int count, int unbroken) {
    QTemporaryDir dir;
    auto database = Database::create(dir.filePath(QStringLiteral("seed.paragraf")));
    if (!database || !buildDemo(*database.value()))
        return 1;
    const auto seed = MeetingService(*database.value()).load(seedMeeting);
    if (!seed)
        return 1;
    MeetingRecord record = grown(seed.value(), count);
    // The worst text for line breaking: one word as long as a field may be, in the body's name,
    // a title and a section.
    if (unbroken > 0) {
        const QString word(unbroken, QLatin1Char('x'));
        record.body.name = word.left(200);
        record.paragraphs[0].title = word.left(500);
        record.paragraphs[0].sections[0].text = word;
    }
    QElapsedTimer timer;
    timer.start();
    const auto pdf = renderDocument(record, {}, DocumentFormat::Pdf);
    const qint64 elapsed = timer.elapsed();
    if (!pdf) {
        std::fprintf(stderr, "%s\n", qPrintable(pdf.error()));
        return 1;
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("%lld %d %ld\n", static_cast<long long>(elapsed), pagesOf(pdf.value()),
                usage.ru_maxrss);
    return 0;
}

struct Run {
    double ms = 0;
    int pages = 0;
    double peakMiB = 0;
};

bool runChild(int count, Run& run) {
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--one"), QString::number(count)});
    if (!child.waitForFinished(30 * 60 * 1000) || child.exitCode() != 0)
        return false;
    const QStringList fields =
        QString::fromLatin1(child.readAllStandardOutput()).simplified().split(QLatin1Char(' '));
    if (fields.size() != 3)
        return false;
    run = {fields[0].toDouble(), fields[1].toInt(), fields[2].toDouble() / 1024.0};
    return true;
}

int table() {
    const QList<int> sizes{100, 200, 400, 800};
    QList<double> xs, ys, pages, peaks;
    std::printf("| paragraphs | pages | time | time per page | peak memory | memory per page |\n"
                "|---|---|---|---|---|---|\n");
    for (int count : sizes) {
        QList<Run> runs;
        for (int repeat = 0; repeat < 3; ++repeat) {
            Run run;
            if (!runChild(count, run)) {
                std::fprintf(stderr, "the export of %d paragraphs failed\n", count);
                return 1;
            }
            runs << run;
        }
        std::sort(runs.begin(), runs.end(), [](const Run& a, const Run& b) { return a.ms < b.ms; });
        const Run& median = runs[1];
        std::printf("| %d | %d | %.0f ms | %.2f ms | %.1f MiB | %.3f MiB |\n", count, median.pages,
                    median.ms, median.ms / median.pages, median.peakMiB,
                    median.peakMiB / median.pages);
        std::fflush(stdout);
        xs << std::log(count);
        ys << std::log(median.ms);
        pages << median.pages;
        peaks << median.peakMiB;
    }
    // Least squares: slope of log(time) over log(paragraphs), and of memory over pages (what
    // each page adds beyond the program's fixed share).
    const auto slope = [](const QList<double>& x, const QList<double>& y) {
        double mx = 0, my = 0;
        for (int i = 0; i < x.size(); ++i) {
            mx += x[i] / x.size();
            my += y[i] / y.size();
        }
        double sxy = 0, sxx = 0;
        for (int i = 0; i < x.size(); ++i) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        return sxy / sxx;
    };
    const double exponent = slope(xs, ys);
    std::printf("\npeak memory grows by %.1f KiB per page (least squares over pages)",
                slope(pages, peaks) * 1024.0);
    std::printf("\ngrowth exponent (least squares, log time over log paragraphs): %.3f%s\n",
                exponent, exponent <= 1.1 ? "" : "  -- above 1.1");
    return exponent <= 1.1 ? 0 : 1;
}

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    if (argc >= 3 && QByteArray(argv[1]) == "--one")
        return exportOnce(
            QByteArray(argv[2]).toInt(),
            argc == 5 && QByteArray(argv[3]) == "--unbroken" ? QByteArray(argv[4]).toInt() : 0);
    return table();
}
