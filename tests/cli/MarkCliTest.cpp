// Marks for the web copy from the command line (paragraf-cli mark, publications), the body's own
// wording where something is masked (body-rules --mask-wording) and the notice board's feed with
// absolute links (notice-board --base-url).
#include "CliRunner.h"
#include "core/AdjustFully.h"
#include "core/TestSupport.h"
#include "demo/DemoData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace paragraf;
using namespace paragraf::test;

namespace {

QString contentOf(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

class MarkCliTest : public DatabaseFixture {
protected:
    void SetUp() override {
        DatabaseFixture::SetUp();
        ASSERT_TRUE(buildDemo(database()).ok());
        const MeetingRecord record = load(november);
        marked = record.paragraphs[1];
        individual = record.paragraphs[2];
        setText(marked, QStringLiteral("Ansökan från Lisa Marklund om stöd beviljas."));
        setText(individual, QStringLiteral("Sökande Per Nordqvist ansöker om bygglov."));
    }
    void setText(const Paragraph& paragraph, const QString& text) {
        ASSERT_TRUE(service().updateSectionText(paragraph.sections.first().id, text).ok());
    }
    CliRun run(QStringList arguments) {
        arguments.insert(1, path());
        return cli(arguments);
    }
    CliRun mark(const QStringList& more = {}) {
        return run(QStringList{QStringLiteral("mark"), QString::number(november)} + more);
    }
    CliRun publish(const QString& out, const QStringList& more = {}) {
        return run(QStringList{QStringLiteral("publish"), QString::number(november),
                               QStringLiteral("--out"), out} +
                   more);
    }
    QString markedNumber() const { return QString::number(marked.number); }

    static constexpr Id november = 6; // seed 001
    Paragraph marked;
    Paragraph individual;
};

TEST_F(MarkCliTest, MarksAreKeptListedUsedByPublishAndRemoved) {
    const CliRun made = mark({QStringLiteral("--paragraph"), markedNumber(),
                              QStringLiteral("--text"), QStringLiteral("Lisa Marklund")});
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    const QString where = QStringLiteral("§ ") + markedNumber();
    EXPECT_TRUE(made.out.contains(QStringLiteral("\t%1\tmarked\t").arg(where)))
        << made.out.toStdString();
    EXPECT_TRUE(made.out.trimmed().endsWith(QStringLiteral("\tLisa Marklund")));
    const CliRun flagged =
        mark({QStringLiteral("--individual"), QString::number(individual.number)});
    ASSERT_EQ(flagged.exitCode, 0) << flagged.err.toStdString();
    EXPECT_TRUE(flagged.out.contains(QStringLiteral("individual\t§ %1\t").arg(individual.number)))
        << flagged.out.toStdString();

    // Marked before the adjustment, used after it, without being given again.
    adjustFully(database(), november);
    const CliRun dry =
        run({QStringLiteral("publish"), QString::number(november), QStringLiteral("--dry-run")});
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("masked\t%1\tmarked\tLisa Marklund").arg(where)))
        << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("Per Nordqvist"))) << "a name, proposed";
    const QString out = path(QStringLiteral("web"));
    const CliRun published = publish(out);
    ASSERT_EQ(published.exitCode, 0) << published.err.toStdString();
    const QStringList pages = published.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(pages.size(), 2);
    for (const QString& page : pages)
        for (const char* secret : {"Marklund", "Nordqvist"})
            EXPECT_FALSE(contentOf(page).contains(QString::fromUtf8(secret))) << secret;

    const CliRun record = run({QStringLiteral("publications"), QString::number(november)});
    ASSERT_EQ(record.exitCode, 0) << record.err.toStdString();
    const QStringList lines = record.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1);
    EXPECT_TRUE(lines.first().contains(QStringLiteral("markerat ") + where))
        << lines.first().toStdString();
    EXPECT_TRUE(lines.first().contains(QStringLiteral("namn på enskild")));
    EXPECT_TRUE(lines.first().contains(QFileInfo(pages.first()).fileName()));
    EXPECT_FALSE(lines.first().contains(QStringLiteral("Marklund")));

    // Taken off: listed no more (its id is the first field).
    const QString id = made.out.section(u'\t', 0, 0);
    const CliRun removed = mark({QStringLiteral("--remove"), id});
    ASSERT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    EXPECT_FALSE(removed.out.contains(QStringLiteral("Lisa Marklund")));
    const CliRun unflagged =
        mark({QStringLiteral("--not-individual"), QString::number(individual.number)});
    ASSERT_EQ(unflagged.exitCode, 0) << unflagged.err.toStdString();
    EXPECT_TRUE(unflagged.out.isEmpty()) << unflagged.out.toStdString();
}

