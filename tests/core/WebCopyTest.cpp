// The web copy as a reader, a screen reader and an attacker meet it (docs/publishing.md).
#include "publish/WebCopy.h"

#include "AdjustFully.h"
#include "DocumentFixture.h"
#include "adjustment/AdjustmentService.h"
#include "adjustment/Deadlines.h"
#include "publish/PublishService.h"
#include "text/AdjustmentParts.h"
#include "text/CanonicalForm.h"

#include <QFileInfo>
#include <QRegularExpression>

using namespace paragraf;
using namespace paragraf::test;

namespace {

class WebCopyTest : public DocumentFixture {
protected:
    void adjust(Id meeting) {
        adjustFully(database(), meeting);
        ASSERT_TRUE(isLocked(load(meeting).meeting.status));
    }
    QString page(Id meeting, WebCopyRequest request = {}) {
        const auto html = webCopy(load(meeting), request);
        EXPECT_TRUE(html.ok()) << html.error().toStdString();
        return html.ok() ? QString::fromUtf8(html.value()) : QString();
    }
    static QList<int> headingLevels(const QString& html) {
        static const QRegularExpression heading(QStringLiteral("<h([1-6])[ >]"));
        QList<int> levels;
        for (auto it = heading.globalMatch(html); it.hasNext();)
            levels << it.next().captured(1).toInt();
        return levels;
    }
    // What a page must never hold: anything that runs, loads or leaves the page.
    static void expectInert(const QString& html) {
        static const QRegularExpression handler(QStringLiteral("<[^>]*\\son\\w+\\s*="),
                                                QRegularExpression::CaseInsensitiveOption);
        for (const char* bad : {"<script", "<img", "<iframe", "<object", "<embed", "<link", "<svg",
                                "src=", "javascript:", "url(", "@import"})
            EXPECT_FALSE(html.contains(QString::fromUtf8(bad), Qt::CaseInsensitive)) << bad;
        EXPECT_FALSE(handler.match(html).hasMatch())
            << handler.match(html).captured().toStdString();
    }
    static constexpr Id november = 6; // seed 001
    static constexpr Id notesMeeting = 7;
};

TEST_F(WebCopyTest, TheAdjustedProtocolIsOneAccessiblePageWithoutSignatures) {
    adjust(november);
    const MeetingRecord record = load(november);
    const QString html = page(november);
    EXPECT_TRUE(html.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"sv\">")));
    EXPECT_TRUE(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    EXPECT_TRUE(html.contains(QStringLiteral("name=\"viewport\"")));
    // One h1; no heading skips a level on the way down.
    const QList<int> levels = headingLevels(html);
    ASSERT_FALSE(levels.isEmpty());
    EXPECT_EQ(levels.first(), 1);
    EXPECT_EQ(levels.count(1), 1);
    for (qsizetype i = 1; i < levels.size(); ++i)
        EXPECT_LE(levels[i], levels[i - 1] + 1) << "heading " << i;
    // The header groups as a description list, every paragraph in the contents as a link to
    // its heading.
    EXPECT_TRUE(html.contains(QStringLiteral("<dt>Deltagare (beslutande)</dt>")) ||
                html.contains(QStringLiteral("<dt>Närvarande</dt>")))
        << html.left(3000).toStdString();
    for (const Paragraph& p : record.paragraphs) {
        const QString anchor = QStringLiteral("p-%1").arg(p.number);
        EXPECT_TRUE(html.contains(QStringLiteral("<a href=\"#%1\">").arg(anchor))) << p.number;
        EXPECT_TRUE(html.contains(QStringLiteral("<h2 id=\"%1\">").arg(anchor))) << p.number;
    }
    // The checksum and the day of adjustment in words; no signature lines or boxes.
    EXPECT_TRUE(html.contains(groupedHash(contentHash(record))));
    EXPECT_TRUE(
        html.contains(QStringLiteral("Justerat den tisdag 19 november 2024 (2024-11-19).")));
    EXPECT_FALSE(html.contains(QStringLiteral("……")));
    EXPECT_FALSE(html.contains(QStringLiteral("Underskrift")));
    EXPECT_FALSE(html.contains(QStringLiteral("Justerandes signatur")));
    EXPECT_FALSE(html.contains(QStringLiteral("Rätt utdraget")));
    expectInert(html);
}

