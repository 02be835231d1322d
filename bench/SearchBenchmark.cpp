// Search across the generated ten years (docs/search.md): ranked search through the index, with
// snippets, against `grep -ri` over the same text exported to plain files (one file per meeting),
// in the same run; the per-keystroke time of the desk's search (each prefix of a typed query);
// and the size of the index. Release build: bench_search [--benchmark_filter=…].
#include "LargeDatabase.h"
#include "services/SearchService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QSqlDatabase>
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

// The index's parts (dbstat) of the file at `path`, and the text they index.
void reportIndexSize(const QString& label, const QString& path) {
    auto database = Database::open(path);
    if (!database)
        return;
    QSqlQuery query(database.value()->connection());
    query.exec(QStringLiteral("SELECT name, SUM(pgsize) FROM dbstat WHERE name LIKE "
                              "'paragraf_search%' GROUP BY name ORDER BY name"));
    qint64 total = 0;
    qint64 fts = 0;
    while (query.next()) {
        const QString name = query.value(0).toString();
        const qint64 size = query.value(1).toLongLong();
        std::fprintf(stderr, "  %s: %.1f MB\n", qPrintable(name), size / 1e6);
        total += size;
        fts += name.startsWith(QLatin1String("paragraf_search_words")) ||
                       name.startsWith(QLatin1String("paragraf_search_term"))
                   ? size
                   : 0;
    }
    query.exec(QStringLiteral("SELECT SUM(pgsize) FROM dbstat"));
    query.next();
    const qint64 file = query.value(0).toLongLong();
    query.exec(QStringLiteral("SELECT COUNT(*), SUM(length(CAST(text AS BLOB))) FROM"
                              " paragraf_search"));
    query.next();
    std::fprintf(
        stderr,
        "%s: %lld indexed texts, %.1f MB of text; word index and words %.1f MB, search tables"
        " in all %.1f MB, of a %.1f MB file\n",
        qPrintable(label), query.value(0).toLongLong(), query.value(1).toLongLong() / 1e6,
        fts / 1e6, total / 1e6, file / 1e6);
}

// A freshly generated file has every row in the queue: the first search indexes them all.
void catchUp(const QString& label, const QString& path) {
    auto database = Database::open(path);
    if (!database)
        return;
    QElapsedTimer timer;
    timer.start();
    SearchRequest request;
    request.text = QStringLiteral("skola");
    (void)SearchService(*database.value()).search(request);
    std::fprintf(stderr, "%s: first search (indexing what the queue holds) %lld ms\n",
                 qPrintable(label), timer.elapsed());
}

// Smaller files of the same shape, for how the index grows with the years.
QString yearsPath(int years) {
    return QDir::temp().filePath(QStringLiteral("paragraf-search-%1y.paragraf").arg(years));
}

// A real archive has more different words than the generated one (315): the one year with
// `extra` made-up words added to its sections, one in a thousand holding "skol" inside it, so
// the words looked for inside words grow as a larger vocabulary would make them.
QString wordsPath(int extra) {
    return QDir::temp().filePath(QStringLiteral("paragraf-search-words-%1.paragraf").arg(extra));
}

QString madeUpWord(int index) {
    QString word = QStringLiteral("qx");
    for (int rest = index; rest > 0 || word.size() < 5; rest /= 26)
        word += QChar(u'a' + rest % 26);
    return index % 1000 == 0 ? word + QStringLiteral("skolhus") : word;
}

