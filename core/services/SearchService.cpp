#include "SearchService.h"

#include "storage/Database.h"
#include "storage/SearchRepository.h"
#include "text/SearchText.h"

#include <algorithm>

namespace paragraf {
namespace {

// Which piece of a paragraph shows: the one with the most of the words, and among those the
// decision and how it was reached before what was said, the text before the title, which the
// list shows anyway. Every source paragraf_search holds (migrations 16 and 19) is named; one
// that is not (a file from elsewhere) comes last.
int preference(const QString& source) {
    static const QStringList order = {
        QStringLiteral("decision"),      QStringLiteral("proceedings"),
        QStringLiteral("motion"),        QStringLiteral("section"),
        QStringLiteral("viewpoint"),     QStringLiteral("attachment"),
        QStringLiteral("assignment"),    QStringLiteral("reservation"),
        QStringLiteral("protocol_note"), QStringLiteral("remark"),
        QStringLiteral("erratum"),       QStringLiteral("case_number"),
        QStringLiteral("title")};
    const qsizetype place = order.indexOf(source);
    return int(place < 0 ? order.size() : place);
}

int wordsIn(const QString& text, const QStringList& words) {
    const QString folded = foldForSearch(text);
    int count = 0;
    for (const QString& word : words)
        count += folded.contains(word) ? 1 : 0;
    return count;
}

// Whether every word is in one of the pieces: what the index ranked is read again as it is now
// (a paragraph changed since, or an index a file brought along that does not match its text).
bool holdsEveryWord(const SearchFound& found, const QStringList& words) {
    QString all;
    for (const SearchPiece& piece : found.pieces)
        all += foldForSearch(piece.text) + QLatin1Char('\n');
    return std::all_of(words.begin(), words.end(),
                       [&](const QString& word) { return all.contains(word); });
}

SearchHit hitOf(const SearchRank& rank, const SearchFound& found, const QStringList& words) {
    SearchHit hit{rank.meetingId,
                  rank.paragraphId,
                  found.body,
                  QDate::fromString(found.date, Qt::ISODate),
                  found.status,
                  found.number,
                  found.title,
                  found.kind,
                  {},
                  {},
                  {},
                  rank.score};
    const SearchPiece* best = nullptr;
    int bestWords = 0;
    for (const SearchPiece& piece : found.pieces) {
        const int n = wordsIn(piece.text, words);
        if (n > 0 && (!best || n > bestWords ||
                      (n == bestWords && preference(piece.source) < preference(best->source)))) {
            best = &piece;
            bestWords = n;
        }
    }
    if (best) {
        const bool markdown =
            best->source == QLatin1String("section") || best->source == QLatin1String("decision");
        const SearchSnippet snippet =
            searchSnippet(markdown ? readableOfMarkdown(best->text) : best->text, words);
        hit.source = best->source;
        hit.snippet = snippet.text;
        hit.marks = snippet.marks;
    }
    return hit;
}

} // namespace

Result<QList<SearchHit>> SearchService::search(const SearchRequest& request) const {
    const QStringList words = searchWords(request.text);
    const SearchRepository index(m_database.connection());
    // More ranked than shown: a paragraph the index names wrongly (changed since, or an index a
    // file brought along) is dropped below, and must not take the place of one that holds the
    // words.
    const int shown = std::max(1, request.limit);
    SearchRequest ranked = request;
    ranked.limit = shown + std::min(shown, 50) + 10;
    const auto ranks = index.rank(words, ranked, searchLanguage());
    if (!ranks)
        return fail(ranks.error());
    QList<SearchHit> hits;
    for (const SearchRank& rank : ranks.value()) {
        if (hits.size() == shown)
            break;
        const auto found = index.found(rank.meetingId, rank.paragraphId);
        if (!found)
            return fail(found.error());
        if (holdsEveryWord(found.value(), words)) // not: changed or deleted since it was ranked
            hits << hitOf(rank, found.value(), words);
    }
    return hits;
}

} // namespace paragraf
