// paragraf-cli as scripts and people use it: exit codes, output formats, messages.
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace paragraf::test;

namespace {

QString readText(const QString& path) {
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return QString::fromUtf8(file.readAll());
}

class CliTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        demo = dir.filePath(QStringLiteral("demo.paragraf"));
        const CliRun made = cli({QStringLiteral("demo"), demo});
        ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    }
    QString file(const QString& name) const { return dir.filePath(name); }
    QTemporaryDir dir;
    QString demo;
};

TEST_F(CliTest, ListGivesOneLinePerMeetingStartingWithItsId) {
    const CliRun run = cli({QStringLiteral("list"), demo});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 10);
    EXPECT_TRUE(lines.contains(QStringLiteral(
        "6\tSamverkanstid kommuner, Region och Länsstyrelse\t2024-11-11\tdraft\t26–31")))
        << run.out.toStdString();
    EXPECT_TRUE(lines.contains(QStringLiteral(
        "1\tSamverkanstid kommuner, Region och Länsstyrelse\t2024-01-22\tarchived\t1–5")));
    for (const QString& line : lines)
        EXPECT_GT(line.section(QLatin1Char('\t'), 0, 0).toInt(), 0) << line.toStdString();
}

TEST_F(CliTest, ListAsJsonForScripts) {
    const CliRun run = cli({QStringLiteral("list"), demo, QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
    ASSERT_EQ(list.size(), 10);
    bool found = false;
    for (const auto& item : list) {
        const QJsonObject o = item.toObject();
        if (o[QStringLiteral("id")].toInt() == 6) {
            found = true;
            EXPECT_EQ(o[QStringLiteral("date")].toString(), QStringLiteral("2024-11-11"));
            EXPECT_EQ(o[QStringLiteral("firstParagraph")].toInt(), 26);
            EXPECT_EQ(o[QStringLiteral("lastParagraph")].toInt(), 31);
            EXPECT_EQ(o[QStringLiteral("status")].toString(), QStringLiteral("draft"));
        }
    }
    EXPECT_TRUE(found);
}

TEST_F(CliTest, ShowReproducesSeed001) {
    const CliRun run = cli({QStringLiteral("show"), demo, QStringLiteral("6")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, readText(QStringLiteral(TEST_DATA_DIR "/seed001_show.txt")));
}

TEST_F(CliTest, ShowsSubstitutesWithTheirParagraphs) {
    const CliRun run = cli({QStringLiteral("show"), demo, QStringLiteral("7")});
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.out, readText(QStringLiteral(TEST_DATA_DIR "/vastmanland_show.txt")));
}

TEST_F(CliTest, JsonRoundTripThroughTheCommandLineIsIdentical) {
    const QString first = file(QStringLiteral("first.json"));
    const QString second = file(QStringLiteral("second.json"));
    const QString other = file(QStringLiteral("other.paragraf"));
    ASSERT_EQ(cli({QStringLiteral("export-json"), demo, QStringLiteral("6"), first}).exitCode, 0);
    ASSERT_EQ(cli({QStringLiteral("init"), other}).exitCode, 0);
    const CliRun imported = cli({QStringLiteral("import-json"), other, first});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const QString newId = imported.out.trimmed();
    ASSERT_EQ(cli({QStringLiteral("export-json"), other, newId, second}).exitCode, 0);
    EXPECT_EQ(hashOf(first), hashOf(second));
    EXPECT_EQ(cli({QStringLiteral("show"), other, newId}).out,
              cli({QStringLiteral("show"), demo, QStringLiteral("6")}).out);
}

TEST_F(CliTest, ExportToStandardOutput) {
    const CliRun run =
        cli({QStringLiteral("export-json"), demo, QStringLiteral("6"), QStringLiteral("-")});
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_EQ(
        QJsonDocument::fromJson(run.out.toUtf8()).object()[QStringLiteral("format")].toString(),
        QStringLiteral("paragraf-meeting"));
}

TEST_F(CliTest, ABadJsonFileIsRejectedWithPathsAndChangesNothing) {
    const QString exported = file(QStringLiteral("m.json"));
    ASSERT_EQ(cli({QStringLiteral("export-json"), demo, QStringLiteral("6"), exported}).exitCode,
              0);
    QJsonObject root = QJsonDocument::fromJson(readText(exported).toUtf8()).object();
    QJsonObject meeting = root[QStringLiteral("meeting")].toObject();
    meeting[QStringLiteral("date")] = QStringLiteral("11/11/2024");
    root[QStringLiteral("meeting")] = meeting;
    root.remove(QStringLiteral("participants"));
    const QString bad = file(QStringLiteral("bad.json"));
    QFile out(bad);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(root).toJson());
    out.close();
    const QString before = cli({QStringLiteral("list"), demo}).out;
    const CliRun run = cli({QStringLiteral("import-json"), demo, bad});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.err.indexOf(QStringLiteral("$.meeting.date")), -1) << run.err.toStdString();
    EXPECT_NE(run.err.indexOf(QStringLiteral("$.participants: is missing")), -1)
        << run.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("list"), demo}).out, before);
}

TEST_F(CliTest, AForeignFileGivesOneLineAndStaysUntouched) {
    const QString text = file(QStringLiteral("notes.txt"));
    QFile out(text);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QByteArray("Minnesanteckningar\n").repeated(100));
    out.close();
    const QByteArray before = hashOf(text);
    const CliRun run = cli({QStringLiteral("list"), text});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("paragraf-cli: ")));
    EXPECT_EQ(hashOf(text), before);
}

