// paragraf-cli numbering: where a body's year starts, set for a body that adopted Paragraf in the
// middle of a year, and refused where an adjusted protocol would be renumbered.
#include "CliRunner.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace paragraf::test;

namespace {

class NumberingCliTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        demo = dir.filePath(QStringLiteral("demo.paragraf"));
        ASSERT_EQ(cli({QStringLiteral("demo"), demo}).exitCode, 0);
    }
    CliRun numbering(const QString& year, const QStringList& more = {}) {
        return cli(QStringList{QStringLiteral("numbering"), demo, body, year} + more);
    }
    QTemporaryDir dir;
    QString demo;
    const QString body = QStringLiteral("Samverkanstid kommuner, Region och Länsstyrelse");
};

TEST_F(NumberingCliTest, AYearStartsAtOneUntilSetOtherwise) {
    const CliRun shown = numbering(QStringLiteral("2025"));
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_EQ(shown.out, QStringLiteral("1\n"));
    const CliRun set =
        numbering(QStringLiteral("2025"), {QStringLiteral("--from"), QStringLiteral("26")});
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    EXPECT_EQ(set.out, QStringLiteral("26\n"));
    EXPECT_EQ(numbering(QStringLiteral("2025")).out, QStringLiteral("26\n"));
    EXPECT_EQ(numbering(QStringLiteral("2026")).out, QStringLiteral("1\n"));
}

TEST_F(NumberingCliTest, AYearWithArchivedProtocolsKeepsItsNumbers) {
    const CliRun refused =
        numbering(QStringLiteral("2024"), {QStringLiteral("--from"), QStringLiteral("5")});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral(
        "the protocol of Samverkanstid kommuner, Region och Länsstyrelse on 2024-01-22 (§§ 1–5) "
        "is adjusted")))
        << refused.err.toStdString();
    EXPECT_TRUE(cli({QStringLiteral("list"), demo})
                    .out.contains(QStringLiteral("2024-11-11\tdraft\t26–31")));
    EXPECT_EQ(
        numbering(QStringLiteral("2024"), {QStringLiteral("--from"), QStringLiteral("1")}).exitCode,
        0)
        << "a start that changes no number is accepted";
}

TEST_F(NumberingCliTest, ArgumentsAreReadStrictly) {
    for (const QString& from : {QStringLiteral("0"), QStringLiteral("x"), QStringLiteral("026"),
                                QStringLiteral(" 26"), QStringLiteral("26a")})
        EXPECT_EQ(numbering(QStringLiteral("2025"), {QStringLiteral("--from"), from}).exitCode, 2)
            << from.toStdString();
    EXPECT_EQ(numbering(QStringLiteral("2025"), {QStringLiteral("--from=-3")}).exitCode, 2);
    EXPECT_EQ(numbering(QStringLiteral("25")).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("numbering"), demo, body}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("numbering"), demo, QStringLiteral("Ingen sådan"),
                   QStringLiteral("2025")})
                  .exitCode,
              1);
    EXPECT_EQ(numbering(QStringLiteral("2025")).out, QStringLiteral("1\n")) << "nothing written";
}

} // namespace