void ensureManyWords(int extra) {
    const QString path = wordsPath(extra);
    if (QFile::exists(path))
        return;
    QFile::copy(yearsPath(1), path);
    auto database = Database::open(path);
    QSqlQuery query(database.value()->connection());
    query.exec(QStringLiteral("SELECT COUNT(*) FROM paragraph_section"));
    query.next();
    const int sections = query.value(0).toInt();
    query.exec(QStringLiteral("BEGIN"));
    query.prepare(QStringLiteral("UPDATE paragraph_section SET text = text || ' ' || ? WHERE id"
                                 " = (SELECT id FROM paragraph_section ORDER BY id LIMIT 1"
                                 " OFFSET ?)"));
    for (int first = 0; first < extra; first += 100) {
        QStringList words;
        for (int index = first; index < std::min(extra, first + 100); ++index)
            words << madeUpWord(index);
        query.addBindValue(words.join(QLatin1Char(' ')));
        query.addBindValue((first / 100) % sections);
        query.exec();
    }
    QSqlQuery(database.value()->connection()).exec(QStringLiteral("COMMIT"));
    SearchRequest request;
    request.text = QStringLiteral("skola");
    (void)SearchService(*database.value()).search(request); // the queue applied
}

// The one year with 0, 10,000, 100,000 and 300,000 more words: "skola" (the words inside which
// it stands grow with them) and "bygglov".
void BM_ManyWords(benchmark::State& state) {
    const int extra = int(state.range(0));
    auto database = Database::open(extra == 0 ? yearsPath(1) : wordsPath(extra));
    const SearchService search(*database.value());
    SearchRequest request;
    request.text = state.range(1) == 0 ? QStringLiteral("skola") : QStringLiteral("bygglov");
    qsizetype found = 0;
    for (auto _ : state) {
        const auto hits = search.search(request);
        found = hits ? hits->size() : -1;
    }
    state.SetLabel(request.text.toStdString() + " among " + std::to_string(extra) +
                   " more words, " + std::to_string(found) + " shown");
}

// A section edited, then a search (the queue applied, the catalogue brought up to date and the
// meetings' and paragraphs' facts read again), on a copy of the one, five or ten years.
void BM_SearchAfterEdit(benchmark::State& state) {
    const int years = int(state.range(0));
    const QString copy = QDir::temp().filePath(QStringLiteral("paragraf-search-edit.paragraf"));
    QFile::remove(copy);
    QFile::copy(years == 10 ? bench::largeDatabasePath() : yearsPath(years), copy);
    auto database = Database::open(copy);
    const SearchService search(*database.value());
    SearchRequest request;
    request.text = QStringLiteral("skola");
    (void)search.search(request); // the catalogue read whole once, as at the desk
    QSqlQuery edit(database.value()->connection());
    edit.prepare(QStringLiteral("UPDATE paragraph_section SET text = ? WHERE id = (SELECT"
                                " MIN(id) FROM paragraph_section)"));
    int round = 0;
    for (auto _ : state) {
        edit.addBindValue(QStringLiteral("Skolskjutsen ändras, omgång %1.").arg(++round));
        edit.exec();
        benchmark::DoNotOptimize(search.search(request));
    }
    state.SetLabel(std::to_string(years) + " years");
}

// A copy of the ten years opened where it cannot be written, with `waiting` rows changed since its
// index was brought up to date (the queue names them, with the text the index holds), or with
// its index not Paragraf's own (-1): every row read, as such a file with changes waiting was
// searched before session 15.
QString waitingPath(int waiting) {
    return QDir::temp().filePath(
        QStringLiteral("paragraf-search-waiting-%1.paragraf").arg(waiting));
}

