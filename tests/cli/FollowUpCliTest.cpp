// Follow-up from the command line: assignments given and closed at a later meeting, the
// overview as text, CSV and PDF, a question raised to another body and taken up there, and a
// remark by name; wrong names refused without touching the file.
#include "CliRunner.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace paragraf::test;

namespace {

class FollowUpCliTest : public ::testing::Test {
protected:
    void SetUp() override {
        file = dir.filePath(QStringLiteral("demo.paragraf"));
        ASSERT_EQ(cli({QStringLiteral("demo"), file}).exitCode, 0);
    }
    CliRun run(QStringList arguments) {
        arguments.insert(1, file);
        return cli(arguments);
    }
    // The id of a new meeting of `body` on `date`, planned in its schedule first.
    QString newMeeting(const QString& body, const QString& date) {
        const CliRun planned = run({QStringLiteral("schedule-add"), body, date});
        EXPECT_EQ(planned.exitCode, 0) << planned.err.toStdString();
        const CliRun created = run({QStringLiteral("create-meeting"), planned.out.trimmed()});
        EXPECT_EQ(created.exitCode, 0) << created.err.toStdString();
        return created.out.trimmed();
    }

    QTemporaryDir dir;
    QString file;
};

TEST_F(FollowUpCliTest, AnAssignmentIsGivenListedOverdueAndClosedAtTheNextMeeting) {
    const CliRun given = run({QStringLiteral("assign"), QStringLiteral("6"), QStringLiteral("29"),
                              QStringLiteral("Återkoppla om panelsamtalet"),
                              QStringLiteral("--holder"), QStringLiteral("Magnus"),
                              QStringLiteral("--holder"), QStringLiteral("Kommundirektörerna")});
    ASSERT_EQ(given.exitCode, 0) << given.err.toStdString();
    EXPECT_EQ(given.out, QStringLiteral("§ 29: Återkoppla om panelsamtalet. Ansvariga: Magnus "
                                        "Aspegren och Kommundirektörerna. Redovisas till nästa "
                                        "möte.\n"));
    const QString body = QStringLiteral("Samverkanstid kommuner, Region och Länsstyrelse");
    // The demo's 11 November meeting announces 9 December as the next.
    CliRun overdue =
        run({QStringLiteral("assignments"), QStringLiteral("--state"), QStringLiteral("overdue"),
             QStringLiteral("--today"), QStringLiteral("2024-12-10"), QStringLiteral("--person"),
             QStringLiteral("Magnus Aspegren")});
    ASSERT_EQ(overdue.exitCode, 0) << overdue.err.toStdString();
    EXPECT_TRUE(overdue.out.startsWith(QStringLiteral("1\tförsenat\t2024-12-09\t")))
        << overdue.out.toStdString();

    const QString december = newMeeting(body, QStringLiteral("2024-12-09"));
    ASSERT_FALSE(december.isEmpty());
    ASSERT_EQ(run({QStringLiteral("assign"), december, QStringLiteral("1"), QStringLiteral("x"),
                   QStringLiteral("--holder"), QStringLiteral("Alla")})
                  .exitCode,
              1)
        << "the new meeting has no paragraphs yet";
    const QString csv = dir.filePath(QStringLiteral("uppdrag.csv"));
    const QString pdf = dir.filePath(QStringLiteral("uppdrag.pdf"));
    const CliRun listed = run({QStringLiteral("assignments"), QStringLiteral("--body"), body,
                               QStringLiteral("--today"), QStringLiteral("2024-12-09"),
                               QStringLiteral("--csv"), csv, QStringLiteral("--pdf"), pdf});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    QFile csvFile(csv);
    ASSERT_TRUE(csvFile.open(QIODevice::ReadOnly));
    const QString csvText = QString::fromUtf8(csvFile.readAll());
    EXPECT_TRUE(csvText.contains(QStringLiteral(
        "Samverkanstid kommuner, Region och Länsstyrelse;2024-11-11;29;Inför Läget i "
        "länet-dag;Återkoppla om panelsamtalet;Magnus Aspegren och "
        "Kommundirektörerna;2024-12-09;öppet;;;")))
        << csvText.toStdString();
    const QString pdfWords = pdfText(pdf).simplified();
    EXPECT_TRUE(pdfWords.contains(QStringLiteral("Öppna uppdrag, Samverkanstid kommuner")))
        << pdfWords.toStdString();
    EXPECT_TRUE(pdfWords.contains(QStringLiteral("Återkoppla om panelsamtalet")));

    const CliRun closed =
        run({QStringLiteral("close-assignment"), QStringLiteral("1"), QStringLiteral("--on"),
             QStringLiteral("2024-12-09"), QStringLiteral("--note"),
             QStringLiteral("Två kommundirektörer deltar")});
    ASSERT_EQ(closed.exitCode, 0) << closed.err.toStdString();
    const CliRun recent =
        run({QStringLiteral("assignments"), QStringLiteral("--state"), QStringLiteral("closed"),
             QStringLiteral("--today"), QStringLiteral("2024-12-20")});
    EXPECT_TRUE(recent.out.startsWith(QStringLiteral("1\tklart 2024-12-09\t")))
        << recent.out.toStdString();
}

TEST_F(FollowUpCliTest, AQuestionIsRaisedToAnotherBodyAndTakenUpThere) {
    const QString health = QStringLiteral("Samverkansgrupp Hälsa");
    const CliRun raised = run({QStringLiteral("refer"), QStringLiteral("6"), QStringLiteral("29"),
                               health, QStringLiteral("--raise")});
    ASSERT_EQ(raised.exitCode, 0) << raised.err.toStdString();
    EXPECT_EQ(raised.out, QStringLiteral("§ 29: Frågan lyfts till Samverkansgrupp Hälsa.\n"));
    EXPECT_TRUE(run({QStringLiteral("incoming"), health})
                    .out.startsWith(QStringLiteral("1\twaiting\tSamverkanstid")));
    const QString meeting = newMeeting(health, QStringLiteral("2024-12-02"));
    const QString before = QString::fromLatin1(hashOf(file).toHex());
    const CliRun noParagraph =
        run({QStringLiteral("take-up"), meeting, QStringLiteral("9"), QStringLiteral("1")});
    EXPECT_EQ(noParagraph.exitCode, 1);
    EXPECT_EQ(QString::fromLatin1(hashOf(file).toHex()), before);
    const CliRun unknown = run({QStringLiteral("refer"), QStringLiteral("6"), QStringLiteral("29"),
                                QStringLiteral("Politiska samrådsgruppen")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_EQ(unknown.err, QStringLiteral("paragraf-cli: There is no body named \"Politiska "
                                          "samrådsgruppen\".\n"));
}

TEST_F(FollowUpCliTest, ARemarkIsRecordedByNameAndAnAmbiguousNameIsRefused) {
    const CliRun said =
        run({QStringLiteral("say"), QStringLiteral("6"), QStringLiteral("30"),
             QStringLiteral("Bra underlag"), QStringLiteral("--by"), QStringLiteral("Martin"),
             QStringLiteral("--by"), QStringLiteral("Sara Lewerentz")});
    ASSERT_EQ(said.exitCode, 0) << said.err.toStdString();
    EXPECT_EQ(said.out, QStringLiteral("§ 30: Martin och Sara Lewerentz: Bra underlag\n"));
    const CliRun ambiguous =
        run({QStringLiteral("say"), QStringLiteral("6"), QStringLiteral("30"),
             QStringLiteral("Hej"), QStringLiteral("--by"), QStringLiteral("Sara")});
    EXPECT_EQ(ambiguous.exitCode, 1);
    EXPECT_EQ(ambiguous.err, QStringLiteral("paragraf-cli: \"Sara\" could be any of Sara Schelin, "
                                            "Sara Lewerentz: type more of the name.\n"));
    const QString shown = run({QStringLiteral("show"), QStringLiteral("6")}).out;
    EXPECT_TRUE(shown.contains(QStringLiteral("Synpunkter\n\nMartin och Sara Lewerentz: Bra "
                                              "underlag")))
        << shown.toStdString();
}

// A remark pasted into a terminal from a PDF ("o" and U+0308) is stored composed, as the desk
// stores it, so that the protocol compares and sorts it as the typed word; a file whose own
// name is decomposed (made on a Mac) is still found by that name.
TEST_F(FollowUpCliTest, TextOnTheCommandLineIsStoredComposedAndAFilesNameIsLeftAsItIs) {
    const QString decomposedFile = dir.filePath(QStringLiteral("fo\u0308rslag.paragraf"));
    ASSERT_TRUE(QFile::copy(file, decomposedFile));
    const CliRun said = cli({QStringLiteral("say"), decomposedFile, QStringLiteral("6"),
                             QStringLiteral("30"), QStringLiteral("Bra fo\u0308rskola"),
                             QStringLiteral("--by"), QStringLiteral("Martin")});
    ASSERT_EQ(said.exitCode, 0) << said.err.toStdString();
    EXPECT_EQ(said.out, QStringLiteral("§ 30: Martin: Bra förskola\n"));
    const CliRun shown = cli({QStringLiteral("show"), decomposedFile, QStringLiteral("6")});
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Martin: Bra förskola")))
        << shown.out.toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("förslag.paragraf"))));
}

} // namespace
