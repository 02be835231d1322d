// The review from the command line: a remark answered with its change, the diff a reviewer
// reads, signatures, a rättelse, the posting and the deadlines, and an exported protocol checked
// against its database with verify-pdf — also after the database was changed behind its back.
#include "CliRunner.h"
#include "adjustment/Deadlines.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace paragraf::test;

namespace {

class ReviewCliTest : public ::testing::Test {
protected:
    void SetUp() override {
        file = dir.filePath(QStringLiteral("demo.paragraf"));
        ASSERT_EQ(cli({QStringLiteral("demo"), file}).exitCode, 0);
    }
    CliRun run(QStringList arguments) {
        arguments.insert(1, file);
        return cli(arguments);
    }
    void signAll() {
        for (const auto& [role, name] :
             {std::pair{"secretary", "Elise Ackerot"}, std::pair{"chair", "Martin Söderström"},
              std::pair{"adjuster", "Sara Schelin"}})
            ASSERT_EQ(
                run({QStringLiteral("sign"), six, QString::fromUtf8(role), QString::fromUtf8(name)})
                    .exitCode,
                0);
    }

    QTemporaryDir dir;
    QString file;
    const QString six = QStringLiteral("6");
};

TEST_F(ReviewCliTest, ARemarkIsAnsweredWithItsChangeAndTheReviewerSeesIt) {
    ASSERT_EQ(run({QStringLiteral("send-for-adjustment"), six}).exitCode, 0);
    CliRun r = run({QStringLiteral("remark"), six, QStringLiteral("--by"),
                    QStringLiteral("Sara Schelin"), QStringLiteral("--paragraph"),
                    QStringLiteral("30"), QStringLiteral("Skriv ut vem som tar emot inspel.")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString remark = r.out.trimmed();
    ASSERT_EQ(run({QStringLiteral("changes"), six, QStringLiteral("--for"),
                   QStringLiteral("Sara Schelin"), QStringLiteral("--mark-read")})
                  .exitCode,
              0);
    r = run({QStringLiteral("answer"), six, remark, QStringLiteral("--paragraph"),
             QStringLiteral("30"), QStringLiteral("--field"), QStringLiteral("section:Synpunkter"),
             QStringLiteral("--text"), QStringLiteral("Inga frågor. Inspel skickas till Magnus.")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = run(
        {QStringLiteral("changes"), six, QStringLiteral("--for"), QStringLiteral("Sara Schelin")});
    EXPECT_TRUE(r.out.contains(QStringLiteral("§ 30 Inför RSR — Synpunkter")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Inga [-frågor eller synpunkter.-] {+frågor. "
                                              "Inspel skickas till Magnus.+}")))
        << r.out.toStdString();
    r = run({QStringLiteral("remarks"), six});
    EXPECT_TRUE(r.out.contains(QStringLiteral("§ 30\tSara Schelin\taccepted")))
        << r.out.toStdString();
    r = run(
        {QStringLiteral("answer"), six, remark, QStringLiteral("--reject"), QStringLiteral("nej")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("already been answered")));
}

TEST_F(ReviewCliTest, AnExportedProtocolIsCheckedAgainstItsDatabase) {
    ASSERT_EQ(run({QStringLiteral("send-for-adjustment"), six}).exitCode, 0);
    signAll();
    CliRun r =
        run({QStringLiteral("rattelse"), six, QStringLiteral("--paragraph"), QStringLiteral("30"),
             QStringLiteral("--text"), QStringLiteral("Inspel skickas till Magnus Aspegren."),
             QStringLiteral("--reason"), QStringLiteral("Mottagaren saknades"),
             QStringLiteral("--decided-by"), QStringLiteral("Martin Söderström"),
             QStringLiteral("--decided-on"), QStringLiteral("2024-11-25")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // Signed today, so posted today at the earliest.
    const QDate today = QDate::currentDate();
    EXPECT_EQ(run({QStringLiteral("post"), six, today.addDays(-1).toString(Qt::ISODate)}).exitCode,
              1);
    ASSERT_EQ(run({QStringLiteral("post"), six, today.toString(Qt::ISODate)}).exitCode, 0);
    // Three weeks, to a weekday (lag 1930:173): the day after, overdue.
    const QDate ends = paragraf::appealPeriodEnds(today);
    EXPECT_GE(ends, today.addDays(21));
    r = run({QStringLiteral("deadlines"), QStringLiteral("--today"),
             ends.addDays(1).toString(Qt::ISODate)});
    EXPECT_TRUE(r.out.contains(ends.toString(Qt::ISODate) +
                               QStringLiteral("\tOVERDUE\tappeal period ends\t6\t")))
        << r.out.toStdString();

    const QString pdf = dir.filePath(QStringLiteral("protokoll.pdf"));
    ASSERT_EQ(run({QStringLiteral("export"), six, QStringLiteral("--out"), pdf}).exitCode, 0);
    r = cli({QStringLiteral("verify-pdf"), pdf, QStringLiteral("--db"), file});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString hash = r.out.section(QLatin1Char('\n'), 0, 0).mid(8);
    ASSERT_EQ(hash.size(), 64);
    const QString printed = pdfText(pdf);
    QString grouped;
    for (int i = 0; i < 64; i += 8)
        grouped += hash.mid(i, 8) + QLatin1Char(' ');
    EXPECT_TRUE(printed.simplified().contains(grouped.trimmed()))
        << "the checksum on the last page is the one in the metadata";
    EXPECT_TRUE(printed.contains(QStringLiteral("Rättelse beslutad 2024-11-25 av Martin")));

    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(file);
        ASSERT_TRUE(raw.open());
        QSqlQuery query(raw);
        ASSERT_TRUE(query.exec(QStringLiteral("DROP TRIGGER paragraph_section_final_update")));
        ASSERT_TRUE(query.exec(QStringLiteral("UPDATE paragraph_section SET text = 'Annat' "
                                              "WHERE paragraph_id = (SELECT id FROM paragraph "
                                              "WHERE meeting_id = 6 AND number = 28)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    r = cli({QStringLiteral("verify-pdf"), pdf, QStringLiteral("--db"), file});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("is not the one in the PDF"))) << r.err.toStdString();

    const QString notPdf = dir.filePath(QStringLiteral("inte.pdf"));
    QFile junk(notPdf);
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write("%PDF-1.4 nothing here");
    junk.close();
    r = cli({QStringLiteral("verify-pdf"), notPdf});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("carries no Paragraf checksum")));
}

} // namespace
