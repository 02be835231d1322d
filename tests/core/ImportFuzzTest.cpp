// Mutated meeting files and rosters, with a fixed seed, through the same functions paragraf-cli
// import-json and roster-import call: no crash, no hang, nothing written when refused, and the
// roster's dry run agrees with the import every time.
#include "Mutator.h"
#include "TestSupport.h"
#include "demo/DemoData.h"
#include "interchange/MeetingImporter.h"
#include "interchange/MeetingJson.h"
#include "interchange/RosterCsv.h"
#include "services/RosterService.h"
#include "storage/BodyRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

using namespace paragraf;
using namespace paragraf::test;

namespace {

constexpr qint64 oneRunLimitMs = 5000;

// The demo database, made once and copied fresh whenever an import changed it.
class ImportFuzzTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        {
            auto made = Database::create(templatePath());
            ASSERT_TRUE(made.ok()) << made.error().toStdString();
            ASSERT_TRUE(buildDemo(*made.value()).ok());
        }
        fresh();
    }
    QString templatePath() const { return m_dir.filePath(m_template); }
    QString workPath() const { return m_dir.filePath(QStringLiteral("work.paragraf")); }
    void fresh() {
        m_database.reset();
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(workPath() + suffix);
        ASSERT_TRUE(QFile::copy(templatePath(), workPath()));
        auto opened = Database::open(workPath());
        ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
        m_database = std::move(opened.value());
        m_contents = contentsOf(*m_database);
    }

    // From now on, fresh() copies an empty database (a meeting file imports into it whole).
    void startEmpty() {
        m_template = QStringLiteral("empty.paragraf");
        {
            auto made = Database::create(templatePath());
            ASSERT_TRUE(made.ok()) << made.error().toStdString();
        }
        fresh();
    }

    QTemporaryDir m_dir;
    QString m_template = QStringLiteral("template.paragraf");
    std::unique_ptr<Database> m_database;
    QString m_contents; // of the database as it is now
};

TEST_F(ImportFuzzTest, FiveHundredMutatedMeetingFilesAreImportedWholeOrNotAtAll) {
    QList<QByteArray> seeds;
    const auto meetings = MeetingService(*m_database).list();
    ASSERT_TRUE(meetings.ok());
    for (const auto& summary : meetings.value())
        seeds << meetingToJson(MeetingService(*m_database).load(summary.id).value());
    ASSERT_FALSE(seeds.isEmpty());
    startEmpty();
    Mutator mutate(20241117);
    int imported = 0;
    qint64 slowest = 0;
    for (int run = 0; run < 500; ++run) {
        const QByteArray& seed = seeds[mutate.below(int(seeds.size()))];
        const QByteArray json = mutate.below(2) ? mutate.mutateJson(seed) : mutate.damage(seed);
        QElapsedTimer timer;
        timer.start();
        const auto parsed = meetingFromJson(json);
        const auto id =
            parsed ? importMeeting(*m_database, parsed.value()) : Result<Id>(fail(parsed.error()));
        slowest = std::max(slowest, timer.elapsed());
        ASSERT_LT(timer.elapsed(), oneRunLimitMs) << "run " << run;
        if (!id) {
            ASSERT_FALSE(id.error().isEmpty());
            ASSERT_EQ(contentsOf(*m_database), m_contents)
                << "run " << run
                << " was refused but changed the database: " << id.error().toStdString();
            continue;
        }
        ++imported;
        ASSERT_TRUE(MeetingService(*m_database).load(id.value()).ok()) << "run " << run;
        ASSERT_TRUE(m_database->integrityCheck().ok()) << "run " << run;
        fresh();
    }
    RecordProperty("imported", imported);
    RecordProperty("slowest_ms", int(slowest));
    std::cout << "[ fuzz     ] 500 meeting files: " << imported << " imported, slowest " << slowest
              << " ms\n";
}

TEST_F(ImportFuzzTest, ThreeHundredMutatedRostersDryRunAsTheyImport) {
    const Id body = BodyRepository(m_database->connection())
                        .findBody(QStringLiteral("Samverkanstid kommuner, Region och Länsstyrelse"))
                        .value();
    const QList<QByteArray> seeds{
        "Namn;Organisation;Parti;Roll;Ersättare för;Från;Till\n"
        "Åsa Öberg;Bräcke kommun;S;Ledamot;;2025-01-01;2026-12-31\n"
        "Per Ås;Bräcke kommun;S;Ersättare;Åsa Öberg;;\n"
        "Lena Berg;Region Jämtland Härjedalen;M;Ordförande;;;\n",
        "name,organisation,party,role,substitute for\n"
        "Olle Ek,Åre kommun,C,member,\n"
        "Stina Ek,Åre kommun,C,substitute,Olle Ek\n"
        "Kalle Ek,Åre kommun,C,substitute,Sara Schelin\n",
        "Namn;Roll\nSara Schelin;Ledamot\nNy Person;ledamot\n",
        "Namn;Roll;Ersättare för\nNy Person;Ledamot;\nNy Person;Ersättare;Sara Schelin\n",
        QByteArray("Namn;Organisation;Roll\n\xC5sa \xD6"
                   "berg;Br\xE4"
                   "cke kommun;Ledamot\n"),
    };
    const QDate from(2025, 1, 1);
    Mutator mutate(20241118);
    int imported = 0;
    int refused = 0;
    for (int run = 0; run < 300; ++run) {
        const QByteArray csv = mutate.damage(seeds[mutate.below(int(seeds.size()))]);
        QElapsedTimer timer;
        timer.start();
        RosterService service(*m_database);
        RosterFile dry = readRosterCsv(csv);
        const Status checked = service.checkRoster(body, dry, from);
        ASSERT_EQ(contentsOf(*m_database), m_contents) << "the dry run of run " << run << " wrote";
        RosterFile real = readRosterCsv(csv);
        const Status done = service.importRoster(body, real, from);
        ASSERT_LT(timer.elapsed(), oneRunLimitMs) << "run " << run;
        ASSERT_EQ(checked.ok(), done.ok())
            << "run " << run << ": dry run says " << checked.error().toStdString()
            << ", import says " << done.error().toStdString() << "\n"
            << csv.toStdString();
        ASSERT_EQ(dry.problems.size(), real.problems.size()) << "run " << run;
        for (int i = 0; i < real.problems.size(); ++i) {
            EXPECT_EQ(dry.problems[i].message, real.problems[i].message) << "run " << run;
            EXPECT_GE(real.problems[i].column, 1) << real.problems[i].message.toStdString();
            EXPECT_GE(real.problems[i].line, 1) << real.problems[i].message.toStdString();
        }
        if (!done) {
            ++refused;
            ASSERT_EQ(contentsOf(*m_database), m_contents)
                << "run " << run << " was refused but changed the database";
            continue;
        }
        ++imported;
        fresh();
    }
    std::cout << "[ fuzz     ] 300 rosters: " << imported << " imported, " << refused
              << " refused\n";
    EXPECT_GT(imported, 0);
    EXPECT_GT(refused, 0);
}

} // namespace
