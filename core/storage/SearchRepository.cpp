#include "SearchRepository.h"

#include "Engine.h"
#include "SearchCatalogue.h"
#include "SearchWordIndex.h"
#include "SqlQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <sqlite3.h>

namespace paragraf {
namespace {

// Ranking without the file's word index (docs/search.md, "Ranking"), the same on the server and
// on a file whose index cannot be used: a paragraph scores, for each word, the weight of the best
// place it holds the word in (title and case number 10, decision 3, elsewhere 1), three times
// that where it stands whole (alone or with one of :endings after it); ties go to the
// newest meeting, then the paragraphs in their order, a meeting's own rows after them.
// SearchCatalogue::rank does the same from the index. The file reads every row (instr), folded
// by migration 18's own query as a view of the connection's own (TEMP, made by
// useOwnFolding: not the file's view, which a file from elsewhere may have changed); the server
// finds the rows through its trigram index (LIKE).
const QString scannedRank = QStringLiteral(
    "WITH word AS (SELECT key, value FROM json_each(:words)),"
    " hit AS (SELECT s.meeting_id, s.paragraph_id, w.key, MAX(CASE s.source WHEN 'title'"
    " THEN 10 WHEN 'case_number' THEN 10 WHEN 'decision' THEN 3 ELSE 1 END"
    " * CASE WHEN EXISTS (SELECT 1 FROM json_each(:endings) e WHERE ' ' || f.folded || ' '"
    " GLOB '*[^a-z0-9åäö]' || w.value || e.value || '[^a-z0-9åäö]*') THEN 3 ELSE 1 END)"
    " AS weight"
    " FROM word w JOIN temp.paragraf_search_folded_own f ON instr(f.folded, w.value) > 0"
    " JOIN paragraf_search s ON s.id = f.id"
    " GROUP BY s.meeting_id, s.paragraph_id, w.key)"
    " SELECT h.meeting_id, h.paragraph_id, SUM(h.weight) AS score"
    " FROM hit h JOIN meeting m ON m.id = h.meeting_id JOIN body b ON b.id = m.body_id"
    " LEFT JOIN paragraph p ON p.id = h.paragraph_id"
    " WHERE (:body = '' OR b.name = :body) AND (:year = '' OR substr(m.date, 1, 4) = :year)"
    " AND (:kind = '' OR p.kind = :kind) AND (:status = '' OR m.status = :status)"
    " GROUP BY h.meeting_id, h.paragraph_id, m.date, p.id, p.number"
    " HAVING COUNT(*) = (SELECT COUNT(*) FROM word)"
    " ORDER BY score DESC, m.date DESC, h.meeting_id, p.id IS NULL, p.number, h.paragraph_id"
    " LIMIT :limit");

const QString serverRank = QStringLiteral(
    "WITH word AS (SELECT w.value, w.n FROM json_array_elements_text(CAST(:words AS json))"
    " WITH ORDINALITY AS w(value, n)),"
    " hit AS (SELECT s.meeting_id, s.paragraph_id, w.n, MAX(CASE s.source WHEN 'title'"
    " THEN 10 WHEN 'case_number' THEN 10 WHEN 'decision' THEN 3 ELSE 1 END"
    " * CASE WHEN s.folded ~ ('(^|[^a-z0-9åäö])' || w.value || '(' || (SELECT"
    " string_agg(e, '|') FROM json_array_elements_text(CAST(:endings AS json)) AS e) || ')"
    "([^a-z0-9åäö]|$)') THEN 3 ELSE 1 END) AS weight"
    " FROM word w JOIN paragraf_search s ON s.folded LIKE '%' || w.value || '%'"
    " GROUP BY s.meeting_id, s.paragraph_id, w.n)"
    " SELECT h.meeting_id, h.paragraph_id, SUM(h.weight) AS score"
    " FROM hit h JOIN meeting m ON m.id = h.meeting_id JOIN body b ON b.id = m.body_id"
    " LEFT JOIN paragraph p ON p.id = h.paragraph_id"
    " WHERE (:body = '' OR b.name = :body) AND (:year = '' OR substr(m.date, 1, 4) = :year)"
    " AND (:kind = '' OR p.kind = :kind) AND (:status = '' OR m.status = :status)"
    " GROUP BY h.meeting_id, h.paragraph_id, m.date, p.id, p.number"
    " HAVING COUNT(*) = (SELECT COUNT(*) FROM word)"
    " ORDER BY score DESC, m.date DESC, h.meeting_id, p.id IS NULL, p.number, h.paragraph_id"
    " LIMIT :limit");

// The endings as the SQL takes them, after the word alone (no ending).
QString endingsJson(const QStringList& endings) {
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(QStringList{QString()} + endings))
            .toJson(QJsonDocument::Compact));
}