TEST_F(WebCopyTest, ANamedVoteIsATableWithHeadersAndACaption) {
    recordSampleProceedings(november);
    adjust(november);
    const QString html = page(november);
    const qsizetype table = html.indexOf(QStringLiteral("<table>"));
    ASSERT_NE(table, -1);
    const QString vote = html.mid(table, html.indexOf(QStringLiteral("</table>"), table) - table);
    EXPECT_TRUE(vote.contains(QStringLiteral("<caption>Omröstning § 28, röst för röst</caption>")))
        << vote.toStdString();
    for (const char* column : {"Ledamot", "Ja", "Nej", "Avstår"})
        EXPECT_TRUE(vote.contains(
            QStringLiteral("<th scope=\"col\">%1</th>").arg(QString::fromUtf8(column))))
            << column;
    EXPECT_TRUE(vote.contains(QStringLiteral("<th scope=\"row\">Summa</th>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<h3>Reservation</h3>")));
}

TEST_F(WebCopyTest, AProtocolNotAdjustedIsRefusedByName) {
    const auto html = webCopy(load(november), {});
    ASSERT_FALSE(html.ok());
    EXPECT_TRUE(html.error().contains(QStringLiteral("not adjusted")))
        << html.error().toStdString();
    EXPECT_TRUE(html.error().contains(load(november).body.name)) << html.error().toStdString();
    EXPECT_TRUE(html.error().contains(QStringLiteral("2024"))) << html.error().toStdString();
    // Publishing writes nothing.
    const QString out = path(QStringLiteral("web"));
    EXPECT_FALSE(PublishService(database())
                     .publish({november, {}, QDate(2024, 11, 20), {}, {}, true}, out)
                     .ok());
    EXPECT_FALSE(QDir(out).exists());
}

TEST_F(WebCopyTest, AnExtractHoldsTheChosenParagraphsOnly) {
    adjust(november);
    const MeetingRecord record = load(november);
    WebCopyRequest request;
    request.kind = DocumentKind::Extract;
    request.paragraphNumbers = {29, 27};
    const QString html = page(november, request);
    EXPECT_TRUE(html.contains(QStringLiteral("<h1>Protokollsutdrag – ")));
    EXPECT_TRUE(html.contains(QStringLiteral("<h2 id=\"p-27\">")));
    EXPECT_TRUE(html.contains(QStringLiteral("<h2 id=\"p-29\">")));
    EXPECT_FALSE(html.contains(QStringLiteral("<h2 id=\"p-28\">")));
    EXPECT_LT(html.indexOf(QStringLiteral("p-27")), html.indexOf(QStringLiteral("p-29")));
    EXPECT_TRUE(html.contains(groupedHash(contentHash(record))));
    EXPECT_FALSE(html.contains(QStringLiteral("Rätt utdraget")));
    request.paragraphNumbers = {99};
    EXPECT_FALSE(webCopy(record, request).ok());
}

TEST_F(WebCopyTest, AGroupsNotesArePublishedWithoutAdjustment) {
    const QString html = page(notesMeeting);
    EXPECT_TRUE(html.contains(QStringLiteral("<h1>Minnesanteckningar – ")))
        << html.left(2000).toStdString();
    EXPECT_FALSE(html.contains(QStringLiteral("Kontrollsumma")));
    EXPECT_FALSE(html.contains(QStringLiteral("id=\"anslag\"")));
    EXPECT_EQ(headingLevels(html).count(1), 1);
}