void ensureWaiting(int waiting) {
    const QString path = waitingPath(waiting);
    if (QFile::exists(path))
        return;
    QFile::copy(bench::largeDatabasePath(), path);
    const QString name = QStringLiteral("waiting-%1").arg(waiting);
    {
        // Another SQLite client's connection: Paragraf's own would index the queue as it closes.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        raw.open();
        QSqlQuery query(raw);
        if (waiting < 0) {
            query.exec(QStringLiteral("DROP VIEW paragraf_search_folded"));
            query.exec(QStringLiteral("CREATE VIEW paragraf_search_folded AS SELECT id, text AS"
                                      " folded FROM paragraf_search"));
        }
        if (waiting > 0)
            query.exec(QStringLiteral("INSERT INTO paragraf_search_queue (id, indexed) SELECT id,"
                                      " text FROM paragraf_search ORDER BY id LIMIT %1")
                           .arg(waiting));
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void BM_WriteProtected(benchmark::State& state) {
    const int waiting = int(state.range(0));
    auto database = Database::open(waitingPath(waiting), Database::Check::Later); // reads only
    const SearchService search(*database.value());
    SearchRequest request;
    request.text =
        state.range(1) == 0 ? QStringLiteral("skola") : QStringLiteral("detaljplan Hallen");
    (void)search.search(request); // the catalogue read once, as at the desk
    qsizetype found = 0;
    for (auto _ : state) {
        const auto hits = search.search(request);
        found = hits ? hits->size() : -1;
    }
    state.SetLabel(
        request.text.toStdString() + ", " +
        (waiting < 0 ? std::string("every row read") : std::to_string(waiting) + " rows waiting") +
        ", " + std::to_string(found) + " shown");
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
// Its output goes to a file (see below).
void BM_Grep(benchmark::State& state) {
    const QStringList words = queries[state.range(0)].split(QLatin1Char(' '));
    for (auto _ : state)
        for (const QString& word : words) {
            QProcess grep;
            // Into a file, as a person reads it: GNU grep writing to /dev/null stops at the
            // first match (as -q), which measured only how soon it found one.
            grep.setStandardOutputFile(QDir::temp().filePath(QStringLiteral("grep-out.txt")));
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

// The console report, and grep's time over the ranked search's for each query.
class RatioReporter : public benchmark::ConsoleReporter {
public:
    void ReportRuns(const std::vector<Run>& runs) override {
        ConsoleReporter::ReportRuns(runs);
        for (const Run& run : runs)
            if (run.iterations > 0 && run.run_type == Run::RT_Iteration)
                wall[QString::fromStdString(run.run_name.function_name + "/" + run.run_name.args)] =
                    run.real_accumulated_time / static_cast<double>(run.iterations);
    }
    void printRatios() const {
        std::printf("\n%-22s %10s %10s %8s\n", "query", "grep ms", "search ms", "grep/search");
        for (int i = 0; i < queries.size(); ++i) {
            const double grep = wall.value(QStringLiteral("BM_Grep/%1").arg(i));
            const double search = wall.value(QStringLiteral("BM_Search/%1").arg(i));
            std::printf("%-22s %10.1f %10.1f %7.1fx\n", qPrintable(queries[i]), grep * 1e3,
                        search * 1e3, search > 0 ? grep / search : 0.0);
        }
    }

private:
    QMap<QString, double> wall;
};

BENCHMARK(BM_Grep)->DenseRange(0, 5)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Search)->DenseRange(0, 5)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Keystroke)->DenseRange(3, 21, 3)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_SearchAfterEdit)
    ->Arg(1)
    ->Arg(5)
    ->Arg(10)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_WriteProtected)
    ->ArgsProduct({{0, 100, 1000, 10000, -1}, {0, 1}})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_ManyWords)
    ->ArgsProduct({{0, 10000, 100000, 300000}, {0, 1}})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

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
    }
    catchUp(QStringLiteral("10 years"), bench::largeDatabasePath());
    for (int years : {1, 5}) {
        bench::LargeDatabaseShape shape;
        shape.years = years;
        if (auto status = bench::ensureLargeDatabase(yearsPath(years), shape); !status) {
            std::fprintf(stderr, "%s\n", qPrintable(status.error()));
            return 1;
        }
        catchUp(QStringLiteral("%1 years").arg(years), yearsPath(years));
        reportIndexSize(QStringLiteral("%1 years").arg(years), yearsPath(years));
    }
    reportIndexSize(QStringLiteral("10 years"), bench::largeDatabasePath());
    for (int extra : {10000, 100000, 300000})
        ensureManyWords(extra);
    for (int waiting : {0, 100, 1000, 10000, -1})
        ensureWaiting(waiting);
    benchmark::Initialize(&argc, argv);
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    reporter.printRatios();
    benchmark::Shutdown();
    return 0;
}
