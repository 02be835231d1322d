// The notice board on the web: the anslag of an adjusted protocol as a page, and the board of a
// whole file as a page and an Atom 1.0 feed, read by an XML parser as a web site's would.
#include "AdjustFully.h"
#include "DocumentFixture.h"
#include "adjustment/Deadlines.h"
#include "publish/NoticePage.h"
#include "publish/PublishService.h"
#include "services/RosterService.h"

#include <QTimeZone>
#include <QUrl>
#include <QXmlStreamReader>

using namespace paragraf;
using namespace paragraf::test;

namespace {

constexpr auto atom = "http://www.w3.org/2005/Atom";

// The feed as elements: for each the path from the root ("feed/entry/title") and the text.
struct FeedReading {
    bool wellFormed = false;
    QString error;
    QList<std::pair<QString, QString>> elements;
    QList<QXmlStreamAttributes> links;
    QStringList namespaces;
    int count(const QString& path) const {
        return static_cast<int>(std::count_if(elements.begin(), elements.end(),
                                              [&](const auto& e) { return e.first == path; }));
    }
    QString text(const QString& path) const {
        for (const auto& [where, text] : elements)
            if (where == path)
                return text;
        return {};
    }
};

FeedReading readFeed(const QByteArray& xml) {
    FeedReading reading;
    QXmlStreamReader reader(xml);
    QStringList path;
    QString text;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            path << reader.name().toString();
            reading.namespaces << reader.namespaceUri().toString();
            if (reader.name() == QLatin1String("link"))
                reading.links << reader.attributes();
            text.clear();
            break;
        case QXmlStreamReader::Characters:
            text += reader.text();
            break;
        case QXmlStreamReader::EndElement:
            reading.elements.append({path.join(QLatin1Char('/')), text.trimmed()});
            path.removeLast();
            text.clear();
            break;
        default:
            break;
        }
    }
    reading.wellFormed = !reader.hasError();
    reading.error = reader.errorString();
    return reading;
}

bool isAtomDate(const QString& text) {
    return QDateTime::fromString(text, Qt::ISODate).isValid() &&
           (text.endsWith(QLatin1Char('Z')) || text.contains(QLatin1Char('+')));
}

class NoticeBoardTest : public DocumentFixture {
protected:
    void publishNovember(const QDate& postedOn) {
        adjustFully(database(), november);
        const auto written =
            PublishService(database())
                .publish({november, {}, postedOn, {}, {}, true}, path(QStringLiteral("web")));
        ASSERT_TRUE(written.ok()) << written.error().toStdString();
    }
    QList<PublishedPage> board(const QDate& today) {
        const auto pages =
            PublishService(database()).noticeBoard(today, QDateTime(today, QTime(12, 0), Qt::UTC));
        EXPECT_TRUE(pages.ok()) << pages.error().toStdString();
        return pages.ok() ? pages.value() : QList<PublishedPage>{};
    }
    static QString dd(const QString& label, const QString& value) {
        return QStringLiteral("<dt>%1</dt>\n<dd>%2</dd>").arg(label, value);
    }
    static constexpr Id november = 6; // seed 001, held 2024-11-11, adjusted 2024-11-19
};

TEST_F(NoticeBoardTest, TheNoticePageGivesTheDatesAndHowToAppeal) {
    publishNovember(QDate(2024, 11, 20));
    const MeetingRecord record = load(november);
    const auto page = noticePage(record, {}, QStringLiteral("protokoll.html"));
    ASSERT_TRUE(page.ok()) << page.error().toStdString();
    const QString html = QString::fromUtf8(page.value());
    EXPECT_EQ(html.count(QStringLiteral("<h1")), 1);
    EXPECT_TRUE(html.contains(dd(QStringLiteral("Organ"), record.body.name)));
    EXPECT_TRUE(
        html.contains(dd(QStringLiteral("Sammanträdesdatum"), QStringLiteral("2024-11-11"))));
    EXPECT_TRUE(
        html.contains(dd(QStringLiteral("Protokollet justerat"), QStringLiteral("2024-11-19"))));
    EXPECT_TRUE(
        html.contains(dd(QStringLiteral("Anslaget sätts upp"), QStringLiteral("2024-11-20"))));
    EXPECT_TRUE(
        html.contains(dd(QStringLiteral("Anslaget tas ned"), QStringLiteral("2024-12-11"))));
    // The last day to appeal by the rule the deadlines use (three weeks from the posting).
    const QString last = appealPeriodEnds(QDate(2024, 11, 20)).toString(Qt::ISODate);
    EXPECT_EQ(last, QStringLiteral("2024-12-11"));
    EXPECT_TRUE(html.contains(dd(QStringLiteral("Sista dag att överklaga"), last)))
        << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("senast onsdag 11 december 2024 (2024-12-11)")));
    EXPECT_TRUE(html.contains(QStringLiteral("Den som vill överklaga beslutens laglighet")));
    EXPECT_TRUE(html.contains(QStringLiteral("<a href=\"protokoll.html\">")));
    if (!record.body.protocolKeptAt.isEmpty()) {
        EXPECT_TRUE(html.contains(
            dd(QStringLiteral("Förvaringsplats för protokollet"), record.body.protocolKeptAt)));
    }
    EXPECT_FALSE(html.contains(QStringLiteral("……"))) << "no signature line on the web";
}

TEST_F(NoticeBoardTest, ANoticeIsRefusedBeforeTheAdjustment) {
    const auto page = noticePage(load(november), QDate(2024, 11, 20), {});
    ASSERT_FALSE(page.ok());
    EXPECT_TRUE(page.error().contains(QStringLiteral("not adjusted")));
}

