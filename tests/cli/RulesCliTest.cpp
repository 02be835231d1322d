// The body's rules and a meeting's copy of them from the command line.
#include "CliRunner.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace paragraf::test;

namespace {

TEST(RulesCliTest, TheBodysRulesAndAMeetingsCopyAreSetAndShown) {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.paragraf"));
    ASSERT_EQ(cli({QStringLiteral("demo"), file}).exitCode, 0);
    CliRun run =
        cli({QStringLiteral("body-rules"), file, QStringLiteral("1"), QStringLiteral("--prefix"),
             QStringLiteral("KS"), QStringLiteral("--adjusters"), QStringLiteral("2"),
             QStringLiteral("--notice-signer"), QStringLiteral("Eva Ek"),
             QStringLiteral("--appendix"), QStringLiteral("always")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("prefix\tKS\nadjusters\t2\n")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("appendix\talways\nnotice-signer\tEva Ek\n")));
    run = cli({QStringLiteral("body-rules"), file, QStringLiteral("1"),
               QStringLiteral("--notice-days"), QStringLiteral("14")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("8 kap. 12 §"))) << run.err.toStdString();

    // Seed 001 was set up before: its copy is the defaults until it is changed itself.
    run = cli({QStringLiteral("meeting-rules"), file, QStringLiteral("6")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("prefix\t\nadjusters\t1\n")));
    run =
        cli({QStringLiteral("meeting-rules"), file, QStringLiteral("6"), QStringLiteral("--prefix"),
             QStringLiteral("KS"), QStringLiteral("--att-clauses"), QStringLiteral("yes")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("att-clauses\tyes")));
    EXPECT_TRUE(cli({QStringLiteral("show"), file, QStringLiteral("6")})
                    .out.contains(QStringLiteral("KS § 26 Upprop")));
    EXPECT_EQ(cli({QStringLiteral("meeting-rules"), file, QStringLiteral("6"),
                   QStringLiteral("--rejoin"), QStringLiteral("maybe")})
                  .exitCode,
              2);
}

} // namespace