// A filter left out is '' to the SQL (a null QString would be bound as NULL).
QString orEmpty(const QString& text) {
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

SearchRepository::IndexUse SearchRepository::catchUp(const SearchLanguage& language) const {
    const SearchWordIndex index(m_connection);
    if (isServer(m_connection) || !index.isOurs())
        return IndexUse::None;
    const auto catalogue = SearchCatalogue::of(m_connection);
    const QMutexLocker lock(&catalogue->mutex());
    return bringUpToDate(index, *catalogue, language);
}

void SearchRepository::indexWaitingChanges(int mostRows, qint64 mostText) const {
    const SearchWordIndex index(m_connection);
    if (isServer(m_connection) || !index.isOurs())
        return;
    // The text the index takes (the rows as they are now) and the text it drops (the queue's).
    SqlQuery waiting(m_connection,
                     QStringLiteral("SELECT COUNT(*), COALESCE(SUM(length(s.text)), 0) +"
                                    " COALESCE(SUM(length(q.indexed)), 0) FROM (SELECT id,"
                                    " indexed FROM paragraf_search_queue LIMIT :most) q"
                                    " LEFT JOIN paragraf_search s ON s.id = q.id"));
    waiting.bind(QStringLiteral(":most"), mostRows + 1);
    struct Waiting {
        int rows = 0;
        qint64 text = 0;
    };
    const auto queued = waiting.first(
        [](const SqlQuery& q) {
            return Waiting{q.value(0).toInt(), q.value(1).toLongLong()};
        },
        {});
    if (queued && queued->rows > 0 && queued->rows <= mostRows && queued->text <= mostText)
        (void)index.catchUp();
}

// The word index brought up to date from the queue, and the catalogue from what it applied;
// nothing to do when nothing was written since the last search. A connection that may not write
// (a write-protected file) leaves the queue as it is, and the catalogue names its rows.
SearchRepository::IndexUse SearchRepository::bringUpToDate(const SearchWordIndex& index,
                                                           SearchCatalogue& catalogue,
                                                           const SearchLanguage& language) const {
    sqlite3* handle = sqliteHandle(m_connection);
    if (catalogue.isCurrent(handle))
        return catalogue.waitingRows().isEmpty() ? IndexUse::Whole : IndexUse::BesideQueue;
    const auto update = index.catchUp();
    if (update && catalogue.refresh(m_connection, update.value()))
        return IndexUse::Whole;
    catalogue.clear();
    if (!update && sqlite3_db_readonly(handle, "main") == 1 &&
        catalogue.readBesideQueue(
            m_connection, [&] { return index.generation(); }, language.fold))
        return IndexUse::BesideQueue;
    catalogue.clear();
    return IndexUse::None;
}

Result<QList<SearchRank>> SearchRepository::rank(const QStringList& words,
                                                 const SearchRequest& filter,
                                                 const SearchLanguage& language) const {
    if (words.isEmpty())
        return QList<SearchRank>{};
    if (isServer(m_connection))
        return rankBy(serverRank, words, filter, language.endings);
    const SearchWordIndex index(m_connection);
    if (index.isOurs()) {
        const auto catalogue = SearchCatalogue::of(m_connection);
        const QMutexLocker lock(&catalogue->mutex());
        if (bringUpToDate(index, *catalogue, language) != IndexUse::None)
            if (auto ranks = rankByIndex(index, *catalogue, words, filter, language))
                return ranks;
    }
    // An index that cannot be used (not Paragraf's own, damaged) is not a failed search: every
    // row is read instead.
    if (auto status = useOwnFolding(); !status)
        return fail(status.failure());
    return rankBy(scannedRank, words, filter, language.endings);
}

// Each query word looked for inside the indexed words ("skol" in "grundskolan"), then the rows
// of those words counted into their paragraphs by the catalogue, the words that are the query
// word with an ending (skola, skolans) as found whole.
Result<QList<SearchRank>> SearchRepository::rankByIndex(const SearchWordIndex& index,
                                                        const SearchCatalogue& catalogue,
                                                        const QStringList& words,
                                                        const SearchRequest& filter,
                                                        const SearchLanguage& language) const {
    // Rows changed since the index was brought up to date: what it holds of them is not what
    // they say now, so they are read as they are instead (a write-protected file).
    const QHash<qint64, QString>& waiting = catalogue.waitingRows();
    QList<QStringList> whole;
    QList<QStringList> inside;
    for (const QString& word : words) {
        auto containing = index.wordsContaining(word);
        if (!containing)
            return fail(containing.error());
        if (containing->isEmpty() && waiting.isEmpty())
            return QList<SearchRank>{}; // a word no text holds: nothing has every word
        whole.append(QStringList{});
        inside.append(QStringList{});
        for (const QString& indexed : containing.value()) {
            const bool isWhole =
                indexed.startsWith(word) && (indexed.size() == word.size() ||
                                             language.endings.contains(indexed.mid(word.size())));
            (isWhole ? whole : inside).last() << indexed;
        }
    }
    return catalogue.rank(
        int(words.size()),
        [&](int word, const SearchCatalogue::Row& row) -> Status {
            const auto indexed = [&](int how) {
                return [&row, &waiting, how](qint64 id) {
                    if (waiting.isEmpty() || !waiting.contains(id))
                        row(id, how);
                };
            };
            if (auto status = index.rowsHolding(whole[word], indexed(searchWholeWord)); !status)
                return status;
            if (auto status = index.rowsHolding(inside[word], indexed(searchInsideWord)); !status)
                return status;
            waitingRowsHolding(catalogue, words[word], language, row);
            return Status{};
        },
        filter);
}

// The queued rows that hold `word` as they are now: whole (alone or with one of the endings) or
// inside a longer word, told as the file's scan tells it.
void SearchRepository::waitingRowsHolding(const SearchCatalogue& catalogue, const QString& word,
                                          const SearchLanguage& language,
                                          const SearchCatalogue::Row& row) {
    const QHash<qint64, QString>& waiting = catalogue.waitingRows();
    for (auto text = waiting.cbegin(); text != waiting.cend(); ++text) {
        const SearchWordPlace place = language.place(text.value(), word);
        if (place != SearchWordPlace::None)
            row(text.key(), place == SearchWordPlace::Whole ? searchWholeWord : searchInsideWord);
    }
}

// The connection's own view of migration 18's folding, made once (the TEMP schema is the
// connection's, never the file's; the query is the program's own migration text).
Status SearchRepository::useOwnFolding() const {
    return SqlQuery(
               m_connection,
               QStringLiteral("CREATE TEMP VIEW IF NOT EXISTS paragraf_search_folded_own AS ") +
                   SearchWordIndex::foldedQuery())
        .exec();
}

Result<QList<SearchRank>> SearchRepository::rankBy(const QString& sql, const QStringList& words,
                                                   const SearchRequest& filter,
                                                   const QStringList& endings) const {
    SqlQuery query(m_connection, sql);
    query.bind(QStringLiteral(":endings"), endingsJson(endings))
        .bind(QStringLiteral(":words"),
              QString::fromUtf8(
                  QJsonDocument(QJsonArray::fromStringList(words)).toJson(QJsonDocument::Compact)))
        .bind(QStringLiteral(":body"), orEmpty(filter.body))
        .bind(QStringLiteral(":year"),
              orEmpty(filter.year > 0 ? QString::number(filter.year) : QString()))
        .bind(QStringLiteral(":kind"), orEmpty(filter.kind))
        .bind(QStringLiteral(":status"), orEmpty(filter.status))
        .bind(QStringLiteral(":limit"), std::max(1, filter.limit));
    return query.collect([](const SqlQuery& row) {
        return SearchRank{row.valueId(0), row.value(1).isNull() ? NoId : row.valueId(1),
                          row.value(2).toDouble()};
    });
}

Result<SearchFound> SearchRepository::found(Id meetingId, Id paragraphId) const {
    SqlQuery query(m_connection,
                   QStringLiteral("SELECT m.date, b.name, m.status, p.number, p.title, p.kind,"
                                  " s.source, s.text FROM paragraf_search s"
                                  " JOIN meeting m ON m.id = s.meeting_id"
                                  " JOIN body b ON b.id = m.body_id"
                                  " LEFT JOIN paragraph p ON p.id = s.paragraph_id"
                                  " WHERE s.meeting_id = :meeting AND s.paragraph_id IS NOT"
                                  " DISTINCT FROM :paragraph ORDER BY s.id"));
    query.bind(QStringLiteral(":meeting"), meetingId)
        .bind(QStringLiteral(":paragraph"), paragraphId == NoId
                                                ? QVariant(QMetaType::fromType<qint64>())
                                                : QVariant(paragraphId));
    if (auto status = query.exec(); !status)
        return fail(status.error());
    SearchFound found;
    while (query.next()) {
        found.date = query.text(0);
        found.body = query.text(1);
        found.status = query.text(2);
        found.number = query.value(3).toInt();
        found.title = query.text(4);
        found.kind = query.text(5);
        found.pieces << SearchPiece{query.text(6), query.text(7)};
    }
    return found;
}

} // namespace paragraf
