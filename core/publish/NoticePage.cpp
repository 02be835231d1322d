#include "NoticePage.h"

#include "PublishText.h"
#include "WebCopy.h"
#include "WebParts.h"
#include "text/NoticeBoard.h"
#include "text/SwedishTerms.h"

#include <QTimeZone>

namespace paragraf {
namespace {

QString noticeTitle(const MeetingRecord& record) {
    return QStringLiteral("Anslag om justerat protokoll – ") + meetingName(record);
}

// How to appeal (13 kap. kommunallagen), with the day by which the appeal must have come in.
void writeHowToAppeal(HtmlWriter& out, const NoticeBoardFacts& facts) {
    out.element(QStringLiteral("h2"), QStringLiteral("Så överklagar du"),
                idAttribute(QStringLiteral("overklaga")));
    out.element(QStringLiteral("p"), appealInstructions());
    const QDate last = lastDayToAppeal(facts);
    out.element(
        QStringLiteral("p"),
        (last.isValid() ? QStringLiteral("Överklagandet ska ha kommit in till förvaltningsrätten "
                                         "senast %1 (%2).")
                              .arg(swedishDate(last), last.toString(Qt::ISODate))
                        : QStringLiteral("Överklagandet ska ha kommit in till förvaltningsrätten "
                                         "inom tre veckor från den dag anslaget sattes upp.")) +
            QStringLiteral(" Skriv vilket beslut du överklagar (organ, datum och "
                           "paragraf) och varför du anser att beslutet strider mot lag. "
                           "Underteckna överklagandet och skriv ditt namn och hur du nås."));
}

// An Atom date: midnight of the day in Swedish time.
QString atomDate(const QDate& day) {
    return QDateTime(day, QTime(0, 0), QTimeZone("Europe/Stockholm")).toString(Qt::ISODate);
}

QString entryId(const MeetingRecord& record) {
    return QStringLiteral("urn:paragraf:anslag:%1:%2:%3")
        .arg(fileNameWord(record.body.name), record.meeting.date.toString(Qt::ISODate))
        .arg(record.meeting.id);
}

// A file beside the feed, as a link: relative, or absolute under `base`.
QString linkTo(const QUrl& base, const QString& file) {
    if (base.isEmpty())
        return file;
    QUrl folder = base;
    if (!folder.path().endsWith(QLatin1Char('/')))
        folder.setPath(folder.path() + QLatin1Char('/'));
    return folder.resolved(QUrl(file)).toString(QUrl::FullyEncoded);
}

void writeEntry(HtmlWriter& out, const BoardNotice& notice, const QUrl& base) {
    const MeetingRecord& record = notice.record;
    const NoticeBoardFacts facts = noticeBoardFacts(record, {});
    out.raw(QStringLiteral("<entry>\n"));
    out.element(QStringLiteral("title"), noticeTitle(record));
    out.element(QStringLiteral("id"), entryId(record));
    out.element(QStringLiteral("published"), atomDate(facts.postedOn));
    out.element(QStringLiteral("updated"), atomDate(facts.postedOn));
    out.raw(QStringLiteral("<author><name>") + htmlEscaped(record.body.name) +
            QStringLiteral("</name></author>\n"));
    out.raw(QStringLiteral("<link rel=\"alternate\" type=\"text/html\" href=\"") +
            htmlEscaped(linkTo(base, notice.pageFile)) + QStringLiteral("\"/>\n"));
    out.element(QStringLiteral("summary"),
                QStringLiteral("Protokollet från %1 är justerat. Anslaget sätts upp %2 och tas "
                               "ned %3. Sista dag att överklaga: %4.")
                    .arg(meetingName(record), facts.postedOn.toString(Qt::ISODate),
                         facts.takenDownOn.toString(Qt::ISODate),
                         lastDayToAppeal(facts).toString(Qt::ISODate)));
    out.raw(QStringLiteral("</entry>\n"));
}

} // namespace

QString noticeFileName(const MeetingRecord& record, const TextFilter& filter) {
    QString name = QStringLiteral("anslag-") + record.meeting.date.toString(Qt::ISODate);
    if (const QString body = fileNameWord(filter ? filter(record.body.name) : record.body.name);
        !body.isEmpty())
        name += QLatin1Char('-') + body;
    return name + QStringLiteral(".html");
}

Result<QByteArray> noticePage(const MeetingRecord& record, const QDate& postedOn,
                              const QString& webCopyFile, const TextFilter& filter) {
    if (record.body.kind == BodyKind::Notes)
        return fail(PublishText::tr("A group that keeps notes has no adjustment to announce on "
                                    "the notice board."));
    if (const Status allowed = publishable(record); !allowed)
        return fail(allowed.error());
    HtmlWriter out(filter);
    const NoticeBoardFacts facts = noticeBoardFacts(record, postedOn);
    out.element(QStringLiteral("h1"), noticeTitle(record));
    out.element(QStringLiteral("p"), facts.title);
    writeDescriptionList(out, noticeRows(record, postedOn));
    if (!webCopyFile.isEmpty()) {
        out.open(QStringLiteral("p"));
        out.open(QStringLiteral("a"),
                 QStringLiteral("href=\"") + htmlEscaped(webCopyFile) + QLatin1Char('"'));
        out.text(QStringLiteral("Läs protokollet (webbkopia)"));
        out.close(QStringLiteral("a"));
        out.close(QStringLiteral("p"));
        out.newline();
    }
    writeHowToAppeal(out, facts);
    return htmlPage(out.filtered(noticeTitle(record)), out.html());
}

bool isFeedBase(const QUrl& base) {
    return base.isValid() && !base.isRelative() && !base.host().isEmpty() &&
           (base.scheme() == QLatin1String("https") || base.scheme() == QLatin1String("http")) &&
           !base.hasQuery() && !base.hasFragment() && base.userInfo().isEmpty();
}

QByteArray noticeFeed(const QList<BoardNotice>& notices, const QDateTime& updated,
                      const QUrl& base) {
    HtmlWriter out;
    out.raw(QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                           "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"sv\">\n"));
    out.element(QStringLiteral("title"), QStringLiteral("Anslagstavla"));
    out.element(QStringLiteral("subtitle"),
                QStringLiteral("Tillkännagivanden om justerade protokoll"));
    out.element(QStringLiteral("id"), QStringLiteral("urn:paragraf:anslagstavla"));
    out.element(QStringLiteral("updated"), updated.toUTC().toString(Qt::ISODate));
    out.raw(QStringLiteral("<author><name>Anslagstavlan</name></author>\n"));
    out.raw(QStringLiteral("<link rel=\"self\" href=\"") +
            htmlEscaped(linkTo(base, QString::fromLatin1(noticeFeedFile))) +
            QStringLiteral("\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"") +
            htmlEscaped(linkTo(base, QString::fromLatin1(noticeBoardFile))) +
            QStringLiteral("\"/>\n"));
    out.raw(QStringLiteral("<generator>Paragraf</generator>\n"));
    for (const BoardNotice& notice : notices)
        writeEntry(out, notice, base);
    out.raw(QStringLiteral("</feed>\n"));
    return out.html().toUtf8();
}

QByteArray noticeBoardPage(const QList<BoardNotice>& notices, const QDate& today) {
    HtmlWriter out;
    out.element(QStringLiteral("h1"), QStringLiteral("Anslagstavla"));
    out.element(
        QStringLiteral("p"),
        QStringLiteral("Tillkännagivanden om justerade protokoll, %1.").arg(swedishDate(today)));
    if (notices.isEmpty()) {
        out.element(QStringLiteral("p"), QStringLiteral("Inga anslag är uppsatta just nu."));
    } else {
        out.open(QStringLiteral("ul"));
        out.newline();
        for (const BoardNotice& notice : notices) {
            const NoticeBoardFacts facts = noticeBoardFacts(notice.record, {});
            out.open(QStringLiteral("li"));
            out.open(QStringLiteral("a"),
                     QStringLiteral("href=\"") + htmlEscaped(notice.pageFile) + QLatin1Char('"'));
            out.text(meetingName(notice.record));
            out.close(QStringLiteral("a"));
            out.text(QStringLiteral(": uppsatt %1, sista dag att överklaga %2")
                         .arg(facts.postedOn.toString(Qt::ISODate),
                              lastDayToAppeal(facts).toString(Qt::ISODate)));
            out.close(QStringLiteral("li"));
            out.newline();
        }
        out.close(QStringLiteral("ul"));
        out.newline();
    }
    out.open(QStringLiteral("p"));
    out.open(QStringLiteral("a"),
             QStringLiteral("href=\"") + QString::fromLatin1(noticeFeedFile) + QLatin1Char('"'));
    out.text(QStringLiteral("Anslagen som Atom-flöde"));
    out.close(QStringLiteral("a"));
    out.close(QStringLiteral("p"));
    out.newline();
    return htmlPage(QStringLiteral("Anslagstavla"), out.html());
}

} // namespace paragraf