TEST_F(MarkCliTest, AMarkWhoseTextIsGoneIsListedAsLostAndStopsPublishing) {
    ASSERT_EQ(mark({QStringLiteral("--paragraph"), markedNumber(), QStringLiteral("--text"),
                    QStringLiteral("Lisa Marklund")})
                  .exitCode,
              0);
    setText(marked, QStringLiteral("Ansökan från L. Marklund om stöd beviljas."));
    const CliRun listed = mark();
    EXPECT_EQ(listed.exitCode, 1);
    EXPECT_TRUE(listed.out.contains(QStringLiteral("\tLOST\t"))) << listed.out.toStdString();
    EXPECT_TRUE(listed.err.contains(QStringLiteral("no longer in the protocol")))
        << listed.err.toStdString();
    adjustFully(database(), november);
    const QString out = path(QStringLiteral("web"));
    const CliRun refused = publish(out);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("Lisa Marklund"))) << refused.err.toStdString();
    EXPECT_FALSE(QDir(out).exists());
}

TEST_F(MarkCliTest, BadArgumentsAreRefusedAndChangeNothing) {
    const QString before = contentsOf(database());
    EXPECT_EQ(mark({QStringLiteral("--text"), QString()}).exitCode, 1);
    EXPECT_EQ(mark({QStringLiteral("--text"), QStringLiteral("Finns inte")}).exitCode, 1);
    EXPECT_EQ(mark({QStringLiteral("--paragraph"), QStringLiteral("999"), QStringLiteral("--text"),
                    QStringLiteral("Lisa")})
                  .exitCode,
              1);
    EXPECT_EQ(mark({QStringLiteral("--paragraph"), QStringLiteral("x"), QStringLiteral("--text"),
                    QStringLiteral("Lisa")})
                  .exitCode,
              1);
    EXPECT_EQ(mark({QStringLiteral("--paragraph"), markedNumber()}).exitCode, 2);
    EXPECT_EQ(mark({QStringLiteral("--remove"), QStringLiteral("-1")}).exitCode, 2);
    EXPECT_EQ(mark({QStringLiteral("--remove"), QStringLiteral("77")}).exitCode, 1);
    EXPECT_EQ(mark({QStringLiteral("--individual"), QStringLiteral("0")}).exitCode, 1);
    EXPECT_EQ(run({QStringLiteral("mark"), QStringLiteral("x")}).exitCode, 2);
    EXPECT_EQ(contentsOf(database()), before);
    // A line break and a tab in a marked text are listed on one line.
    setText(marked, QStringLiteral("Rad ett\\\nrad\ttvå"));
    const QString typed = load(november).paragraphs[1].sections.first().text;
    const CliRun odd = mark({QStringLiteral("--text"), typed});
    ASSERT_EQ(odd.exitCode, 0) << odd.err.toStdString();
    EXPECT_EQ(odd.out.count(u'\n'), 1) << odd.out.toStdString();
}

TEST_F(MarkCliTest, TheBodysOwnWordingStandsWhereSomethingIsMasked) {
    const CliRun set = run({QStringLiteral("body-rules"), load(november).body.name,
                            QStringLiteral("--mask-wording"), QStringLiteral("[borttaget, OSL]")});
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    EXPECT_TRUE(set.out.contains(QStringLiteral("mask-wording\t[borttaget, OSL]\n")));
    ASSERT_EQ(mark({QStringLiteral("--text"), QStringLiteral("Lisa Marklund")}).exitCode, 0);
    adjustFully(database(), november);
    const CliRun published = publish(path(QStringLiteral("web")));
    ASSERT_EQ(published.exitCode, 0) << published.err.toStdString();
    const QString copy = contentOf(published.out.section(u'\n', 0, 0));
    EXPECT_TRUE(copy.contains(QStringLiteral("Ansökan från [borttaget, OSL] om stöd")));
    EXPECT_FALSE(copy.contains(QStringLiteral("GDPR/OSL")));
}

TEST_F(MarkCliTest, TheFeedsLinksAreAbsoluteUnderTheBaseUrl) {
    adjustFully(database(), november);
    ASSERT_EQ(publish(path(QStringLiteral("web")),
                      {QStringLiteral("--posted"), QStringLiteral("2024-11-20")})
                  .exitCode,
              0);
    const QString out = path(QStringLiteral("board"));
    const CliRun board =
        run({QStringLiteral("notice-board"), QStringLiteral("--out"), out,
             QStringLiteral("--today"), QStringLiteral("2024-11-25"), QStringLiteral("--base-url"),
             QStringLiteral("https://www.norrvik.se/anslag")});
    ASSERT_EQ(board.exitCode, 0) << board.err.toStdString();
    const QString feed = contentOf(QDir(out).filePath(QStringLiteral("anslag.xml")));
    EXPECT_TRUE(feed.contains(
        QStringLiteral("rel=\"self\" href=\"https://www.norrvik.se/anslag/anslag.xml\"")))
        << feed.toStdString();
    EXPECT_TRUE(
        feed.contains(QStringLiteral("href=\"https://www.norrvik.se/anslag/anslag-2024-11-11")));
    for (const char* bad :
         {"javascript:alert(1)", "ftp://x/", "anslag/", "https://x/?a=1", "https://user:pw@x/"}) {
        const CliRun refused = run({QStringLiteral("notice-board"), QStringLiteral("--out"), out,
                                    QStringLiteral("--base-url"), QString::fromUtf8(bad)});
        EXPECT_EQ(refused.exitCode, 2) << bad;
    }
}

} // namespace
