// Each kind of keystroke at the desk, on meetings of 20, 200 and 800 paragraphs, against the bare
// SQLite single-row UPDATE transaction on the same file with the same pragmas, in the same run.
//
// A keystroke runs what the desk runs for it, without widgets: the service's write as the
// session's writer thread commits it (compare-and-set, its own transaction, synced), and the
// session's update of its record in memory. An attendance key runs the desk's applyAttendance():
// the service's write checked against the desk's record, the record updated in memory with the
// timeline its checks derived. At the end the ratios to the bare update are printed.
#include "LargeDatabase.h"
#include "model/MeetingRecord.h"
#include "rules/AttendanceRules.h"
#include "rules/AttendanceTimeline.h"
#include "services/MeetingService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QSqlQuery>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <sqlite3.h>

using namespace paragraf;

namespace {

const int sizes[] = {20, 200, 800};

// `search` false: a copy of the file without the search index's triggers (migration 16), to
// measure what keeping the index costs a keystroke.
QString pathFor(int paragraphs, bool search = true) {
    return QDir::temp().filePath(QStringLiteral("paragraf-keystroke-%1%2.paragraf")
                                     .arg(paragraphs)
                                     .arg(search ? QString() : QStringLiteral("-nosearch")));
}

Id longMeeting(const Database& database) {
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT id FROM meeting ORDER BY id DESC LIMIT 1"));
    return query.next() ? query.value(0).toLongLong() : NoId;
}

// One body's year of short meetings and the long meeting of `paragraphs`.
Status ensureFile(int paragraphs) {
    bench::LargeDatabaseShape shape;
    shape.bodies = 1;
    shape.years = 1;
    shape.paragraphsPerMeeting = 10;
    shape.longMeetingParagraphs = paragraphs;
    return bench::ensureLargeDatabase(pathFor(paragraphs), shape);
}

// The file at `paragraphs` copied, and the copy's search triggers dropped (docs/search.md).
Status ensureCopyWithoutSearch(int paragraphs) {
    const QString copy = pathFor(paragraphs, false);
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(copy + suffix);
    sqlite3* db = nullptr;
    sqlite3_open_v2(pathFor(paragraphs).toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    sqlite3_stmt* vacuum = nullptr;
    sqlite3_prepare_v2(db, "VACUUM INTO ?1", -1, &vacuum, nullptr);
    const QByteArray target = copy.toUtf8();
    sqlite3_bind_text(vacuum, 1, target.constData(), int(target.size()), SQLITE_TRANSIENT);
    const int copied = sqlite3_step(vacuum);
    sqlite3_finalize(vacuum);
    sqlite3_close(db);
    if (copied != SQLITE_DONE)
        return fail(QStringLiteral("%1 could not be copied").arg(pathFor(paragraphs)));
    sqlite3_open_v2(target.constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    // Migration 16's triggers (resources/migrations/0016_search.sql), each by name.
    static const char* const drops[] = {
        "DROP TRIGGER paragraf_search_queue_insert",
        "DROP TRIGGER paragraf_search_queue_delete",
        "DROP TRIGGER paragraf_search_queue_update",
        "DROP TRIGGER paragraph_search_insert",
        "DROP TRIGGER paragraph_search_title",
        "DROP TRIGGER paragraph_search_case_number",
        "DROP TRIGGER paragraph_search_decision",
        "DROP TRIGGER paragraph_search_move",
        "DROP TRIGGER paragraph_search_delete",
        "DROP TRIGGER paragraph_section_search_insert",
        "DROP TRIGGER paragraph_section_search_update",
        "DROP TRIGGER paragraph_section_search_delete",
        "DROP TRIGGER paragraph_line_search_insert",
        "DROP TRIGGER paragraph_line_search_delete",
        "DROP TRIGGER paragraph_line_search_update",
        "DROP TRIGGER remark_search_insert",
        "DROP TRIGGER remark_search_update",
        "DROP TRIGGER remark_search_delete",
        "DROP TRIGGER assignment_search_insert",
        "DROP TRIGGER assignment_search_update",
        "DROP TRIGGER assignment_search_delete",
        "DROP TRIGGER erratum_search_insert",
        "DROP TRIGGER erratum_search_delete",
    };
    int dropped = 0;
    for (const char* drop : drops)
        dropped += sqlite3_exec(db, drop, nullptr, nullptr, nullptr) == SQLITE_OK ? 1 : 0;
    sqlite3_exec(db, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    std::fprintf(stderr, "%s: %d search triggers dropped\n", target.constData(), dropped);
    return {};
}

struct Desk {
    std::unique_ptr<Database> database;
    MeetingRecord record;
    Paragraph* paragraph = nullptr; // in the middle of the meeting
};

Desk openDesk(benchmark::State& state, bool search = true) {
    Desk desk;
    auto database = Database::open(pathFor(static_cast<int>(state.range(0)), search));
    if (!database) {
        state.SkipWithError(database.error().toUtf8().constData());
        return desk;
    }
    desk.database = std::move(database).value();
    desk.record = MeetingService(*desk.database).load(longMeeting(*desk.database)).value();
    desk.paragraph = &desk.record.paragraphs[desk.record.paragraphs.size() / 2];
    return desk;
}

const QString typed = QStringLiteral("Nämnden beslutar att bifalla förslaget ");

// The session's in-memory update: the paragraph found by id among the meeting's, as it does.
Paragraph* find(MeetingRecord& record, Id id) {
    for (auto& p : record.paragraphs)
        if (p.id == id)
            return &p;
    return nullptr;
}

void sectionText(benchmark::State& state, bool search) {
    Desk desk = openDesk(state, search);
    if (!desk.database)
        return;
    MeetingService service(*desk.database);
    const Id section = desk.paragraph->sections.first().id;
    int i = 0;
    for (auto _ : state) {
        Section* s = &find(desk.record, desk.paragraph->id)->sections.first();
        const QString text = s->text.left(400) + typed + QString::number(i++);
        if (!service.updateSectionText(section, s->text, text)) {
            state.SkipWithError("edit failed");
            break;
        }
        s->text = text;
    }
}

void BM_SectionText(benchmark::State& state) {
    sectionText(state, true);
}
void BM_SectionTextNoSearch(benchmark::State& state) {
    sectionText(state, false);
}

// Title, dnr or decision: one field of the paragraph, as ParagraphFieldsCommand writes it.
template <QString Paragraph::*field, bool search = true> void BM_Field(benchmark::State& state) {
    Desk desk = openDesk(state, search);
    if (!desk.database)
        return;
    MeetingService service(*desk.database);
    int i = 0;
    for (auto _ : state) {
        Paragraph* p = find(desk.record, desk.paragraph->id);
        Paragraph wanted = *p;
        wanted.*field = typed.left(20) + QString::number(i++);
        if (!service.changeParagraphFields(*p, wanted)) {
            state.SkipWithError("edit failed");
            break;
        }
        *p = wanted;
    }
}

// A presenter chosen and unchosen in turn (Space or Return in the presenters list).
void BM_Presenter(benchmark::State& state) {
    Desk desk = openDesk(state);
    if (!desk.database)
        return;
    MeetingService service(*desk.database);
    const Id who = desk.record.participants.first().id;
    for (auto _ : state) {
        Paragraph* p = find(desk.record, desk.paragraph->id);
        Paragraph wanted = *p;
        if (wanted.presenterIds.contains(who))
            wanted.presenterIds.removeAll(who);
        else
            wanted.presenterIds << who;
        if (!service.changeParagraphFields(*p, wanted)) {
            state.SkipWithError("edit failed");
            break;
        }
        *p = wanted;
    }
}

// Someone absent at the start marked as arriving at the current paragraph, and the same key
// again taking it back, as the desk's applyAttendance runs it: the write checked against the
// desk's record (compare-and-set on the attendance revision), the record brought up to date in
// memory with the timeline the checks derived.
void BM_Attendance(benchmark::State& state) {
    Desk desk = openDesk(state);
    if (!desk.database)
        return;
    MeetingService service(*desk.database);
    Id who = NoId;
    for (const Participant& p : desk.record.participants)
        if (!p.presentAtStart && who == NoId)
            who = p.id;
    const Id at = desk.paragraph->id;
    Id recorded = NoId;
    AttendanceTimeline timeline;
    for (auto _ : state) {
        const auto written =
            recorded == NoId
                ? service.recordAttendance(desk.record,
                                           {NoId, who, AttendanceEventKind::Arrive, at, NoId, {}})
                : service.removeAttendance(desk.record, recorded);
        if (!written || !written->seenWasCurrent) {
            state.SkipWithError(written ? "the record was stale"
                                        : written.error().toUtf8().constData());
            break;
        }
        applyTo(desk.record, written.value());
        recorded = written->recorded.id;
        timeline = written->timeline; // the desk takes the one the checks derived
        benchmark::DoNotOptimize(timeline);
    }
    if (recorded != NoId) // the file as it was, for the next run
        (void)service.removeAttendance(desk.record, recorded);
}

// The part of an attendance key that grows with the meeting, alone and in memory: the rules of
// procedure replayed over the desk's copy with the key's event in it, giving the timeline the desk
// keeps. CPU-bound, so that its growth shows even when the disk is busy.
void BM_AttendanceChecks(benchmark::State& state) {
    Desk desk = openDesk(state);
    if (!desk.database)
        return;
    Id who = NoId;
    for (const Participant& p : desk.record.participants)
        if (!p.presentAtStart && who == NoId)
            who = p.id;
    MeetingRecord trial = desk.record;
    trial.events.append({NoId, who, AttendanceEventKind::Arrive, desk.paragraph->id, NoId, {}});
    QList<Id> order;
    for (const Paragraph& p : trial.paragraphs)
        order << p.id;
    for (auto _ : state) {
        AttendanceTimeline timeline;
        if (!validateAttendance(trial.participants, trial.events, order, false, &timeline)) {
            state.SkipWithError("the key was refused");
            break;
        }
        benchmark::DoNotOptimize(timeline);
    }
}

// The bare minimum SQLite can do for a keystroke: a prepared single-row UPDATE of the paragraph's
// title in its own transaction, through the C API, same file, same journal and sync settings.
void BM_BareUpdate(benchmark::State& state) {
    Id paragraph = NoId;
    {
        Desk desk = openDesk(state);
        if (!desk.database)
            return;
        paragraph = desk.paragraph->id;
    }
    sqlite3* db = nullptr;
    sqlite3_open_v2(pathFor(static_cast<int>(state.range(0))).toUtf8().constData(), &db,
                    SQLITE_OPEN_READWRITE, nullptr);
    sqlite3_exec(db, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);
    sqlite3_exec(db, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
    sqlite3_stmt* update = nullptr;
    sqlite3_prepare_v2(db, "UPDATE paragraph SET title = ?1 WHERE id = ?2", -1, &update, nullptr);
    int i = 0;
    for (auto _ : state) {
        const QByteArray text = (typed.left(20) + QString::number(i++)).toUtf8();
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        sqlite3_bind_text(update, 1, text.constData(), static_cast<int>(text.size()),
                          SQLITE_TRANSIENT);
        sqlite3_bind_int64(update, 2, paragraph);
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

// The console report, and the mean wall time of each run kept for the ratios.
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
        std::printf("\nkeystroke / bare update (wall time), by meeting size\n%-14s", "kind");
        for (int size : sizes)
            std::printf("%10d", size);
        std::printf("\n");
        for (const char* kind : {"SectionText", "SectionTextNoSearch", "Title", "TitleNoSearch",
                                 "CaseNumber", "Decision", "Presenter", "Attendance"}) {
            std::printf("%-14s", kind);
            for (int size : sizes) {
                const double bare = wall.value(QStringLiteral("BM_BareUpdate/%1").arg(size));
                const double own =
                    wall.value(QStringLiteral("BM_%1/%2").arg(QLatin1String(kind)).arg(size));
                std::printf("%9.2fx", bare > 0 ? own / bare : 0.0);
            }
            std::printf("\n");
        }
    }

private:
    QMap<QString, double> wall;
};

} // namespace

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    for (int size : sizes)
        if (auto status = ensureFile(size); !status || !(status = ensureCopyWithoutSearch(size))) {
            std::fprintf(stderr, "%s\n", qPrintable(status.error()));
            return 1;
        }
    const auto add = [](const char* name, auto function) {
        benchmark::RegisterBenchmark(name, function)
            ->Unit(benchmark::kMicrosecond)
            ->MinTime(1.0)
            ->Arg(20)
            ->Arg(200)
            ->Arg(800);
    };
    add("BM_BareUpdate", BM_BareUpdate);
    add("BM_SectionText", BM_SectionText);
    add("BM_SectionTextNoSearch", BM_SectionTextNoSearch);
    add("BM_Title", BM_Field<&Paragraph::title>);
    add("BM_TitleNoSearch", BM_Field<&Paragraph::title, false>);
    add("BM_CaseNumber", BM_Field<&Paragraph::caseNumber>);
    add("BM_Decision", BM_Field<&Paragraph::decision>);
    add("BM_Presenter", BM_Presenter);
    add("BM_Attendance", BM_Attendance);
    add("BM_AttendanceChecks", BM_AttendanceChecks);
    benchmark::Initialize(&argc, argv);
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    reporter.printRatios();
    benchmark::Shutdown();
    return 0;
}