TEST_F(WebCopyTest, HostileTextStaysText) {
    MeetingRecord record = load(november);
    Paragraph p = record.paragraphs[1];
    p.title = QStringLiteral("<script>alert(1)</script> & \"citat\" 'x'");
    p.caseNumber = QStringLiteral("\"><svg onload=alert(1)>");
    ASSERT_TRUE(service().updateParagraph(p).ok());
    const QString hostile = QStringLiteral(
        "<img src=x onerror=alert(1)> [länk](javascript:alert(1)) ![bild](http://evil/x.png) "
        "<a href=\"http://evil\" onclick=\"x()\">a</a> **fet** "
        "[riktig](https://example.org/?a=1&b=\"2\")"
        "\n\n- a) ett\n- b) två\n\n# Rubrik i texten\n\nkontroll");
    const QString withSurrogate =
        hostile + QChar(0x01) + QChar(0xFFFE) + QChar(0xD800) + QStringLiteral(" ensam");
    ASSERT_TRUE(service().updateSectionText(p.sections.first().id, withSurrogate).ok());
    adjust(november);
    const QString html = page(november);
    expectInert(html);
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; "
                                             "&quot;citat&quot; &#39;x&#39;")));
    EXPECT_TRUE(html.contains(QStringLiteral("<title>Protokoll – ")));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt;")) ||
                !html.contains(QStringLiteral("onerror")));
    EXPECT_TRUE(html.contains(QStringLiteral("<strong>fet</strong>")));
    EXPECT_TRUE(
        html.contains(QStringLiteral("<a href=\"https://example.org/?a=1&amp;b=%222%22\">")) ||
        html.contains(QStringLiteral("<a href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\">")))
        << html.toStdString();
    EXPECT_FALSE(html.contains(QStringLiteral("evil/x.png")));
    // Typed headings do not break the order of the page's headings.
    EXPECT_FALSE(html.contains(QStringLiteral("<h1>Rubrik")));
    EXPECT_TRUE(html.contains(QStringLiteral("<ul class=\"bokstaver\">")));
    EXPECT_FALSE(html.contains(QChar(0x01)));
    EXPECT_FALSE(html.contains(QChar(0xFFFE)));
}

TEST_F(WebCopyTest, PublishingWritesTheCopyAndTheNoticeAndRecordsThePosting) {
    adjust(november);
    const QString out = path(QStringLiteral("web"));
    PublishRequest request;
    request.meetingId = november;
    request.postedOn = QDate(2024, 11, 20);
    const auto preview = PublishService(database()).plan(request);
    ASSERT_TRUE(preview.ok()) << preview.error().toStdString();
    EXPECT_FALSE(load(november).trail.posting) << "showing what will be written records nothing";
    EXPECT_FALSE(QDir(out).exists());
    const auto written = PublishService(database()).publish(request, out);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    const MeetingRecord record = load(november);
    ASSERT_TRUE(record.trail.posting);
    EXPECT_EQ(record.trail.posting->postedOn, QDate(2024, 11, 20));
    EXPECT_EQ(record.meeting.status, MeetingStatus::Announced);
    ASSERT_EQ(written.value().size(), 2);
    const QString word = fileNameWord(record.body.name);
    EXPECT_EQ(QFileInfo(written.value()[0]).fileName(),
              QStringLiteral("protokoll-2024-11-11-%1.html").arg(word));
    EXPECT_EQ(QFileInfo(written.value()[1]).fileName(),
              QStringLiteral("anslag-2024-11-11-%1.html").arg(word));
    EXPECT_EQ(fileBytes(written.value()[0]), webCopy(record, {}).value());
    const QString copy = QString::fromUtf8(fileBytes(written.value()[0]));
    EXPECT_TRUE(copy.contains(QStringLiteral("<dt>Anslaget sätts upp</dt>\n<dd>2024-11-20</dd>")))
        << copy.toStdString();
    // Publishing again writes the same pages and records nothing new.
    const auto again =
        PublishService(database()).publish({november, {}, QDate(2024, 11, 22), {}, {}, true}, out);
    ASSERT_TRUE(again.ok()) << again.error().toStdString();
    EXPECT_EQ(load(november).trail.posting->postedOn, QDate(2024, 11, 20));
    EXPECT_EQ(fileBytes(written.value()[0]).size(), copy.toUtf8().size());
}

TEST(WebCopyNames, FileNamesAreLettersAndDigits) {
    EXPECT_EQ(fileNameWord(QStringLiteral("Kommunstyrelsens arbetsutskott")),
              QStringLiteral("kommunstyrelsens-arbetsutskott"));
    EXPECT_EQ(fileNameWord(QStringLiteral("Äldrenämnden/Östra ../..")),
              QStringLiteral("aldrenamnden-ostra"));
    EXPECT_EQ(fileNameWord(QStringLiteral("../../etc/passwd")), QStringLiteral("etc-passwd"));
}

} // namespace
