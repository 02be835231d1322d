// Search across the generated ten years (docs/search.md): ranked search through the index, with
// snippets, against `grep -ri` over the same text exported to plain files (one file per meeting),
// in the same run; the per-keystroke time of the desk's search (each prefix of a typed query);
// and the size of the index. Release build: bench_search [--benchmark_filter=…].
#include "LargeDatabase.h"
#include "services/SearchService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <benchmark/benchmark.h>

using namespace paragraf;

namespace {

const QStringList queries = {QStringLiteral("skola"),         QStringLiteral("bygglov"),
                             QStringLiteral("simhallens"),    QStringLiteral("detaljplan Hallen"),
                             QStringLiteral("förvaltningen"), QStringLiteral("kärnkraftverk")};

QString exportFolder() {
    return QDir::temp().filePath(QStringLiteral("paragraf-search-export"));
}

// Every indexed text of the file, one plain file per meeting, as grep would be given them.
void exportText(const Database& database) {
    QDir folder(exportFolder());
    folder.removeRecursively();
    QDir().mkpath(folder.path());
    QSqlQuery query(database.connection());
    query.exec(
        QStringLiteral("SELECT meeting_id, text FROM paragraf_search ORDER BY meeting_id, id"));
    QFile file;
    qint64 meeting = -1;
    while (query.next()) {
        if (query.value(0).toLongLong() != meeting) {
            meeting = query.value(0).toLongLong();
            file.close();
            file.setFileName(folder.filePath(QStringLiteral("meeting-%1.txt").arg(meeting)));
            file.open(QIODevice::WriteOnly);
        }
        file.write(query.value(1).toString().toUtf8() + '\n');
    }
}

void reportIndexSize(const Database& database) {
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT name, SUM(pgsize) FROM dbstat WHERE name LIKE "
                              "'paragraf_search%' GROUP BY name ORDER BY name"));
    qint64 total = 0;
    while (query.next()) {
        std::fprintf(stderr, "index part %s: %.1f MB\n", qPrintable(query.value(0).toString()),
                     query.value(1).toLongLong() / 1e6);
        total += query.value(1).toLongLong();
    }
    query.exec(QStringLiteral("SELECT SUM(pgsize) FROM dbstat"));
    query.next();
    std::fprintf(stderr, "index in all: %.1f MB of a %.1f MB file\n", total / 1e6,
                 query.value(0).toLongLong() / 1e6);
}

void BM_Search(benchmark::State& state) {
    auto database = Database::open(bench::largeDatabasePath());
    const SearchService search(*database.value());
    SearchRequest request;
    request.text = queries[state.range(0)];
    qsizetype found = 0;
    for (auto _ : state) {
        const auto hits = search.search(request);
        found = hits ? hits->size() : -1;
    }
    state.SetLabel(request.text.toStdString() + ", " + std::to_string(found) + " shown");
}

// grep -ri for each word of the query, as a person would try; it cannot rank or combine.
void BM_Grep(benchmark::State& state) {
    const QStringList words = queries[state.range(0)].split(QLatin1Char(' '));
    for (auto _ : state)
        for (const QString& word : words) {
            QProcess grep;
            grep.setStandardOutputFile(QProcess::nullDevice());
            grep.start(QStringLiteral("grep"), {QStringLiteral("-ri"), word, exportFolder()});
            grep.waitForFinished(-1);
        }
    state.SetLabel(queries[state.range(0)].toStdString());
}

// Each prefix of a query typed at the desk is one search (what the dialog runs per keystroke).
void BM_Keystroke(benchmark::State& state) {
    auto database = Database::open(bench::largeDatabasePath());
    const SearchService search(*database.value());
    const QString typed = QStringLiteral("simhallens renovering");
    const int length = int(state.range(0));
    SearchRequest request;
    request.text = typed.left(length);
    for (auto _ : state)
        benchmark::DoNotOptimize(search.search(request));
    state.SetLabel(request.text.toStdString());
}

BENCHMARK(BM_Grep)->DenseRange(0, 5)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Search)->DenseRange(0, 5)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Keystroke)->DenseRange(3, 21, 3)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    if (auto status = bench::ensureLargeDatabase(bench::largeDatabasePath()); !status) {
        std::fprintf(stderr, "%s\n", qPrintable(status.error()));
        return 1;
    }
    {
        auto database = Database::open(bench::largeDatabasePath());
        if (!database) {
            std::fprintf(stderr, "%s\n", qPrintable(database.error()));
            return 1;
        }
        exportText(*database.value());
        reportIndexSize(*database.value());
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
