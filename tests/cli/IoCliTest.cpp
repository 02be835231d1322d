// paragraf-cli at the edges of input and output: a full disk (every export refused with the
// earlier file kept, the database said to be on a full disk and left intact), input without
// end, strict arguments, roster dry runs that agree with the import, CSV cells that would run
// as formulas, and a handful of mutated files through the real binary.
#include "CliRunner.h"
#include "FullDisk.h"
#include "Mutator.h"
#include "core/TestSupport.h"
#include "storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace paragraf;
using namespace paragraf::test;

namespace {

const QString body = QStringLiteral("Samverkanstid kommuner, Region och Länsstyrelse");

class IoCliTest : public ::testing::Test {
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
};

TEST_F(IoCliTest, OnAFullDiskEveryExportFailsKeepsTheEarlierFileAndTheDatabaseSaysTheDiskIsFull) {
    const QString disk = dir.filePath(QStringLiteral("disk"));
    FullDisk full(disk);
    PARAGRAF_REQUIRE_MOUNTED(full.mounted(), "The full-disk test")
    const QString onDisk = disk + QStringLiteral("/meetings.paragraf");
    ASSERT_TRUE(QFile::copy(demo, onDisk));

    // Good earlier files of every kind, then a disk without room.
    struct Export {
        QString file;
        QStringList arguments;
    };
    const auto out = [&](const char* name) {
        return disk + QLatin1Char('/') + name;
    };
    const QList<Export> exports{
        {out("protocol.pdf"),
         {QStringLiteral("export"), demo, QStringLiteral("6"), QStringLiteral("--out"),
          out("protocol.pdf")}},
        {out("protocol.odt"),
         {QStringLiteral("export"), demo, QStringLiteral("6"), QStringLiteral("--format"),
          QStringLiteral("odt"), QStringLiteral("--out"), out("protocol.odt")}},
        {out("meeting.json"),
         {QStringLiteral("export-json"), demo, QStringLiteral("6"), out("meeting.json")}},
        {out("schedule.ics"),
         {QStringLiteral("schedule-export"), demo, body, QStringLiteral("2025"),
          QStringLiteral("--out"), out("schedule.ics")}},
        {out("assignments.csv"),
         {QStringLiteral("assignments"), demo, QStringLiteral("--state"), QStringLiteral("all"),
          QStringLiteral("--csv"), out("assignments.csv")}},
        {out("assignments.pdf"),
         {QStringLiteral("assignments"), demo, QStringLiteral("--state"), QStringLiteral("all"),
          QStringLiteral("--pdf"), out("assignments.pdf")}},
    };
    QHash<QString, QByteArray> before;
    for (const Export& e : exports) {
        const CliRun run = cli(e.arguments);
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        before.insert(e.file, hashOf(e.file));
        ASSERT_GT(QFileInfo(e.file).size(), 0);
    }
    const CliRun listed = cli({QStringLiteral("list"), onDisk});
    ASSERT_EQ(listed.exitCode, 0);
    // What the database on the disk holds now (exporting from the demo entered documents in the
    // demo's register, not in this copy's).
    QString expected;
    {
        auto copy = Database::open(onDisk);
        ASSERT_TRUE(copy.ok()) << copy.error().toStdString();
        expected = contentsOf(*copy.value());
    }
    fill(disk);

    for (const Export& e : exports) {
        const CliRun run = cli(e.arguments);
        EXPECT_EQ(run.exitCode, 1) << e.file.toStdString();
        EXPECT_NE(run.err.indexOf(QStringLiteral("The disk is full: ") + e.file +
                                  QStringLiteral(" was not saved; the earlier file is unchanged.")),
                  -1)
            << run.err.toStdString();
        EXPECT_EQ(hashOf(e.file), before.value(e.file)) << e.file.toStdString();
    }

    // The database on the full disk: opened to read and to write, it says the disk is full.
    for (const QStringList& arguments : {QStringList{QStringLiteral("list"), onDisk},
                                         QStringList{QStringLiteral("schedule-add"), onDisk, body,
                                                     QStringLiteral("2025-05-05")}}) {
        const CliRun run = cli(arguments);
        EXPECT_EQ(run.exitCode, 1) << run.out.toStdString();
        EXPECT_NE(run.err.indexOf(QStringLiteral("is full")), -1) << run.err.toStdString();
        EXPECT_EQ(run.err.indexOf(QStringLiteral("damaged")), -1) << run.err.toStdString();
    }

    full.makeRoom();
    auto opened = Database::open(onDisk);
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    EXPECT_TRUE(opened.value()->integrityCheck().ok());
    EXPECT_EQ(contentsOf(*opened.value()), expected);
    EXPECT_EQ(cli({QStringLiteral("list"), onDisk}).out, listed.out);
}

TEST_F(IoCliTest, InputWithoutEndIsRefusedAtItsLimit) {
    QElapsedTimer timer;
    timer.start();
    const CliRun json = cli({QStringLiteral("import-json"), demo, QStringLiteral("/dev/zero")});
    EXPECT_EQ(json.exitCode, 1);
    EXPECT_NE(json.err.indexOf(QStringLiteral(
                  "/dev/zero is larger than 64 MB; Paragraf reads meeting files up to 64 MB.")),
              -1)
        << json.err.toStdString();
    const CliRun csv =
        cli({QStringLiteral("roster-import"), demo, body, QStringLiteral("/dev/zero")});
    EXPECT_EQ(csv.exitCode, 1);
    EXPECT_NE(csv.err.indexOf(QStringLiteral(
                  "/dev/zero is larger than 16 MB; Paragraf reads roster files up to 16 MB.")),
              -1)
        << csv.err.toStdString();
    EXPECT_LT(timer.elapsed(), 30000);
}

TEST_F(IoCliTest, EveryArgumentIsReadStrictly) {
    const auto usage = [&](const QStringList& arguments, const char* words) {
        const CliRun run = cli(arguments);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString() << "\n"
                                   << run.err.toStdString();
        EXPECT_NE(run.err.indexOf(QString::fromUtf8(words)), -1)
            << arguments.join(QLatin1Char(' ')).toStdString() << "\n"
            << run.err.toStdString();
    };
    for (const char* id : {"07", "+6", " 6", "6 ", "6x", "0"})
        usage({QStringLiteral("show"), demo, QString::fromLatin1(id)}, "is not a meeting id");
    usage({QStringLiteral("show"), demo, QStringLiteral("-6")}, "\"-6\" is not accepted");
    for (const char* year : {"abc", "0", "99999", "+2025", "025"})
        usage({QStringLiteral("schedule"), demo, body, QString::fromLatin1(year)}, "is not a year");
    usage({QStringLiteral("schedule-export"), demo, body, QStringLiteral("abc"),
           QStringLiteral("--out"), dir.filePath(QStringLiteral("x.ics"))},
          "is not a year");
    for (const char* date : {"2024-02-29T10:00", "2023-02-29", "2024-2-1", " 2024-03-01"})
        usage({QStringLiteral("schedule-add"), demo, body, QString::fromLatin1(date)},
              "schedule-add expects a date");
    for (const char* time : {"9:00", "24:00", "10:00:00", "10.00"})
        usage({QStringLiteral("schedule-add"), demo, body, QStringLiteral("2025-03-03"),
               QStringLiteral("--start"), QString::fromLatin1(time)},
              "schedule-add expects a date");
    usage({QStringLiteral("deadlines"), demo, QStringLiteral("--today"),
           QStringLiteral("2024-11-31")},
          "--today expects a date");
    usage({QStringLiteral("assign"), demo, QStringLiteral("6"), QStringLiteral("026"),
           QStringLiteral("x")},
          "is not a paragraph number");
    usage({QStringLiteral("export"), demo, QStringLiteral("6"), QStringLiteral("--kind"),
           QStringLiteral("extract"), QStringLiteral("--paragraphs"), QStringLiteral("27,+29"),
           QStringLiteral("--out"), dir.filePath(QStringLiteral("x.pdf"))},
          "paragraph numbers like 27,29");
    // The schedule is unchanged by the refused additions; a good one still works.
    const CliRun good =
        cli({QStringLiteral("schedule-add"), demo, body, QStringLiteral("2024-02-29"),
             QStringLiteral("--start"), QStringLiteral("09:00"), QStringLiteral("--end"),
             QStringLiteral("11:00")});
    EXPECT_EQ(good.exitCode, 0) << good.err.toStdString();
}

TEST_F(IoCliTest, TheDryRunRefusesWhatTheImportRefuses) {
    const QList<QPair<QByteArray, QString>> files{
        {"Namn;Roll\nNy Person;Ledamot\nNy Person;Ledamot\n",
         QStringLiteral(":3:1: Ny Person is already listed on line 2.")},
        {"Roll;Namn\nLedamot;Sara Schelin\n",
         QStringLiteral(":2:2: Sara Schelin is already on the roster.")},
        {"Namn;Roll;Ersättare för\nNy Person;Ersättare;Ingen Alls\n",
         QStringLiteral(":2:3: Ingen Alls is not a member of the body.")},
        {QByteArray("Namn;Roll\nNy ") + QByteArray(1, '\0') + "Person;Ledamot\n",
         QStringLiteral(":2:1: The field holds a control character (U+0000); remove it.")},
        {"Namn;Parti;Roll\nNy Person;S\x01;Ledamot\n",
         QStringLiteral(":2:2: The field holds a control character (U+0001); remove it.")},
    };
    int n = 0;
    for (const auto& [bytes, expected] : files) {
        const QString csv = write(QStringLiteral("roster%1.csv").arg(++n), bytes);
        const QByteArray before = hashOf(demo);
        const CliRun dry =
            cli({QStringLiteral("roster-import"), demo, body, csv, QStringLiteral("--dry-run"),
                 QStringLiteral("--from"), QStringLiteral("2024-03-01")});
        const CliRun real = cli({QStringLiteral("roster-import"), demo, body, csv,
                                 QStringLiteral("--from"), QStringLiteral("2024-03-01")});
        EXPECT_EQ(dry.exitCode, 1) << bytes.toStdString() << dry.out.toStdString();
        EXPECT_EQ(real.exitCode, 1);
        EXPECT_EQ(dry.err, real.err);
        EXPECT_TRUE(real.err.startsWith(csv + expected)) << real.err.toStdString();
        EXPECT_EQ(real.err.indexOf(QStringLiteral(":0:")), -1);
        EXPECT_EQ(real.err.indexOf(QStringLiteral("CHECK constraint")), -1);
        EXPECT_EQ(hashOf(demo), before);
    }
}

TEST_F(IoCliTest, CellsThatASpreadsheetWouldRunAsFormulasStartWithAQuote) {
    for (const char* text : {"=1+2", "+46 70 123", "-5 kr", "@SUM(A1)", "\tTabb"})
        // "--" ends the options, so that "-5 kr" is the text.
        ASSERT_EQ(cli({QStringLiteral("assign"), QStringLiteral("--holder"),
                       QStringLiteral("Sara Schelin"), QStringLiteral("--"), demo,
                       QStringLiteral("6"), QStringLiteral("26"), QString::fromUtf8(text)})
                      .exitCode,
                  0);
    const QString csv = dir.filePath(QStringLiteral("uppdrag.csv"));
    ASSERT_EQ(cli({QStringLiteral("assignments"), demo, QStringLiteral("--state"),
                   QStringLiteral("all"), QStringLiteral("--csv"), csv})
                  .exitCode,
              0);
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    for (const char* cell : {";'=1+2;", ";'+46 70 123;", ";'-5 kr;", ";'@SUM(A1);", ";'\tTabb;"})
        EXPECT_NE(text.indexOf(QString::fromUtf8(cell)), -1) << cell << "\n" << text.toStdString();
    for (const char* cell : {";=1+2", ";+46", ";-5", ";@SUM", ";\tTabb"})
        EXPECT_EQ(text.indexOf(QString::fromUtf8(cell)), -1) << cell;
}

// A handful of the mutated files of the core fuzz test through the binary itself.
TEST_F(IoCliTest, MutatedFilesThroughTheCliNeitherCrashNorHangNorWriteHalfway) {
    const CliRun exported =
        cli({QStringLiteral("export-json"), demo, QStringLiteral("6"), QStringLiteral("-")});
    ASSERT_EQ(exported.exitCode, 0);
    const QByteArray json = exported.out.toUtf8();
    const QByteArray roster = "Namn;Organisation;Roll;Ersättare för\n"
                              "Åsa Öberg;Bräcke kommun;Ledamot;\n"
                              "Per Ås;Bräcke kommun;Ersättare;Åsa Öberg\n";
    Mutator mutate(17);
    for (int run = 0; run < 8; ++run) {
        const QString in = write(QStringLiteral("m%1.json").arg(run),
                                 run % 2 ? mutate.mutateJson(json) : mutate.damage(json));
        const QByteArray before = hashOf(demo);
        const CliRun imported = cli({QStringLiteral("import-json"), demo, in});
        EXPECT_TRUE(imported.exitCode == 0 || imported.exitCode == 1) << imported.exitCode;
        if (imported.exitCode == 1) {
            EXPECT_EQ(hashOf(demo), before) << in.toStdString();
        }

        const QString csv = write(QStringLiteral("r%1.csv").arg(run), mutate.damage(roster));
        const QByteArray rosterBefore = hashOf(demo);
        const CliRun dry =
            cli({QStringLiteral("roster-import"), demo, body, csv, QStringLiteral("--dry-run")});
        EXPECT_EQ(hashOf(demo), rosterBefore);
        const CliRun real = cli({QStringLiteral("roster-import"), demo, body, csv});
        EXPECT_TRUE(real.exitCode == 0 || real.exitCode == 1) << real.exitCode;
        EXPECT_EQ(dry.exitCode, real.exitCode) << csv.toStdString() << "\n"
                                               << dry.err.toStdString() << real.err.toStdString();
        if (real.exitCode == 1) {
            EXPECT_EQ(hashOf(demo), rosterBefore);
        }
    }
}

} // namespace
