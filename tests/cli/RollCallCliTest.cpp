// paragraf-cli rollcall and roster --csv: the upprop of a new fullmäktige meeting from the
// command line, and a roster with its order of election written and read back.
#include "CliRunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace paragraf::test;

namespace {

const QString council = QStringLiteral("Kommunfullmäktige i Norrvik");

class RollCallCliTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        demo = dir.filePath(QStringLiteral("demo.paragraf"));
        ASSERT_EQ(cli({QStringLiteral("demo"), demo}).exitCode, 0);
    }
    QTemporaryDir dir;
    QString demo;
};

// A planned meeting turned into a meeting, with nobody marked present yet.
QString newMeeting(const QString& demo) {
    const CliRun planned =
        cli({QStringLiteral("schedule-add"), demo, council, QStringLiteral("2025-06-16")});
    EXPECT_EQ(planned.exitCode, 0) << planned.err.toStdString();
    const CliRun made = cli({QStringLiteral("create-meeting"), demo, planned.out.trimmed()});
    EXPECT_EQ(made.exitCode, 0) << made.err.toStdString();
    return made.out.trimmed();
}

TEST_F(RollCallCliTest, AbsentMembersAreReplacedByTheirPartysSubstitutesInOrder) {
    const CliRun roster = cli({QStringLiteral("roster"), demo, council, QStringLiteral("--date"),
                               QStringLiteral("2025-06-16")});
    ASSERT_EQ(roster.exitCode, 0);
    // The first two M members, and M's first two substitutes in order.
    QStringList m, substitutes;
    for (const QString& line : roster.out.split(QLatin1Char('\n')))
        if (line.section(QLatin1Char('\t'), 3, 3) == QStringLiteral("M")) {
            const QString role = line.section(QLatin1Char('\t'), 4, 4);
            if (role.startsWith(QStringLiteral("ersättare nr 1")) ||
                role.startsWith(QStringLiteral("ersättare nr 2")))
                substitutes << line.section(QLatin1Char('\t'), 1, 1);
            else if (role == QStringLiteral("ledamot") && m.size() < 2)
                m << line.section(QLatin1Char('\t'), 1, 1);
        }
    ASSERT_EQ(m.size(), 2) << roster.out.toStdString();
    ASSERT_EQ(substitutes.size(), 2) << roster.out.toStdString();

    const QString meeting = newMeeting(demo);
    const CliRun called = cli({QStringLiteral("rollcall"), demo, meeting,
                               QStringLiteral("--absent"), m[0], QStringLiteral("--absent"), m[1]});
    ASSERT_EQ(called.exitCode, 0) << called.err.toStdString();
    const QStringList lines = called.out.trimmed().split(QLatin1Char('\n'));
    EXPECT_EQ(lines.size(), 61);
    EXPECT_TRUE(lines.contains(m[0] + QStringLiteral("\tM\tersätts av ") + substitutes[0]))
        << called.out.toStdString();
    EXPECT_TRUE(lines.contains(m[1] + QStringLiteral("\tM\tersätts av ") + substitutes[1]));
    EXPECT_EQ(called.out.count(QStringLiteral("\tnärvarande\n")), 59);

    // Present after all: the substitute no longer serves; shown again without changes.
    ASSERT_EQ(cli({QStringLiteral("rollcall"), demo, meeting, QStringLiteral("--present"), m[1]})
                  .exitCode,
              0);
    const CliRun shown = cli({QStringLiteral("rollcall"), demo, meeting});
    EXPECT_TRUE(shown.out.contains(m[1] + QStringLiteral("\tM\tnärvarande\n")));
    // A start of a name that fits several is refused, naming them.
    const CliRun vague = cli({QStringLiteral("rollcall"), demo, meeting, QStringLiteral("--absent"),
                              QStringLiteral("A")});
    EXPECT_EQ(vague.exitCode, 1);
    EXPECT_TRUE(vague.err.contains(QStringLiteral("write more of the name")))
        << vague.err.toStdString();
}

TEST_F(RollCallCliTest, ARosterWrittenAsCsvIsReadBackWithItsOrderOfElection) {
    const QString csv = dir.filePath(QStringLiteral("kf.csv"));
    ASSERT_EQ(cli({QStringLiteral("roster"), demo, council, QStringLiteral("--date"),
                   QStringLiteral("2025-06-16"), QStringLiteral("--csv"), csv})
                  .exitCode,
              0);
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral(";S;ersättare;;3;2023-01-01;"))) << text.toStdString();
    const CliRun dry =
        cli({QStringLiteral("roster-import"), demo, council, csv, QStringLiteral("--dry-run"),
             QStringLiteral("--from"), QStringLiteral("2023-01-01")});
    // The members are on the roster already: the dry run names them, every line read.
    EXPECT_EQ(dry.exitCode, 1);
    EXPECT_TRUE(dry.err.contains(QStringLiteral("is already on the roster")))
        << dry.err.toStdString();
    EXPECT_FALSE(dry.err.contains(QStringLiteral("order of election")));
    EXPECT_FALSE(dry.err.contains(QStringLiteral("must name the member")));
}

} // namespace
