// paragraf-cli for rosters and schedules: an import refused line by line with the file unchanged,
// an import that succeeds, a schedule entered, exported to .ics and turned into a meeting.
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace paragraf::test;

namespace {

class RosterCliTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        demo = dir.filePath(QStringLiteral("demo.paragraf"));
        ASSERT_EQ(cli({QStringLiteral("demo"), demo}).exitCode, 0);
    }
    QString write(const QString& name, const QByteArray& bytes) {
        QFile file(dir.filePath(name));
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return file.fileName();
    }
    QTemporaryDir dir;
    QString demo;
    const QString body = QStringLiteral("Samverkanstid kommuner, Region och Länsstyrelse");
};

TEST_F(RosterCliTest, ARosterWithErrorsIsRefusedLineByLineAndTheFileIsUntouched) {
    const QString csv = write(QStringLiteral("fel.csv"), "Namn;Roll;Från\n"
                                                         "Anna Ålund;Ledamot;2025-01-01\n"
                                                         "Bo Berg;Kassör;\n"
                                                         ";Ledamot;31/1/2025\n");
    const QByteArray before = hashOf(demo);
    const CliRun run = cli({QStringLiteral("roster-import"), demo, body, csv});
    EXPECT_EQ(run.exitCode, 1);
    const QStringList lines = run.err.trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 4) << run.err.toStdString();
    EXPECT_TRUE(lines[0].startsWith(csv + QStringLiteral(":3:2: \"Kassör\" is not a role")))
        << lines[0].toStdString();
    EXPECT_TRUE(lines[1].startsWith(csv + QStringLiteral(":4:1: The name is missing.")));
    EXPECT_TRUE(lines[2].startsWith(csv + QStringLiteral(":4:3: \"31/1/2025\" is not a date")));
    EXPECT_EQ(lines[3], QStringLiteral("3 problems; nothing was imported."));
    EXPECT_EQ(hashOf(demo), before);
}

TEST_F(RosterCliTest, ARosterIsImportedAndListedOnItsDay) {
    const QString csv =
        write(QStringLiteral("ny.csv"), "Namn;Organisation;Parti;Roll;Ersättare för\n"
                                        "Åsa Öberg;Bräcke kommun;S;Ledamot;\n"
                                        "Per Ås;Bräcke kommun;S;Ersättare;Åsa Öberg\n");
    const CliRun dry =
        cli({QStringLiteral("roster-import"), demo, body, csv, QStringLiteral("--dry-run")});
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.startsWith(QStringLiteral("2 rows, UTF-8, separated by \";\"")));
    EXPECT_FALSE(cli({QStringLiteral("roster"), demo, body, QStringLiteral("--date"),
                      QStringLiteral("2025-02-01")})
                     .out.contains(QStringLiteral("Åsa Öberg")));
    const CliRun run = cli({QStringLiteral("roster-import"), demo, body, csv,
                            QStringLiteral("--from"), QStringLiteral("2025-01-01")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const CliRun listed = cli({QStringLiteral("roster"), demo, body, QStringLiteral("--date"),
                               QStringLiteral("2025-02-01")});
    EXPECT_TRUE(
        listed.out.contains(QStringLiteral("Per Ås\tBräcke kommun\tS\tersättare för Åsa Öberg")))
        << listed.out.toStdString();
}

TEST_F(RosterCliTest, AScheduleIsEnteredExportedAndTurnedIntoAMeeting) {
    const QString group = QStringLiteral("Samverkansgrupp Hälsa"); // planned nothing yet
    ASSERT_EQ(
        cli({QStringLiteral("schedule-add"), demo, group, QStringLiteral("2025-01-20"),
             QStringLiteral("--end-date"), QStringLiteral("2025-01-21"), QStringLiteral("--kind"),
             QStringLiteral("two_day"), QStringLiteral("--form"), QStringLiteral("physical")})
            .exitCode,
        0);
    const CliRun march =
        cli({QStringLiteral("schedule-add"), demo, group, QStringLiteral("2025-03-03"),
             QStringLiteral("--place"), QStringLiteral("Teams")});
    ASSERT_EQ(march.exitCode, 0) << march.err.toStdString();
    const CliRun wrong =
        cli({QStringLiteral("schedule-add"), demo, group, QStringLiteral("2025-04-07"),
             QStringLiteral("--start"), QStringLiteral("16:00"), QStringLiteral("--end"),
             QStringLiteral("13:00")});
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("must end after it starts")));

    const QString ics = dir.filePath(QStringLiteral("plan.ics"));
    ASSERT_EQ(cli({QStringLiteral("schedule-export"), demo, group, QStringLiteral("2025"),
                   QStringLiteral("--out"), ics})
                  .exitCode,
              0);
    QFile calendar(ics);
    ASSERT_TRUE(calendar.open(QIODevice::ReadOnly));
    const QByteArray text = calendar.readAll();
    EXPECT_EQ(text.count("BEGIN:VEVENT"), 2);
    EXPECT_TRUE(text.contains("DTSTART;VALUE=DATE:20250120"));

    const CliRun created = cli({QStringLiteral("create-meeting"), demo, march.out.trimmed()});
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    const CliRun shown = cli({QStringLiteral("show"), demo, created.out.trimmed()});
    EXPECT_TRUE(shown.out.contains(QStringLiteral("måndag 3 mars 2025")))
        << shown.out.toStdString();
    const CliRun notices = cli(
        {QStringLiteral("notices"), demo, QStringLiteral("--date"), QStringLiteral("2025-01-15")});
    // The Jämtland group's internat of the same days is due too (the demo has its 2025 dates).
    EXPECT_TRUE(notices.out.split(QLatin1Char('\n'))
                    .contains(QStringLiteral("2025-01-20\t") + group +
                              QStringLiteral("\toverdue since 2025-01-13")))
        << notices.out.toStdString();
}

} // namespace
