// paragraf-cli search: every body and year of a file or a server, ranked (docs/search.md).
#include "CliSupport.h"
#include "i18n/TrContexts.h"
#include "model/Codes.h"
#include "model/Meeting.h"
#include "model/Paragraph.h"
#include "services/SearchService.h"
#include "text/SearchText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace paragraf::cli {
namespace {

// The snippet with its matching words in [brackets].
QString marked(const SearchHit& hit) {
    QString text = hit.snippet;
    for (auto m = hit.marks.crbegin(); m != hit.marks.crend(); ++m) {
        text.insert(m->start + m->length, QLatin1Char(']'));
        text.insert(m->start, QLatin1Char('['));
    }
    return text;
}

// An offset into the snippet in characters (code points), as most readers of JSON count: a
// character beyond U+FFFF (𝄞, an emoji) is one, where a QString holds two UTF-16 units.
int characters(const QString& text, int units) {
    return int(QStringView(text).left(units).toUcs4().size());
}

QJsonObject hitJson(const SearchHit& hit) {
    QJsonArray marks;
    for (const SearchMark& m : hit.marks) {
        const int start = characters(hit.snippet, m.start);
        const int end = characters(hit.snippet, m.start + m.length);
        marks.append(
            QJsonObject{{QStringLiteral("start"), start}, {QStringLiteral("length"), end - start}});
    }
    return QJsonObject{
        {QStringLiteral("meeting"), hit.meetingId},
        {QStringLiteral("paragraph"), hit.paragraphId == NoId ? QJsonValue() : hit.paragraphId},
        {QStringLiteral("body"), hit.body},
        {QStringLiteral("date"), hit.date.toString(Qt::ISODate)},
        {QStringLiteral("status"), hit.status},
        {QStringLiteral("number"), hit.number},
        {QStringLiteral("title"), hit.title},
        {QStringLiteral("kind"), hit.kind},
        {QStringLiteral("source"), hit.source},
        {QStringLiteral("snippet"), hit.snippet},
        {QStringLiteral("marks"), marks},
        {QStringLiteral("score"), hit.score},
    };
}

void print(const QList<SearchHit>& hits, bool json) {
    QTextStream out(stdout);
    if (json) {
        QJsonArray list;
        for (const SearchHit& hit : hits)
            list.append(hitJson(hit));
        out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return;
    }
    for (const SearchHit& hit : hits) {
        out << hit.meetingId << '\t' << hit.date.toString(Qt::ISODate) << '\t' << hit.body << '\t'
            << (hit.paragraphId == NoId ? QString() : QStringLiteral("§ %1").arg(hit.number))
            << '\t' << hit.title << '\n';
        if (!hit.snippet.isEmpty())
            out << "    " << marked(hit) << '\n';
    }
}

int search(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("body"), CliText::tr("Only this body's meetings (its name or id)."),
         QStringLiteral("NAME")},
        {QStringLiteral("year"), CliText::tr("Only meetings of this year."),
         QStringLiteral("YYYY")},
        {QStringLiteral("kind"),
         CliText::tr("Only paragraphs of this kind: decision or information."),
         QStringLiteral("KIND")},
        {QStringLiteral("status"), CliText::tr("Only meetings with this status (e.g. adjusted)."),
         QStringLiteral("STATUS")},
        {QStringLiteral("limit"), CliText::tr("At most this many results (50 unless given)."),
         QStringLiteral("N")},
        {QStringLiteral("json"), CliText::tr("Print the results as JSON.")},
    });
    if (auto exit = parse(parser, arguments,
                          CliText::tr("Search every paragraph, decision, remark, assignment and "
                                      "attachment of every body and year, best first."),
                          {QStringLiteral("FILE"), QStringLiteral("QUERY")}))
        return *exit;
    SearchRequest request;
    request.text = parser.positionalArguments()[1];
    if (parser.isSet(QStringLiteral("year"))) {
        const auto year = yearFrom(parser.value(QStringLiteral("year")));
        if (!year)
            return usage(
                CliText::tr("\"%1\" is not a year.").arg(parser.value(QStringLiteral("year"))));
        request.year = *year;
    }
    if (parser.isSet(QStringLiteral("limit"))) {
        const auto limit = numberFrom(parser.value(QStringLiteral("limit")));
        if (!limit)
            return usage(CliText::tr("\"%1\" is not a number of results.")
                             .arg(parser.value(QStringLiteral("limit"))));
        request.limit = *limit;
    }
    request.kind = parser.value(QStringLiteral("kind"));
    request.status = parser.value(QStringLiteral("status"));
    // A filter that can match nothing is a mistake to say, not an empty result.
    if (!request.kind.isEmpty() && !allCodes<ParagraphKind>().contains(request.kind))
        return usage(CliText::tr("\"%1\" is not a kind of paragraph; one of: %2.")
                         .arg(request.kind, allCodes<ParagraphKind>().join(QStringLiteral(", "))));
    if (!request.status.isEmpty() && !allCodes<MeetingStatus>().contains(request.status))
        return usage(
            CliText::tr("\"%1\" is not a meeting's status; one of: %2.")
                .arg(request.status, allCodes<MeetingStatus>().join(QStringLiteral(", "))));
    if (searchWords(request.text).isEmpty())
        return usage(CliText::tr("\"%1\" has no word of three letters or digits or more; shorter "
                                 "words are not looked for.")
                         .arg(request.text));
    return withDatabase(parser.positionalArguments()[0], [&](const Database& database) {
        if (parser.isSet(QStringLiteral("body"))) {
            const auto body = findBody(database, parser.value(QStringLiteral("body")));
            if (!body)
                return failWith(body.error());
            request.body = body->name;
        }
        const auto hits = SearchService(database).search(request);
        if (!hits)
            return failWith(hits.error());
        if (const QStringList left = shortQueryWords(request.text); !left.isEmpty())
            QTextStream(stderr) << CliText::tr("Too short to look for: %1.")
                                       .arg(QLocale().createSeparatedList(left))
                                << '\n';
        print(hits.value(), parser.isSet(QStringLiteral("json")));
        return 0;
    });
}

} // namespace

QList<Command> searchCommands() {
    return {
        {"search", QT_TRANSLATE_NOOP("CliText", "Search every body and year, best first"), search},
    };
}

} // namespace paragraf::cli
