// paragraf-cli search: ranked results with the words found in brackets, JSON, the filters, and
// hostile queries refused by nothing and answered without failing.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace paragraf::test;

namespace {

class SearchCliTest : public ::testing::Test {
protected:
    void SetUp() override {
        file = dir.filePath(QStringLiteral("demo.paragraf"));
        ASSERT_EQ(cli({QStringLiteral("demo"), file}).exitCode, 0);
    }
    CliRun search(QStringList arguments) {
        arguments.prepend(file);
        arguments.prepend(QStringLiteral("search"));
        return cli(arguments);
    }

    QTemporaryDir dir;
    QString file;
};

TEST_F(SearchCliTest, PrintsEachResultWithTheWordsFoundInBrackets) {
    const CliRun found = search({QStringLiteral("arbetsnamn länsledning")});
    ASSERT_EQ(found.exitCode, 0) << found.err.toStdString();
    const QStringList lines = found.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2) << found.out.toStdString();
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("6\t2024-11-11\t"))) << lines[0].toStdString();
    EXPECT_TRUE(lines[0].endsWith(QStringLiteral("§ 28\tNamn på gruppen")))
        << lines[0].toStdString();
    EXPECT_TRUE(lines[1].contains(QStringLiteral("[arbetsnamnet]"))) << lines[1].toStdString();
    EXPECT_TRUE(lines[1].contains(QStringLiteral("[Länsledning]"))) << lines[1].toStdString();
}

TEST_F(SearchCliTest, GivesJsonAndFilters) {
    const CliRun json = search({QStringLiteral("länsledning"), QStringLiteral("--json")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonArray hits = QJsonDocument::fromJson(json.out.toUtf8()).array();
    ASSERT_EQ(hits.size(), 1) << json.out.toStdString();
    const QJsonObject hit = hits.first().toObject();
    EXPECT_EQ(hit.value(QStringLiteral("meeting")).toInt(), 6);
    EXPECT_EQ(hit.value(QStringLiteral("number")).toInt(), 28);
    const QJsonObject mark = hit.value(QStringLiteral("marks")).toArray().first().toObject();
    EXPECT_EQ(hit.value(QStringLiteral("snippet"))
                  .toString()
                  .mid(mark.value(QStringLiteral("start")).toInt(),
                       mark.value(QStringLiteral("length")).toInt())
                  .toStdString(),
              "Länsledning");
    EXPECT_TRUE(
        search({QStringLiteral("länsledning"), QStringLiteral("--year"), QStringLiteral("2019")})
            .out.isEmpty());
    const CliRun noBody = search({QStringLiteral("länsledning"), QStringLiteral("--body"),
                                  QStringLiteral("Ingen sådan nämnd")});
    EXPECT_EQ(noBody.exitCode, 1);
    EXPECT_TRUE(noBody.err.contains(QStringLiteral("Ingen sådan nämnd")))
        << noBody.err.toStdString();
    EXPECT_EQ(
        search({QStringLiteral("x"), QStringLiteral("--year"), QStringLiteral("20x4")}).exitCode,
        2);
    const CliRun anyCase =
        search({QStringLiteral("länsledning"), QStringLiteral("--body"),
                QStringLiteral("samverkanstid kommuner, region och LÄNSSTYRELSE")});
    EXPECT_EQ(anyCase.exitCode, 0) << anyCase.err.toStdString();
    EXPECT_TRUE(anyCase.out.contains(QStringLiteral("Namn på gruppen"))) << "a body as one says it";
}

// Words too short to look for are named on stderr, as the desk names them: "4" and "12" of a
// property's designation did not rank it first, and nothing said why.
TEST_F(SearchCliTest, NamesTheWordsTooShortToLookFor) {
    const CliRun run = search({QStringLiteral("länsledning 4:12")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Namn på gruppen")));
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("Too short to look for: 4")) &&
                run.err.contains(QStringLiteral("12.")))
        << run.err.toStdString();
}

// The JSON's marks count characters (code points), as Python or a database reading it does: two
// musical symbols before the word are two, not four.
TEST_F(SearchCliTest, JsonMarksCountCharactersNotUtf16Units) {
    // Written as another SQLite program would; the search indexes it as any change.
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
                                 "c.execute(\"UPDATE paragraph SET title = '\U0001D11E\U0001D11E "
                                 "Musikskolan' WHERE id = (SELECT MIN(p.id) FROM paragraph p JOIN "
                                 "meeting m ON m.id = p.meeting_id WHERE m.status NOT IN "
                                 "('out_for_adjustment', 'adjusted', 'announced', 'archived'))\"); "
                                 "c.commit()"),
                  file});
    ASSERT_TRUE(python.waitForFinished());
    ASSERT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
    const CliRun json = search({QStringLiteral("musikskola"), QStringLiteral("--json")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonArray hits = QJsonDocument::fromJson(json.out.toUtf8()).array();
    ASSERT_EQ(hits.size(), 1) << json.out.toStdString();
    const QJsonObject hit = hits.first().toObject();
    const QList<uint> snippet = hit.value(QStringLiteral("snippet")).toString().toUcs4();
    const QJsonObject mark = hit.value(QStringLiteral("marks")).toArray().first().toObject();
    EXPECT_EQ(mark.value(QStringLiteral("start")).toInt(), 3);
    const QList<uint> marked = snippet.mid(mark.value(QStringLiteral("start")).toInt(),
                                           mark.value(QStringLiteral("length")).toInt());
    EXPECT_EQ(QString::fromUcs4(reinterpret_cast<const char32_t*>(marked.data()), marked.size())
                  .toStdString(),
              "Musikskolan");
}

TEST_F(SearchCliTest, HostileQueriesAnswerWithoutFailing) {
    for (const QString& query : {QStringLiteral("\"NEAR(\" *"), QStringLiteral("' OR 1=1 -- skola"),
                                 QStringLiteral("%_\\ plan*"), QStringLiteral("ä*plan")}) {
        const CliRun run = search({query});
        EXPECT_EQ(run.exitCode, 0) << query.toStdString() << ": " << run.err.toStdString();
    }
    // Nothing of three letters or digits: said, rather than an empty result.
    for (const QString& query : {QStringLiteral("' OR 1=1 --"), QStringLiteral("%_\\"),
                                 QStringLiteral("ä"), QStringLiteral("KS")}) {
        const CliRun run = search({query});
        EXPECT_EQ(run.exitCode, 2) << query.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("three letters"))) << run.err.toStdString();
    }
}

// A kind or status that no paragraph can have is a mistake to name, with what there is.
TEST_F(SearchCliTest, AnUnknownKindOrStatusIsSaidWithTheOnesThereAre) {
    const CliRun kind =
        search({QStringLiteral("plan"), QStringLiteral("--kind"), QStringLiteral("foo")});
    EXPECT_EQ(kind.exitCode, 2);
    EXPECT_TRUE(kind.err.contains(QStringLiteral("decision, information")))
        << kind.err.toStdString();
    const CliRun status =
        search({QStringLiteral("plan"), QStringLiteral("--status"), QStringLiteral("Draft")});
    EXPECT_EQ(status.exitCode, 2);
    EXPECT_TRUE(status.err.contains(QStringLiteral("adjusted"))) << status.err.toStdString();
    EXPECT_EQ(search({QStringLiteral("plan"), QStringLiteral("--status"), QStringLiteral("draft")})
                  .exitCode,
              0);
}

} // namespace
