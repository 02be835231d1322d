// Publicera from the command line, and every published page checked in a real browser: axe-core
// at WCAG 2.1 A and AA in Debian's chromium, no sideways scrolling at 320 px, no request but the
// page itself, and the Nu HTML Checker (tests/web/check-pages.mjs; docs/publishing.md).
#include "CliRunner.h"
#include "core/AdjustFully.h"
#include "core/TestSupport.h"
#include "demo/DemoData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

using namespace paragraf;
using namespace paragraf::test;

namespace {

class PublishCliTest : public DatabaseFixture {
protected:
    void SetUp() override {
        DatabaseFixture::SetUp();
        ASSERT_TRUE(buildDemo(database()).ok());
    }
    CliRun run(QStringList arguments) {
        arguments.insert(1, path());
        return cli(arguments);
    }
    // The id of the first meeting of the body whose name contains `body`.
    Id meetingOf(const QString& body) const {
        for (const MeetingSummary& m : service().list().value())
            if (m.bodyName.contains(body))
                return m.id;
        return NoId;
    }
    QStringList publish(Id meeting, const QString& out, const QStringList& more = {}) {
        const CliRun done = run(QStringList{QStringLiteral("publish"), QString::number(meeting),
                                            QStringLiteral("--out"), out} +
                                more);
        EXPECT_EQ(done.exitCode, 0) << done.err.toStdString();
        return done.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    static constexpr Id november = 6; // seed 001
    static constexpr Id notes = 7;    // a group that keeps notes
};

TEST_F(PublishCliTest, PublishWritesTheWebCopyAndRefusesAProtocolNotAdjusted) {
    const QString out = path(QStringLiteral("web"));
    const CliRun refused =
        run({QStringLiteral("publish"), QStringLiteral("6"), QStringLiteral("--out"), out});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("not adjusted"))) << refused.err.toStdString();
    EXPECT_FALSE(QDir(out).exists());
    adjustFully(database(), november);
    const CliRun dry =
        run({QStringLiteral("publish"), QStringLiteral("6"), QStringLiteral("--dry-run")});
    EXPECT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.startsWith(QStringLiteral("protokoll-2024-11-11-")))
        << dry.out.toStdString();
    EXPECT_FALSE(QDir(out).exists());
    const QStringList written = publish(november, out);
    ASSERT_EQ(written.size(), 2);
    EXPECT_TRUE(QFileInfo(written[1]).fileName().startsWith(QStringLiteral("anslag-")));
    EXPECT_TRUE(QFileInfo(written.first()).isFile());
    EXPECT_TRUE(QFileInfo(written.first()).fileName().startsWith(QStringLiteral("protokoll-")));
    EXPECT_EQ(run({QStringLiteral("publish"), QStringLiteral("6"), QStringLiteral("--out"), out,
                   QStringLiteral("--paragraphs"), QStringLiteral("27,x")})
                  .exitCode,
              2);
}

// The pages of the demo protocols: seed 001's meeting (its § 27 a masked individual matter) with
// its notice, an extract of it, a group's notes, a council meeting with named votes and its
// attendance appendix, the notice board, and seed 001 with a named vote, a reservation and a
// protocol note.
TEST_F(PublishCliTest, EveryPublishedPagePassesTheBrowserCheck) {
    const QString tools = QStringLiteral(WEB_CHECK_DIR);
    if (!QFileInfo::exists(tools + QStringLiteral("/node_modules/puppeteer-core")) ||
        !QFileInfo::exists(QStringLiteral("/usr/bin/chromium"))) {
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            FAIL() << "the browser check's tools are missing: scripts/install-deps.sh --tests";
        GTEST_SKIP() << "no chromium or tests/web/node_modules (scripts/install-deps.sh --tests)";
    }
    const QString out = path(QStringLiteral("web"));
    // § 27 about an individual, with a private person's name, personnummer and telephone.
    MeetingRecord record = load(november);
    const Paragraph& individual = record.paragraphs[1];
    ASSERT_TRUE(service()
                    .updateSectionText(individual.sections.first().id,
                                       QStringLiteral("Sökande Lisa Marklund (811218-9876) nås på "
                                                      "070-123 45 67 och bor på Kyrkvägen 3."))
                    .ok());
    adjustFully(database(), november);
    QStringList pages =
        publish(november, out,
                {QStringLiteral("--posted"), QStringLiteral("2024-11-20"),
                 QStringLiteral("--individual"), QString::number(individual.number)});
    for (const QString& page : pages) {
        QFile file(page);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        for (const char* secret : {"Marklund", "811218", "070-123", "Kyrkvägen"})
            EXPECT_FALSE(html.contains(QString::fromUtf8(secret))) << secret;
    }
    pages << publish(november, out,
                     {QStringLiteral("--paragraphs"), QStringLiteral("27,29"),
                      QStringLiteral("--individual"), QString::number(individual.number)});
    pages << publish(notes, out);
    const Id council = meetingOf(QStringLiteral("fullmäktige"));
    ASSERT_NE(council, NoId);
    adjustFully(database(), council);
    pages << publish(council, out);
    const CliRun board =
        run({QStringLiteral("notice-board"), QStringLiteral("--out"), path(QStringLiteral("board")),
             QStringLiteral("--today"), QStringLiteral("2024-11-25")});
    ASSERT_EQ(board.exitCode, 0) << board.err.toStdString();
    for (const QString& file : board.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (file.endsWith(QStringLiteral(".html")))
            pages << file;

    // A second file: seed 001 with its vote and reservation.
    auto second = Database::create(path(QStringLiteral("votes.paragraf")));
    ASSERT_TRUE(second.ok());
    {
        std::unique_ptr<Database> votes = std::move(second.value());
        ASSERT_TRUE(buildDemo(*votes).ok());
        std::swap(m_database, votes);
        recordSampleProceedings(november);
        adjustFully(database(), november);
        std::swap(m_database, votes);
    }
    const CliRun voted =
        cli({QStringLiteral("publish"), path(QStringLiteral("votes.paragraf")), QStringLiteral("6"),
             QStringLiteral("--out"), path(QStringLiteral("web-votes"))});
    ASSERT_EQ(voted.exitCode, 0) << voted.err.toStdString();
    pages << voted.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GE(pages.size(), 9);

    QProcess check;
    check.setProcessChannelMode(QProcess::MergedChannels);
    check.setWorkingDirectory(tools);
    check.start(QStringLiteral("node"),
                QStringList{tools + QStringLiteral("/check-pages.mjs")} + pages);
    ASSERT_TRUE(check.waitForFinished(280000));
    const QString said = QString::fromUtf8(check.readAll());
    EXPECT_EQ(check.exitCode(), 0) << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("%1 pages, 0 problems").arg(pages.size())))
        << said.toStdString();
}

} // namespace
