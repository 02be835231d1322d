// What a tester broke from outside the program: an export written over another program's open
// database, a verification that read without end, a stray journal and an exclusive lock taken
// for damage. Each is refused or explained, and no file is changed.
#include "CliRunner.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace paragraf::test;

namespace {

class DataSafetyCliTest : public ::testing::Test {
protected:
    void SetUp() override {
        file = dir.filePath(QStringLiteral("a.paragraf"));
        other = dir.filePath(QStringLiteral("b.paragraf"));
        ASSERT_EQ(cli({QStringLiteral("demo"), file}).exitCode, 0);
        ASSERT_EQ(cli({QStringLiteral("demo"), other}).exitCode, 0);
    }
    QTemporaryDir dir;
    QString file;
    QString other;
};

TEST_F(DataSafetyCliTest, NoExportIsWrittenOverADatabaseOrTheFilesBesideIt) {
    const QByteArray before = hashOf(file);
    const CliRun pdf =
        cli({QStringLiteral("export"), other, QStringLiteral("6"), QStringLiteral("--out"), file});
    EXPECT_EQ(pdf.exitCode, 1);
    EXPECT_TRUE(pdf.err.contains(QStringLiteral("is a database"))) << pdf.err.toStdString();
    for (const char* companion : {"-wal", "-shm", "-journal"}) {
        const CliRun json = cli({QStringLiteral("export-json"), other, QStringLiteral("6"),
                                 file + QLatin1String(companion)});
        EXPECT_EQ(json.exitCode, 1) << companion;
        EXPECT_FALSE(QFile::exists(file + QLatin1String(companion))) << companion;
    }
    EXPECT_EQ(hashOf(file), before);
    EXPECT_EQ(cli({QStringLiteral("list"), file}).exitCode, 0);
}

TEST_F(DataSafetyCliTest, VerifyingReadsNoMoreThanItsLimit) {
    const CliRun run = cli({QStringLiteral("verify-pdf"), QStringLiteral("/dev/zero")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("larger than"))) << run.err.toStdString();
}

// A file named FILE-journal beside the database (here JSON written there by mistake) is not
// damage: the message says what it is, and both files stay as they are.
TEST_F(DataSafetyCliTest, AStrayJournalIsExplainedNotCalledDamage) {
    QFile journal(file + QStringLiteral("-journal"));
    ASSERT_TRUE(journal.open(QIODevice::WriteOnly));
    journal.write(QByteArray(4096, 'j'));
    journal.close();
    const QByteArray before = hashOf(file);
    const CliRun run = cli({QStringLiteral("list"), file});
    EXPECT_EQ(run.exitCode, 1) << "the journal asks for a write the read-only check may not make";
    EXPECT_FALSE(run.err.contains(QStringLiteral("damaged"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("-journal"))) << run.err.toStdString();
    EXPECT_EQ(hashOf(file), before);
    EXPECT_TRUE(QFile::exists(file + QStringLiteral("-journal")));
}

// Another program holding the file exclusively makes it unreadable for a while, not damaged.
TEST_F(DataSafetyCliTest, AFileHeldExclusivelyIsInUseNotDamaged) {
    {
        QSqlDatabase holder =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("exclusive"));
        holder.setDatabaseName(file);
        ASSERT_TRUE(holder.open());
        QSqlQuery lock(holder);
        ASSERT_TRUE(lock.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        ASSERT_TRUE(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        ASSERT_TRUE(lock.exec(QStringLiteral("SELECT COUNT(*) FROM meeting")));
        lock.next();
        const CliRun run = cli({QStringLiteral("list"), file});
        EXPECT_EQ(run.exitCode, 1);
        EXPECT_FALSE(run.err.contains(QStringLiteral("damaged"))) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("in use"))) << run.err.toStdString();
        lock.exec(QStringLiteral("ROLLBACK"));
        lock.finish();
        holder.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("exclusive"));
}

// A roster takes no longer names than the rest of the program: a 10 MB name is refused where
// it stands, not stored to break the meeting's export later.
TEST_F(DataSafetyCliTest, ARosterWithAnOverlongNameIsRefusedWhereItStands) {
    const QString csv = dir.filePath(QStringLiteral("roster.csv"));
    QFile out(csv);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("Namn;Organisation;Parti;Roll;Ersättare för;Från;Till\n");
    out.write(QByteArray(5000, 'A') + ";Åre;;ledamot;;2024-01-01;\n");
    out.close();
    const QByteArray before = hashOf(file);
    const CliRun run =
        cli({QStringLiteral("roster-import"), file, QStringLiteral("Samverkansgrupp Hälsa"), csv});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(csv + QStringLiteral(":2:1:"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("5000 characters"))) << run.err.toStdString();
    EXPECT_EQ(hashOf(file), before);
}

// A control character in a meeting file is refused with where it is, not stored to print raw.
TEST_F(DataSafetyCliTest, AMeetingFileWithAControlCharacterIsRefused) {
    const QString json = dir.filePath(QStringLiteral("meeting.json"));
    ASSERT_EQ(cli({QStringLiteral("export-json"), file, QStringLiteral("7"), json}).exitCode, 0);
    QFile in(json);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    QByteArray bytes = in.readAll();
    in.close();
    const qsizetype title = bytes.indexOf("\"title\": \"");
    ASSERT_GE(title, 0);
    bytes.insert(title + 10, "\\u0000");
    ASSERT_TRUE(in.open(QIODevice::WriteOnly | QIODevice::Truncate));
    in.write(bytes);
    in.close();
    const QString fresh = dir.filePath(QStringLiteral("fresh.paragraf"));
    ASSERT_EQ(cli({QStringLiteral("init"), fresh}).exitCode, 0);
    const CliRun run = cli({QStringLiteral("import-json"), fresh, json});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("control character (U+0000)")))
        << run.err.toStdString();
}

