// Time from process start to the window shown and idle: Paragraf opening the large database at
// its 200-paragraph meeting, against a bare Qt Widgets window, both as fresh processes.
#include "LargeDatabase.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

namespace {

void runProcess(benchmark::State& state, const QString& program, const QStringList& arguments) {
    QTemporaryDir config;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    for (auto _ : state) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(program, arguments);
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            state.SkipWithError("the program did not start and quit");
            break;
        }
    }
}

void BM_BareQtWindow(benchmark::State& state) {
    runProcess(state, QStringLiteral(BARE_WINDOW), {});
}

// Not the goal's baseline; shown beside it to tell Qt's font set-up from Paragraf's own work.
void BM_BareQtWindowWithText(benchmark::State& state) {
    runProcess(state, QStringLiteral(BARE_WINDOW), {QStringLiteral("--with-text")});
}

// Not the goal's case either: the window alone, opening a file with nothing in it, which tells
// what building the desk costs from what reading the large file beside it adds.
void BM_ParagrafWithEmptyFile(benchmark::State& state) {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("empty.paragraf"));
    if (!paragraf::Database::create(path)) {
        state.SkipWithError("the empty file cannot be made");
        return;
    }
    runProcess(state, QStringLiteral(PARAGRAF_GUI), {path, QStringLiteral("--quit-when-idle")});
}

void BM_ParagrafWithLargeDatabase(benchmark::State& state) {
    runProcess(state, QStringLiteral(PARAGRAF_GUI),
               {paragraf::bench::largeDatabasePath(), QStringLiteral("--meeting"),
                QString::number(paragraf::bench::longMeetingId),
                QStringLiteral("--quit-when-idle")});
}

// Real time: the work is in the child processes, so the CPU time of this one would make
// MinTime run thousands of starts.
BENCHMARK(BM_BareQtWindow)->Unit(benchmark::kMillisecond)->MinTime(3.0)->UseRealTime();
BENCHMARK(BM_BareQtWindowWithText)->Unit(benchmark::kMillisecond)->MinTime(3.0)->UseRealTime();
BENCHMARK(BM_ParagrafWithEmptyFile)->Unit(benchmark::kMillisecond)->MinTime(3.0)->UseRealTime();
BENCHMARK(BM_ParagrafWithLargeDatabase)->Unit(benchmark::kMillisecond)->MinTime(3.0)->UseRealTime();

} // namespace

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    if (auto status = paragraf::bench::ensureLargeDatabase(paragraf::bench::largeDatabasePath());
        !status) {
        std::fprintf(stderr, "%s\n", qPrintable(status.error()));
        return 1;
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