TEST_F(NoticeBoardTest, AnArchivedProtocolIsPublishedAsAWebCopyWithoutAPostingThatNeverWas) {
    constexpr Id september = 5; // archived; adjusted before Paragraf recorded postings
    const MeetingRecord before = load(september);
    ASSERT_EQ(before.meeting.status, MeetingStatus::Archived);
    ASSERT_FALSE(before.trail.posting);
    const auto written = PublishService(database())
                             .publish({september, {}, QDate(2026, 12, 5), {}, {}, true},
                                      path(QStringLiteral("web")));
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    EXPECT_EQ(written->size(), 1) << "the web copy; no notice of a posting the file does not hold";
    EXPECT_FALSE(load(september).trail.posting) << "nothing recorded";
}

TEST_F(NoticeBoardTest, TheFeedIsAtomWithAnEntryPerCurrentNotice) {
    publishNovember(QDate(2024, 11, 20));
    const QList<PublishedPage> pages = board(QDate(2024, 11, 25));
    ASSERT_EQ(pages.size(), 3);
    EXPECT_EQ(pages[0].fileName, QStringLiteral("anslagstavla.html"));
    EXPECT_EQ(pages[1].fileName, QStringLiteral("anslag.xml"));
    const FeedReading feed = readFeed(pages[1].html);
    ASSERT_TRUE(feed.wellFormed) << feed.error.toStdString();
    EXPECT_TRUE(std::all_of(feed.namespaces.begin(), feed.namespaces.end(),
                            [](const QString& ns) { return ns == QLatin1String(atom); }));
    // RFC 4287 4.1.1: exactly one id, title and updated; an author; 4.1.2 for each entry, and
    // an alternate link since an entry has no content.
    for (const char* one : {"feed/id", "feed/title", "feed/updated"})
        EXPECT_EQ(feed.count(QString::fromUtf8(one)), 1) << one;
    EXPECT_GE(feed.count(QStringLiteral("feed/author/name")), 1);
    EXPECT_TRUE(isAtomDate(feed.text(QStringLiteral("feed/updated"))));
    ASSERT_EQ(feed.count(QStringLiteral("feed/entry")), 1);
    for (const char* one : {"feed/entry/id", "feed/entry/title", "feed/entry/updated",
                            "feed/entry/author/name", "feed/entry/summary"})
        EXPECT_EQ(feed.count(QString::fromUtf8(one)), 1) << one;
    EXPECT_TRUE(isAtomDate(feed.text(QStringLiteral("feed/entry/updated"))))
        << feed.text(QStringLiteral("feed/entry/updated")).toStdString();
    EXPECT_TRUE(
        feed.text(QStringLiteral("feed/entry/updated")).startsWith(QStringLiteral("2024-11-20")));
    EXPECT_TRUE(QUrl(feed.text(QStringLiteral("feed/entry/id"))).isValid());
    EXPECT_TRUE(feed.text(QStringLiteral("feed/entry/summary"))
                    .contains(QStringLiteral("Sista dag att överklaga: 2024-12-11")));
    const bool alternate = std::any_of(feed.links.begin(), feed.links.end(), [&](const auto& a) {
        return a.value(QStringLiteral("rel")) == QLatin1String("alternate") &&
               a.value(QStringLiteral("href")) == pages[2].fileName;
    });
    EXPECT_TRUE(alternate);
    EXPECT_TRUE(QString::fromUtf8(pages[0].html).contains(pages[2].fileName));
}

TEST_F(NoticeBoardTest, NoticesNotYetUpOrTakenDownAreNotOnTheBoard) {
    EXPECT_EQ(readFeed(board(QDate(2024, 11, 25))[1].html).count(QStringLiteral("feed/entry")), 0);
    publishNovember(QDate(2024, 11, 20));
    EXPECT_EQ(readFeed(board(QDate(2024, 11, 19))[1].html).count(QStringLiteral("feed/entry")), 0);
    EXPECT_EQ(readFeed(board(QDate(2024, 12, 11))[1].html).count(QStringLiteral("feed/entry")), 1);
    EXPECT_EQ(readFeed(board(QDate(2024, 12, 12))[1].html).count(QStringLiteral("feed/entry")), 0);
    EXPECT_TRUE(QString::fromUtf8(board(QDate(2024, 12, 12))[0].html)
                    .contains(QStringLiteral("Inga anslag")));
}

TEST_F(NoticeBoardTest, AHostileBodyNameLeavesTheFeedWellFormed) {
    Body body = load(november).body;
    body.name = QStringLiteral("Nämnd <![CDATA[ ]]> & \"x\" </feed><entry>");
    ASSERT_TRUE(RosterService(database()).updateBody(body).ok());
    publishNovember(QDate(2024, 11, 20));
    const QList<PublishedPage> pages = board(QDate(2024, 11, 25));
    ASSERT_EQ(pages.size(), 3);
    const FeedReading feed = readFeed(pages[1].html);
    ASSERT_TRUE(feed.wellFormed) << feed.error.toStdString();
    EXPECT_EQ(feed.count(QStringLiteral("feed/entry")), 1);
    EXPECT_TRUE(feed.text(QStringLiteral("feed/entry/author/name"))
                    .startsWith(QStringLiteral("Nämnd <![CDATA[")));
    EXPECT_FALSE(pages[2].fileName.contains(QLatin1Char('/')));
}

} // namespace