// The start of two names present is asked about for an assignment as for a remark; a date a
// year argument could never list is refused.
TEST_F(DataSafetyCliTest, AnAmbiguousHolderAndAnUnlistableDateAreRefused) {
    const CliRun holder =
        cli({QStringLiteral("assign"), file, QStringLiteral("6"), QStringLiteral("27"),
             QStringLiteral("Ring tillbaka"), QStringLiteral("--holder"), QStringLiteral("Sara")});
    EXPECT_EQ(holder.exitCode, 1);
    EXPECT_TRUE(holder.err.contains(QStringLiteral("could be any of"))) << holder.err.toStdString();
    const CliRun date =
        cli({QStringLiteral("schedule-add"), file, QStringLiteral("Samverkansgrupp Hälsa"),
             QStringLiteral("0001-01-01")});
    EXPECT_EQ(date.exitCode, 2) << date.err.toStdString();
}

// A device or a pipe named as the output is never replaced by a file.
TEST_F(DataSafetyCliTest, NoExportReplacesAPipe) {
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0666), 0);
    const CliRun run =
        cli({QStringLiteral("export"), file, QStringLiteral("6"), QStringLiteral("--out"), fifo});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("not an ordinary file"))) << run.err.toStdString();
    struct stat info {};
    ASSERT_EQ(::stat(QFile::encodeName(fifo).constData(), &info), 0);
    EXPECT_TRUE(S_ISFIFO(info.st_mode));
}

// An escaped half of a character would merge with what follows it ("\\ud800 B" into one
// character, the space gone): the file is refused, nothing imported.
TEST_F(DataSafetyCliTest, AMeetingFileWithAHalfCharacterIsRefused) {
    const QString json = dir.filePath(QStringLiteral("half.json"));
    ASSERT_EQ(cli({QStringLiteral("export-json"), file, QStringLiteral("7"), json}).exitCode, 0);
    QFile in(json);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    QByteArray bytes = in.readAll();
    in.close();
    const qsizetype title = bytes.indexOf("\"title\": \"");
    ASSERT_GE(title, 0);
    bytes.insert(title + 10, "A\\ud800 B");
    ASSERT_TRUE(in.open(QIODevice::WriteOnly | QIODevice::Truncate));
    in.write(bytes);
    in.close();
    const QString fresh = dir.filePath(QStringLiteral("fresh.paragraf"));
    ASSERT_EQ(cli({QStringLiteral("init"), fresh}).exitCode, 0);
    const CliRun run = cli({QStringLiteral("import-json"), fresh, json});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("lone surrogate"))) << run.err.toStdString();
}

} // namespace
