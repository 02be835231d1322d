// A chair who hands over, from the command line: recorded, shown in the protocol, signed for in
// parts, and a missing adjuster named before anything is sent.
#include "CliRunner.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace paragraf::test;

namespace {

TEST(PresidingCliTest, TheAdjusterWhoTakesTheChairLeavesTheRestUncoveredAndSaysSo) {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.paragraf"));
    ASSERT_EQ(cli({QStringLiteral("demo"), file}).exitCode, 0);
    const QString six = QStringLiteral("6");
    CliRun run = cli({QStringLiteral("preside"), file, six, QStringLiteral("Sara Schelin"),
                      QStringLiteral("--from"), QStringLiteral("29")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();

    run = cli({QStringLiteral("signatories"), file, six});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.out, QStringLiteral("secretary\tElise Ackerot\t§§ 26–31\n"
                                      "chair\tMartin Söderström\t§§ 26–28\n"
                                      "chair\tSara Schelin\t§§ 29–31\n"
                                      "adjuster\tSara Schelin\t§§ 26–28\n"));
    EXPECT_TRUE(run.err.contains(QStringLiteral("§§ 29–31 would be adjusted by fewer adjusters")));
    run = cli({QStringLiteral("send-for-adjustment"), file, six});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("§§ 29–31"))) << run.err.toStdString();

    run = cli({QStringLiteral("show"), file, six});
    EXPECT_TRUE(run.out.contains(QStringLiteral("Ordförande                Martin Söderström §§ "
                                                "26–28\n                          Sara Schelin "
                                                "§§ 29–31\n")))
        << run.out.toStdString();

    run = cli({QStringLiteral("preside"), file, six, QStringLiteral("Sara Schelin"),
               QStringLiteral("--from"), QStringLiteral("29"), QStringLiteral("--remove")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("signatories"), file, six}).exitCode, 0);
    EXPECT_EQ(cli({QStringLiteral("send-for-adjustment"), file, six}).exitCode, 0);
}

TEST(PresidingCliTest, AHandoverToNobodyOrNowhereIsAUsageErrorOrRefused) {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.paragraf"));
    ASSERT_EQ(cli({QStringLiteral("demo"), file}).exitCode, 0);
    const QString six = QStringLiteral("6");
    EXPECT_EQ(cli({QStringLiteral("preside"), file, six, QStringLiteral("Sara Schelin")}).exitCode,
              2);
    CliRun run = cli({QStringLiteral("preside"), file, six, QStringLiteral("Nobody"),
                      QStringLiteral("--from"), QStringLiteral("29")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("not a participant")));
    run = cli({QStringLiteral("preside"), file, six, QStringLiteral("Sara Schelin"),
               QStringLiteral("--from"), QStringLiteral("99")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("no § 99")));
}

} // namespace
