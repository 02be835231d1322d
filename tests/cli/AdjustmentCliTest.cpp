// Justering from the command line: sent, signed by all, verified; a change behind Paragraf's
// back is refused by the file itself, and one made with the guards removed is named by verify.
#include "CliRunner.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace paragraf::test;

namespace {

TEST(AdjustmentCliTest, AProtocolIsSignedByAllVerifiedAndGuarded) {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.paragraf"));
    ASSERT_EQ(cli({QStringLiteral("demo"), file}).exitCode, 0);
    const QString six = QStringLiteral("6");
    CliRun run = cli({QStringLiteral("verify"), file, six});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("The protocol is not adjusted (status: draft).")));

    ASSERT_EQ(cli({QStringLiteral("send-for-adjustment"), file, six}).exitCode, 0);
    run = cli(
        {QStringLiteral("sign"), file, six, QStringLiteral("adjuster"), QStringLiteral("Sara S")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("is not the adjuster")));
    for (const auto& [role, name] :
         {std::pair{"secretary", "Elise Ackerot"}, std::pair{"chair", "Martin Söderström"},
          std::pair{"adjuster", "Sara Schelin"}}) {
        run = cli({QStringLiteral("sign"), file, six, QString::fromUtf8(role),
                   QString::fromUtf8(name), QStringLiteral("--on-paper")});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        EXPECT_EQ(run.out.trimmed().size(), 64);
    }
    run = cli({QStringLiteral("verify"), file, six});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Intact and signed by all.")));
    EXPECT_TRUE(cli({QStringLiteral("list"), file}).out.contains(QStringLiteral("adjusted")));

    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(file);
        ASSERT_TRUE(raw.open());
        QSqlQuery query(raw);
        EXPECT_FALSE(query.exec(QStringLiteral("UPDATE paragraph SET title = 'Ändrad' WHERE "
                                               "meeting_id = 6")));
        ASSERT_TRUE(query.exec(QStringLiteral("DROP TRIGGER paragraph_final_update")));
        ASSERT_TRUE(query.exec(QStringLiteral("UPDATE paragraph SET title = 'Ändrad' WHERE "
                                              "meeting_id = 6 AND number = 29")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    run = cli({QStringLiteral("verify"), file, six});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(
        QStringLiteral("The content changed after Elise Ackerot (the secretary) signed on")))
        << run.err.toStdString();
}

// A protocol whose decision reads against the motion carried is sent (a decision may say it in
// other words), and the secretary is told which paragraph to look at.
TEST(AdjustmentCliTest, SendingADecisionThatReadsAgainstTheMotionCarriedSaysWhere) {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.paragraf"));
    ASSERT_EQ(cli({QStringLiteral("demo"), file}).exitCode, 0);
    CliRun run = cli({QStringLiteral("send-for-adjustment"), file, QStringLiteral("10")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.err, QString()) << "the demo's decisions read as voted";
    {
        // § 34 of the board's draft: the chair found for the amendment, the decision unchanged.
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(file);
        ASSERT_TRUE(raw.open());
        QSqlQuery query(raw);
        ASSERT_TRUE(query.exec(QStringLiteral(
            "UPDATE paragraph_proceedings SET vote_held = 0, adopted_motion = 1 WHERE"
            " paragraph_id = (SELECT id FROM paragraph WHERE meeting_id = 9 AND number = 34)")));
        EXPECT_EQ(query.numRowsAffected(), 1);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    run = cli({QStringLiteral("send-for-adjustment"), file, QStringLiteral("9")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("Check the decision at § 34: the amendment \"att "
                                                  "motionen bifalls\" was carried")))
        << run.err.toStdString();
    EXPECT_TRUE(cli({QStringLiteral("list"), file})
                    .out.contains(QStringLiteral("2025-03-04\tout_for_adjustment")));
}

} // namespace
