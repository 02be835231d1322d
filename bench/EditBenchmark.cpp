// The cost of one edit as the secretary types: MeetingService::updateSectionText (lock check,
// transaction, durable commit) against the bare minimum SQLite can do for the same change, a
// prepared single-row UPDATE in its own transaction, on the same file with the same settings.
#include "LargeDatabase.h"
#include "services/MeetingService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlQuery>
#include <benchmark/benchmark.h>
#include <sqlite3.h>

using namespace paragraf;

namespace {

// A section in the middle of the file, as a live meeting would be among ten years of others.
Id middleSection(const Database& database) {
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT id FROM paragraph_section ORDER BY id LIMIT 1 OFFSET "
                              "(SELECT COUNT(*) / 2 FROM paragraph_section)"));
    return query.next() ? query.value(0).toLongLong() : NoId;
}

const QString typed = QStringLiteral(
    "Nämnden beslutar att bifalla förslaget och uppdrar åt förvaltningen att återkomma. ");

void BM_ServiceEdit(benchmark::State& state) {
    auto database = Database::open(bench::largeDatabasePath());
    if (!database) {
        state.SkipWithError(database.error().toUtf8().constData());
        return;
    }
    MeetingService service(*database.value());
    const Id section = middleSection(*database.value());
    int i = 0;
    for (auto _ : state) {
        if (!service.updateSectionText(section, typed + QString::number(i++))) {
            state.SkipWithError("edit failed");
            break;
        }
    }
}

void BM_BareSqliteUpdate(benchmark::State& state) {
    Id section = NoId;
    {
        auto database = Database::open(bench::largeDatabasePath());
        section = middleSection(*database.value());
    }
    sqlite3* db = nullptr;
    sqlite3_open_v2(bench::largeDatabasePath().toUtf8().constData(), &db, SQLITE_OPEN_READWRITE,
                    nullptr);
    sqlite3_exec(db, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);
    sqlite3_stmt* update = nullptr;
    sqlite3_prepare_v2(db, "UPDATE paragraph_section SET text = ?1 WHERE id = ?2", -1, &update,
                       nullptr);
    int i = 0;
    for (auto _ : state) {
        const QByteArray text = (typed + QString::number(i++)).toUtf8();
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        sqlite3_bind_text(update, 1, text.constData(), static_cast<int>(text.size()),
                          SQLITE_TRANSIENT);
        sqlite3_bind_int64(update, 2, section);
        sqlite3_step(update);
        sqlite3_reset(update);
        if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
            state.SkipWithError("commit failed");
            break;
        }
    }
    sqlite3_finalize(update);
    sqlite3_close(db);
}

BENCHMARK(BM_BareSqliteUpdate)->Unit(benchmark::kMicrosecond)->MinTime(2.0);
BENCHMARK(BM_ServiceEdit)->Unit(benchmark::kMicrosecond)->MinTime(2.0);

} // namespace

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    if (auto status = bench::ensureLargeDatabase(bench::largeDatabasePath()); !status) {
        fprintf(stderr, "%s\n", qPrintable(status.error()));
        return 1;
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
