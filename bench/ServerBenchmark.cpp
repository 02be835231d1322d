// The server engine against its baselines, in the same run (issue 21): one section-text edit as
// the desk's writer commits it (compare-and-set in its own transaction) against a bare libpq
// single-row UPDATE transaction (BEGIN, UPDATE, COMMIT) over the same socket; and loading the
// long meeting from the server against loading it from the file. Meetings of 20, 200 and 800
// paragraphs, generated alike on both engines.
//
// The server is a throwaway one of scripts/pg-test-server.sh (started and stopped here), or
// the one PGSERVICEFILE names (service=paragraf-test, its administrator's login).
#include "LargeDatabase.h"
#include "model/MeetingRecord.h"
#include "services/MeetingService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QMap>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <libpq-fe.h>

using namespace paragraf;

namespace {

const int sizes[] = {20, 200, 800};

// The edit benchmarks write thousands of row versions; the load reads a copy of its own, made
// before they ran, so that it measures a meeting's rows and not the dead versions the edits left
// behind (autovacuum, which clears them on a desk's server, may or may not have run by then).
enum class Use { Edit, Load };

QByteArray databaseName(int paragraphs, Use use) {
    return (use == Use::Edit ? QByteArray("paragraf_bench_") : QByteArray("paragraf_bench_load_")) +
           QByteArray::number(paragraphs);
}

QString serverAddress(int paragraphs, Use use = Use::Edit) {
    return QStringLiteral("service=paragraf-test dbname=%1")
        .arg(QString::fromLatin1(databaseName(paragraphs, use)));
}

QString filePath(int paragraphs) {
    return QDir::temp().filePath(
        QStringLiteral("paragraf-server-bench-%1.paragraf").arg(paragraphs));
}

bench::LargeDatabaseShape shapeOf(int paragraphs) {
    bench::LargeDatabaseShape shape;
    shape.bodies = 1;
    shape.years = 1;
    shape.paragraphsPerMeeting = 10;
    shape.longMeetingParagraphs = paragraphs;
    return shape;
}

bool run(PGconn* connection, const char* sql) {
    PGresult* result = PQexec(connection, sql);
    const bool ok =
        PQresultStatus(result) == PGRES_COMMAND_OK || PQresultStatus(result) == PGRES_TUPLES_OK;
    if (!ok)
        std::fprintf(stderr, "%s: %s", sql, PQerrorMessage(connection));
    PQclear(result);
    return ok;
}

// A fresh database of each size on the server, and a file of the same shape.
Status prepare() {
    PGconn* admin = PQconnectdb("service=paragraf-test");
    if (PQstatus(admin) != CONNECTION_OK)
        return fail(QString::fromUtf8(PQerrorMessage(admin)));
    for (int size : sizes) {
        const QByteArray name = databaseName(size, Use::Edit);
        const QByteArray loaded = databaseName(size, Use::Load);
        run(admin, ("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)").constData());
        run(admin, ("DROP DATABASE IF EXISTS " + loaded + " WITH (FORCE)").constData());
        if (!run(admin, ("CREATE DATABASE " + name +
                         " TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'")
                            .constData()))
            return fail(QStringLiteral("cannot create %1").arg(QString::fromLatin1(name)));
        if (auto made = bench::generateLargeDatabase(serverAddress(size), shapeOf(size)); !made)
            return made;
        // The statistics autovacuum gathers within a minute of the writes on a server in use
        // (its plans depend on them); a database made a moment ago has none yet.
        PGconn* analyser = PQconnectdb(serverAddress(size).toUtf8().constData());
        const bool analysed = run(analyser, "ANALYZE");
        PQfinish(analyser);
        if (!analysed)
            return fail(QStringLiteral("cannot analyse %1").arg(QString::fromLatin1(name)));
        // A copy, statistics included, before any edit (the analyser's connection is closed).
        if (!run(admin, ("CREATE DATABASE " + loaded + " TEMPLATE " + name).constData()))
            return fail(QStringLiteral("cannot copy %1").arg(QString::fromLatin1(name)));
        if (auto made = bench::ensureLargeDatabase(filePath(size), shapeOf(size)); !made)
            return made;
    }
    PQfinish(admin);
    return {};
}

Id longMeeting(const Database& database) {
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT id FROM meeting ORDER BY id DESC LIMIT 1"));
    return query.next() ? query.value(0).toLongLong() : NoId;
}

std::unique_ptr<Database> openOrSkip(benchmark::State& state, const QString& where) {
    auto database = Database::open(where);
    if (!database) {
        state.SkipWithError(database.error().toUtf8().constData());
        return nullptr;
    }
    return std::move(database).value();
}

const QString typed = QStringLiteral("Nämnden beslutar att bifalla förslaget ");

// The middle paragraph's first section, as the desk's writer writes it.
void BM_ServerEdit(benchmark::State& state) {
    auto database = openOrSkip(state, serverAddress(static_cast<int>(state.range(0))));
    if (!database)
        return;
    MeetingService service(*database);
    MeetingRecord record = service.load(longMeeting(*database)).value();
    Section& section = record.paragraphs[record.paragraphs.size() / 2].sections.first();
    int i = 0;
    for (auto _ : state) {
        const QString text = section.text.left(400) + typed + QString::number(i++);
        if (!service.updateSectionText(section.id, section.text, text)) {
            state.SkipWithError("edit failed");
            break;
        }
        section.text = text;
    }
}

// The same row's UPDATE in a transaction, libpq alone, on a connection of the same service.
void BM_BareLibpqUpdate(benchmark::State& state) {
    const int size = static_cast<int>(state.range(0));
    auto database = openOrSkip(state, serverAddress(size));
    if (!database)
        return;
    const MeetingRecord record = MeetingService(*database).load(longMeeting(*database)).value();
    const QByteArray id =
        QByteArray::number(record.paragraphs[record.paragraphs.size() / 2].sections.first().id);
    PGconn* connection = PQconnectdb(serverAddress(size).toUtf8().constData());
    int i = 0;
    for (auto _ : state) {
        const QByteArray text = (typed + QString::number(i++)).toUtf8();
        const char* values[] = {text.constData(), id.constData()};
        bool ok = run(connection, "BEGIN");
        PGresult* result =
            PQexecParams(connection, "UPDATE paragraph_section SET text = $1 WHERE id = $2", 2,
                         nullptr, values, nullptr, nullptr, 0);
        ok = ok && PQresultStatus(result) == PGRES_COMMAND_OK;
        PQclear(result);
        if (!ok || !run(connection, "COMMIT")) {
            state.SkipWithError("update failed");
            break;
        }
    }
    PQfinish(connection);
}

void load(benchmark::State& state, const QString& where) {
    auto database = openOrSkip(state, where);
    if (!database)
        return;
    MeetingService service(*database);
    const Id meeting = longMeeting(*database);
    for (auto _ : state) {
        auto record = service.load(meeting);
        if (!record) {
            state.SkipWithError(record.error().toUtf8().constData());
            break;
        }
        benchmark::DoNotOptimize(record);
    }
}

void BM_LoadFromFile(benchmark::State& state) {
    load(state, filePath(static_cast<int>(state.range(0))));
}

void BM_LoadFromServer(benchmark::State& state) {
    load(state, serverAddress(static_cast<int>(state.range(0)), Use::Load));
}

// The ratios the goals are about, each against its baseline of the same size.
class RatioReporter : public benchmark::ConsoleReporter {
public:
    void ReportRuns(const std::vector<Run>& runs) override {
        ConsoleReporter::ReportRuns(runs);
        // "BM_ServerEdit/200/min_time:1.000/real_time" is kept as "BM_ServerEdit/200"; with
        // repetitions, their median (the other aggregates are no times to divide).
        for (const Run& run : runs)
            if (run.run_type != Run::RT_Aggregate || run.aggregate_name == "median")
                m_times[QString::fromStdString(run.benchmark_name())
                            .section(QLatin1Char('/'), 0, 1)] = run.GetAdjustedRealTime();
    }
    void printRatios() const {
        for (int size : sizes) {
            const auto at = [&](const char* name) {
                return m_times.value(QStringLiteral("%1/%2").arg(QLatin1String(name)).arg(size));
            };
            if (at("BM_BareLibpqUpdate") > 0 && at("BM_LoadFromFile") > 0)
                std::printf("%4d paragraphs: edit %.2f× the bare libpq update (goal ≤ 2×), "
                            "load %.2f× the file (goal ≤ 2×)\n",
                            size, at("BM_ServerEdit") / at("BM_BareLibpqUpdate"),
                            at("BM_LoadFromServer") / at("BM_LoadFromFile"));
        }
    }

private:
    QMap<QString, double> m_times;
};

// A throwaway server unless PGSERVICEFILE names one; stopped again at the end.
struct ThrowawayServer {
    QTemporaryDir folder;
    bool started = false;
    bool start() {
        if (!qEnvironmentVariableIsEmpty("PGSERVICEFILE"))
            return true;
        started =
            QProcess::execute(QStringLiteral("bash"),
                              {QStringLiteral(PARAGRAF_SOURCE_DIR "/scripts/pg-test-server.sh"),
                               QStringLiteral("start"), folder.path()}) == 0;
        qputenv("PGSERVICEFILE", folder.filePath(QStringLiteral("pg_service.conf")).toUtf8());
        return started;
    }
    ~ThrowawayServer() {
        if (started)
            QProcess::execute(QStringLiteral("bash"),
                              {QStringLiteral(PARAGRAF_SOURCE_DIR "/scripts/pg-test-server.sh"),
                               QStringLiteral("stop"), folder.path()});
    }
};

} // namespace

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    ThrowawayServer server;
    if (!server.start()) {
        std::fprintf(stderr, "no PostgreSQL server (scripts/pg-test-server.sh start failed)\n");
        return 1;
    }
    if (auto prepared = prepare(); !prepared) {
        std::fprintf(stderr, "%s\n", qPrintable(prepared.error()));
        return 1;
    }
    const auto add = [](const char* name, auto function) {
        benchmark::RegisterBenchmark(name, function)
            ->Unit(benchmark::kMicrosecond)
            ->MinTime(1.0)
            ->UseRealTime()
            ->Arg(20)
            ->Arg(200)
            ->Arg(800);
    };
    add("BM_BareLibpqUpdate", BM_BareLibpqUpdate);
    add("BM_ServerEdit", BM_ServerEdit);
    add("BM_LoadFromFile", BM_LoadFromFile);
    add("BM_LoadFromServer", BM_LoadFromServer);
    benchmark::Initialize(&argc, argv);
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    reporter.printRatios();
    benchmark::Shutdown();
    return 0;
}
