// A writer killed with SIGKILL at random moments loses nothing it reported as committed.
#include "TestSupport.h"
#include "storage/Database.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QThread>

using namespace paragraf;
using namespace paragraf::test;

namespace {

int iterations() {
    const int fromEnvironment = qEnvironmentVariableIntValue("PARAGRAF_CRASH_ITERATIONS");
    return fromEnvironment > 0 ? fromEnvironment : 200;
}

struct Reported {
    int lastText = -1;
    QSet<int> paragraphs;
};

Reported parseReport(const QByteArray& output) {
    Reported reported;
    static const QRegularExpression line(QStringLiteral("^(text|paragraph) (\\d+)$"));
    for (const QByteArray& raw : output.split('\n')) {
        const auto match = line.match(QString::fromUtf8(raw));
        if (!match.hasMatch())
            continue; // the last line may be cut by the kill
        const int n = match.captured(2).toInt();
        if (match.captured(1) == QLatin1String("text"))
            reported.lastText = std::max(reported.lastText, n);
        else
            reported.paragraphs.insert(n);
    }
    return reported;
}

class CrashTest : public DatabaseFixture {};

TEST_F(CrashTest, EveryReportedEditSurvivesAKill) {
    const Id body = createBody(QStringLiteral("Kommunstyrelsen"), 3);
    const Id meeting = createMeeting(body, QDate(2024, 5, 20));
    addParagraph(meeting, QStringLiteral("Första"));
    const Id section = load(meeting).paragraphs[0].sections[0].id;
    m_database.reset(); // the child has the file to itself

    QRandomGenerator random(20241111);
    int killedMidway = 0;
    for (int round = 0; round < iterations(); ++round) {
        QProcess child;
        child.start(QStringLiteral(CRASH_WRITER),
                    {path(), QString::number(meeting), QString::number(section)});
        ASSERT_TRUE(child.waitForStarted());
        QThread::msleep(random.bounded(5, 60));
        child.kill(); // SIGKILL: no destructor, no rollback, no checkpoint
        child.waitForFinished();
        killedMidway += child.exitStatus() == QProcess::CrashExit ? 1 : 0;
        const Reported reported = parseReport(child.readAllStandardOutput());

        auto reopened = Database::open(path());
        ASSERT_TRUE(reopened.ok()) << "round " << round << ": " << reopened.error().toStdString();
        ASSERT_TRUE(reopened.value()->integrityCheck().ok()) << "round " << round;
        const auto record = MeetingService(*reopened.value()).load(meeting);
        ASSERT_TRUE(record.ok());
        QSet<QString> titles;
        for (const auto& p : record->paragraphs)
            titles.insert(p.title);
        for (int n : reported.paragraphs)
            ASSERT_TRUE(titles.contains(QStringLiteral("Edit %1").arg(n)))
                << "round " << round << " lost paragraph " << n;
        if (reported.lastText >= 0) {
            // The section may sit anywhere after paragraphs were inserted before it.
            QString stored;
            for (const auto& p : record->paragraphs)
                for (const auto& s : p.sections)
                    if (s.id == section)
                        stored = s.text;
            const int storedEdit = stored.section(QLatin1Char(' '), 1, 1).toInt();
            ASSERT_GE(storedEdit, reported.lastText) << "round " << round << " lost text edit";
        }
        QList<int> expected;
        for (int i = 0; i < record->paragraphs.size(); ++i)
            expected << record->paragraphs[0].number + i;
        ASSERT_EQ(numbersOf(record.value()), expected) << "numbering broken in round " << round;
    }
    EXPECT_GT(killedMidway, iterations() / 2) << "the child should usually be killed while writing";
}

} // namespace
