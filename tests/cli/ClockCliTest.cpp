// paragraf-cli for adjournments and the adjustment time: add, list, remove, and what the
// protocol text then says.
#include "CliRunner.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace paragraf::test;

namespace {

class ClockCliTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        demo = dir.filePath(QStringLiteral("demo.paragraf"));
        ASSERT_EQ(cli({QStringLiteral("demo"), demo}).exitCode, 0);
    }
    QString show() { return cli({QStringLiteral("show"), demo, QStringLiteral("7")}).out; }
    QTemporaryDir dir;
    QString demo;
};

TEST_F(ClockCliTest, AdjournmentsAreAddedListedAndRemoved) {
    // Meeting 7 (Västmanland) runs 09.00–12.00; § 2 is its second paragraph.
    const CliRun lunch =
        cli({QStringLiteral("adjourn"), demo, QStringLiteral("7"), QStringLiteral("10:00"),
             QStringLiteral("10:15"), QStringLiteral("--paragraph"), QStringLiteral("2"),
             QStringLiteral("--reason"), QStringLiteral("kaffe")});
    ASSERT_EQ(lunch.exitCode, 0) << lunch.err.toStdString();
    const CliRun talks =
        cli({QStringLiteral("adjourn"), demo, QStringLiteral("7"), QStringLiteral("10:30"),
             QStringLiteral("10:40"), QStringLiteral("--paragraph"), QStringLiteral("3"),
             QStringLiteral("--within"), QStringLiteral("--reason"),
             QStringLiteral("gruppöverläggningar")});
    ASSERT_EQ(talks.exitCode, 0) << talks.err.toStdString();
    EXPECT_NE(show().indexOf(QStringLiteral("ajournering kl. 10.00–10.15 (kaffe)")), -1)
        << show().toStdString();
    EXPECT_NE(show().indexOf(QStringLiteral("Sammanträdet ajourneras kl. 10.30–10.40 för "
                                            "gruppöverläggningar.")),
              -1);

    const CliRun overlapping = cli({QStringLiteral("adjourn"), demo, QStringLiteral("7"),
                                    QStringLiteral("10:10"), QStringLiteral("10:20")});
    EXPECT_EQ(overlapping.exitCode, 1);
    EXPECT_NE(overlapping.err.indexOf(QStringLiteral("overlaps")), -1)
        << overlapping.err.toStdString();

    const CliRun list = cli({QStringLiteral("adjournments"), demo, QStringLiteral("7")});
    ASSERT_EQ(list.exitCode, 0);
    const QStringList lines = list.out.trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 2) << list.out.toStdString();
    EXPECT_TRUE(lines[0].endsWith(QStringLiteral("10:00-10:15 after § 2 (kaffe)")))
        << lines[0].toStdString();
    EXPECT_TRUE(lines[1].endsWith(QStringLiteral("10:30-10:40 inside § 3 (gruppöverläggningar)")))
        << lines[1].toStdString();

    const QString id = lines[0].section(QLatin1Char('\t'), 0, 0);
    EXPECT_EQ(cli({QStringLiteral("remove-adjournment"), demo, id}).exitCode, 0);
    EXPECT_EQ(show().indexOf(QStringLiteral("(kaffe)")), -1);
    EXPECT_EQ(cli({QStringLiteral("adjourn"), demo, QStringLiteral("7"), QStringLiteral("10.00"),
                   QStringLiteral("10:15")})
                  .exitCode,
              2)
        << "times are HH:MM";
}

TEST_F(ClockCliTest, TheAdjustmentTimeIsPrintedWithItsDay) {
    ASSERT_EQ(
        cli({QStringLiteral("adjustment-time"), demo, QStringLiteral("6"), QStringLiteral("16:00")})
            .exitCode,
        0);
    const QString text = cli({QStringLiteral("show"), demo, QStringLiteral("6")}).out;
    EXPECT_NE(text.indexOf(QStringLiteral("tisdag 19 november 2024 kl. 16.00, digitalt")), -1)
        << text.toStdString();
    ASSERT_EQ(
        cli({QStringLiteral("adjustment-time"), demo, QStringLiteral("6"), QStringLiteral("none")})
            .exitCode,
        0);
    EXPECT_EQ(cli({QStringLiteral("show"), demo, QStringLiteral("6")})
                  .out.indexOf(QStringLiteral("kl. 16.00")),
              -1);
}

} // namespace