TEST_F(CliTest, UsageErrorsExitWithTwo) {
    EXPECT_EQ(cli({}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("show"), demo}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("list"), demo, QStringLiteral("--no-such-option")}).exitCode, 2);
    const CliRun badId = cli({QStringLiteral("show"), demo, QStringLiteral("sex")});
    EXPECT_EQ(badId.exitCode, 2);
    EXPECT_NE(badId.err.indexOf(QStringLiteral("not a meeting id")), -1);
    const CliRun missing = cli({QStringLiteral("show"), demo, QStringLiteral("999")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_NE(missing.err.indexOf(QStringLiteral("no meeting with id 999")), -1)
        << missing.err.toStdString();
}

TEST_F(CliTest, EverySubcommandHasHelp) {
    for (const char* command :
         {"init", "demo", "list", "show", "export-json", "import-json", "export"}) {
        const CliRun run = cli({QString::fromLatin1(command), QStringLiteral("--help")});
        EXPECT_EQ(run.exitCode, 0) << command;
        EXPECT_NE(run.out.indexOf(QStringLiteral("Usage:")), -1) << command;
    }
    EXPECT_NE(cli({QStringLiteral("--help")}).out.indexOf(QStringLiteral("import-json")), -1);
}

TEST_F(CliTest, InitRefusesToOverwrite) {
    const CliRun run = cli({QStringLiteral("init"), demo});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.err.indexOf(QStringLiteral("already exists")), -1);
}

TEST_F(CliTest, MessagesFollowTheSwedishLocale) {
    const CliRun run = cli({QStringLiteral("frobnicate")}, QStringLiteral("sv_SE.UTF-8"));
    EXPECT_NE(run.err.indexOf(QStringLiteral("okänt kommando")), -1) << run.err.toStdString();
    const CliRun foreign = cli({QStringLiteral("list"), file(QStringLiteral("saknas.paragraf"))},
                               QStringLiteral("sv_SE.UTF-8"));
    EXPECT_NE(foreign.err.indexOf(QStringLiteral("finns inte")), -1) << foreign.err.toStdString();
}

// A file that cannot be written opens read-only: reading works, writing is refused with the
// reason, and the file stays byte-identical. Root may write anything, so as root the commands
// run as the unprivileged user nobody.
TEST_F(CliTest, AWriteProtectedFileOpensReadOnly) {
    QStringList prefix;
    if (geteuid() == 0) {
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        ASSERT_FALSE(setpriv.isEmpty())
            << "setpriv (util-linux) is needed to drop root for this test";
        prefix = {setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                  QStringLiteral("--clear-groups")};
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                              QFile::ReadOther | QFile::ExeOther |
                                              QFile::ReadGroup | QFile::ExeGroup);
    }
    const QString exported = file(QStringLiteral("m.json"));
    ASSERT_EQ(cli({QStringLiteral("export-json"), demo, QStringLiteral("7"), exported}).exitCode,
              0);
    QFile::setPermissions(exported, QFile::ReadOwner | QFile::ReadOther | QFile::ReadGroup);
    QFile::setPermissions(demo, QFile::ReadOwner | QFile::ReadOther | QFile::ReadGroup);
    const QByteArray before = hashOf(demo);
    const CliRun list = cli({QStringLiteral("list"), demo}, QStringLiteral("C"), prefix);
    EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_EQ(list.out.trimmed().split(QLatin1Char('\n')).size(), 10);
    const CliRun write =
        cli({QStringLiteral("import-json"), demo, exported}, QStringLiteral("C"), prefix);
    EXPECT_EQ(write.exitCode, 1);
    EXPECT_NE(write.err.indexOf(QStringLiteral("read-only")), -1) << write.err.toStdString();
    EXPECT_EQ(hashOf(demo), before);
}

TEST_F(CliTest, ExportsEveryKindOfDocument) {
    const QStringList kinds{QStringLiteral("protocol"), QStringLiteral("notes"),
                            QStringLiteral("extract"), QStringLiteral("notice"),
                            QStringLiteral("certificate")};
    for (const QString& kind : kinds)
        for (const QString& format : {QStringLiteral("pdf"), QStringLiteral("odt")}) {
            const QString out = file(kind + QLatin1Char('.') + format);
            const CliRun run =
                cli({QStringLiteral("export"), demo, QStringLiteral("6"), QStringLiteral("--kind"),
                     kind, QStringLiteral("--paragraphs"), QStringLiteral("27,29"),
                     QStringLiteral("--format"), format, QStringLiteral("--out"), out,
                     QStringLiteral("--posted"), QStringLiteral("2024-11-20")});
            EXPECT_EQ(run.exitCode, 0) << kind.toStdString() << ": " << run.err.toStdString();
            QFile written(out);
            ASSERT_TRUE(written.open(QIODevice::ReadOnly)) << out.toStdString();
            EXPECT_TRUE(written.read(4).startsWith(format == QLatin1String("pdf") ? "%PDF" : "PK"));
        }
}

TEST_F(CliTest, ExportRefusesWhatItCannotMake) {
    const QString out = file(QStringLiteral("x.pdf"));
    EXPECT_EQ(cli({QStringLiteral("export"), demo, QStringLiteral("6"), QStringLiteral("--kind"),
                   QStringLiteral("poster"), QStringLiteral("--out"), out})
                  .exitCode,
              2);
    EXPECT_EQ(cli({QStringLiteral("export"), demo, QStringLiteral("6")}).exitCode, 2)
        << "--out is required";
    const CliRun noParagraphs =
        cli({QStringLiteral("export"), demo, QStringLiteral("6"), QStringLiteral("--kind"),
             QStringLiteral("extract"), QStringLiteral("--out"), out});
    EXPECT_EQ(noParagraphs.exitCode, 1);
    EXPECT_NE(noParagraphs.err.indexOf(QStringLiteral("numbers of the paragraphs")), -1)
        << noParagraphs.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
}

} // namespace
