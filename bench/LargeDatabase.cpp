#include "LargeDatabase.h"

#include "demo/DemoWriter.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <cstdio>

namespace paragraf::bench {
namespace {

const QString background = QStringLiteral(
    "Förvaltningen har på nämndens uppdrag utrett frågan. Utredningen visar att behovet ökar i "
    "hela kommunen och att nuvarande resurser inte räcker för att möta efterfrågan under de "
    "kommande åren. Förslaget innebär att verksamheten utökas stegvis, med en första etapp under "
    "våren och en utvärdering efter ett år. Kostnaden ryms inom nämndens budgetram. Samråd har "
    "skett med berörda förvaltningar och med de fackliga organisationerna.");

// What a paragraph is about, so that search has something to tell apart (bench_search): one of
// twenty matters a municipality decides, in one of ten places.
QString subjectOf(int seed) {
    static const QStringList matters = {QStringLiteral("grundskolan"),
                                        QStringLiteral("förskolans lokaler"),
                                        QStringLiteral("bygglov för fritidshus"),
                                        QStringLiteral("detaljplan för bostäder"),
                                        QStringLiteral("simhallens renovering"),
                                        QStringLiteral("vägbelysningen"),
                                        QStringLiteral("snöröjningen"),
                                        QStringLiteral("äldreboendet"),
                                        QStringLiteral("bibliotekets öppettider"),
                                        QStringLiteral("kollektivtrafiken"),
                                        QStringLiteral("vatten och avlopp"),
                                        QStringLiteral("bredband på landsbygden"),
                                        QStringLiteral("idrottshallen"),
                                        QStringLiteral("gymnasieskolans program"),
                                        QStringLiteral("socialtjänstens riktlinjer"),
                                        QStringLiteral("budgetuppföljningen"),
                                        QStringLiteral("internkontrollplanen"),
                                        QStringLiteral("medborgarförslag om en lekplats"),
                                        QStringLiteral("motion om cykelvägar"),
                                        QStringLiteral("kulturskolans avgifter")};
    static const QStringList places = {QStringLiteral("Hallen"), QStringLiteral("Bräcke"),
                                       QStringLiteral("Åre"),    QStringLiteral("Östersund"),
                                       QStringLiteral("Krokom"), QStringLiteral("Strömsund"),
                                       QStringLiteral("Berg"),   QStringLiteral("Ragunda"),
                                       QStringLiteral("Sveg"),   QStringLiteral("Järpen")};
    return QStringLiteral("Ärendet gäller %1 i %2. ")
        .arg(matters[seed % matters.size()], places[(seed / 7) % places.size()]);
}

Status writeBody(DemoWriter& w, int index, const LargeDatabaseShape& shape) {
    Body body;
    body.name = QStringLiteral("Nämnd %1").arg(index + 1, 2, 10, QLatin1Char('0'));
    body.decisionHeading = QStringLiteral("Nämndens beslut");
    const Id bodyId = w.body(body);
    const int firstYear = 2025 - shape.years;
    const Id period = w.period(bodyId, QDate(firstYear, 1, 1), QDate(2026, 12, 31));
    for (int m = 0; m < 11; ++m) {
        const QString party =
            QStringList{QStringLiteral("S"), QStringLiteral("M"), QStringLiteral("C")}[m % 3];
        const Id seat =
            w.member(bodyId, period, QStringLiteral("Ledamot %1-%2").arg(index).arg(m), NoId, party,
                     m == 0 ? MemberRole::Chair : MemberRole::Member, QDate(firstYear, 1, 1));
        w.substitute(bodyId, period, QStringLiteral("Ersättare %1-%2").arg(index).arg(m), NoId,
                     party, seat, QDate(firstYear, 1, 1));
    }
    for (int year = firstYear; year < firstYear + shape.years; ++year) {
        for (int month = 0; month < shape.meetingsPerYear; ++month) {
            Meeting meeting;
            meeting.bodyId = bodyId;
            meeting.date = QDate(year, 1 + month % 12, 10 + index % 15);
            meeting.start = QTime(13, 0);
            meeting.end = QTime(16, 0);
            meeting.place = QStringLiteral("Sammanträdesrummet, stadshuset");
            meeting.status = MeetingStatus::Draft;
            meeting.id = w.meeting(meeting);
            QStringList present;
            for (int m = 0; m < 10; ++m)
                present << QStringLiteral("Ledamot %1-%2").arg(index).arg(m);
            w.setPresent(meeting.id, present, true);
            w.serveFromStart(meeting.id, QStringLiteral("Ersättare %1-10").arg(index),
                             QStringLiteral("Ledamot %1-10").arg(index));
            for (int p = 0; p < shape.paragraphsPerMeeting; ++p)
                w.paragraph(meeting.id, QStringLiteral("Ärende %1 år %2").arg(p + 1).arg(year),
                            p % 4 == 0 ? ParagraphKind::Information : ParagraphKind::Decision,
                            {{NoId, QStringLiteral("Bakgrund"),
                              subjectOf(index * 7 + year * 13 + month * 3 + p * 11) + background},
                             {NoId, QStringLiteral("Förslag till beslut"),
                              QStringLiteral(
                                  "Nämnden föreslås besluta att bifalla förvaltningens förslag.")}},
                            QStringLiteral("Nämnden beslutar att bifalla förvaltningens förslag."));
        }
        w.renumber(bodyId, year);
    }
    return w.status();
}

} // namespace

// The year's budget meeting of the first body: one long protocol for document benchmarks.
Status writeBudgetMeeting(DemoWriter& w, int paragraphs) {
    Meeting meeting;
    meeting.bodyId = 1;
    meeting.date = QDate(2024, 12, 30);
    meeting.start = QTime(9, 0);
    meeting.end = QTime(17, 0);
    meeting.place = QStringLiteral("Fullmäktigesalen, stadshuset");
    meeting.status = MeetingStatus::Draft;
    meeting.id = w.meeting(meeting);
    QStringList present;
    for (int m = 0; m < 11; ++m)
        present << QStringLiteral("Ledamot 0-%1").arg(m);
    w.setPresent(meeting.id, present, true);
    for (int p = 0; p < paragraphs; ++p)
        w.paragraph(
            meeting.id, QStringLiteral("Budgetärende %1").arg(p + 1), ParagraphKind::Decision,
            {{NoId, QStringLiteral("Bakgrund"), background.repeated(1 + p % 3)},
             {NoId, QStringLiteral("Förslag till beslut"),
              QStringLiteral("Nämnden föreslås besluta att bifalla förvaltningens förslag.")}},
            QStringLiteral("Nämnden beslutar att bifalla förvaltningens förslag."));
    w.renumber(1, 2024);
    return w.status();
}

Status generateLargeDatabase(const QString& path, const LargeDatabaseShape& shape) {
    auto created = Database::create(path);
    if (!created)
        return fail(created.error());
    const Database& database = *created.value();
    for (int b = 0; b < shape.bodies; ++b) {
        // One transaction per body: fast, and a stopped generator leaves whole bodies.
        auto status = inTransaction(database.connection(), [&]() -> Status {
            DemoWriter writer(database.connection());
            return writeBody(writer, b, shape);
        });
        if (!status)
            return status;
    }
    return inTransaction(database.connection(), [&]() -> Status {
        DemoWriter writer(database.connection());
        return writeBudgetMeeting(writer, shape.longMeetingParagraphs);
    });
}

QString largeDatabasePath() {
    const QString fromEnvironment = qEnvironmentVariable("PARAGRAF_BENCH_DB");
    return fromEnvironment.isEmpty()
               ? QDir::temp().filePath(QStringLiteral("paragraf-large.paragraf"))
               : fromEnvironment;
}

namespace {
// A file generated by an older Paragraf would be migrated on the first open and measure the
// migration, or an old schema with less to load: such a file is made anew.
bool isCurrent(const QString& path) {
    const auto opened = Database::open(path, Database::Check::Later);
    return opened && opened.value()->schemaVersion() == Database::supportedSchemaVersion();
}
} // namespace

Status ensureLargeDatabase(const QString& path, const LargeDatabaseShape& shape) {
    if (QFile::exists(path)) {
        if (isCurrent(path))
            return {};
        std::fprintf(stderr, "%s has an older schema; generating it anew\n", qPrintable(path));
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    return generateLargeDatabase(path, shape);
}

} // namespace paragraf::bench
