#include "SearchRepository.h"

#include "Engine.h"
#include "SqlQuery.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace paragraf {
namespace {

// The file's ranking through the trigram index: each word is a phrase of trigrams to FTS5, found
// wherever it stands inside a word, and weighs by bm25 (which counts the matches and favours a
// short text). The words hold letters and digits only (SearchText); a quote would be doubled.
const QString indexedRank = QStringLiteral(
    "WITH words AS (SELECT key, value FROM json_each(:words)),"
    " hit AS MATERIALIZED (SELECT w.key AS word, paragraf_search_fts.rowid AS id,"
    " -bm25(paragraf_search_fts) AS weight FROM words w JOIN paragraf_search_fts"
    " ON paragraf_search_fts MATCH ('\"' || replace(w.value, '\"', '\"\"') || '\"'))"
    " SELECT s.meeting_id, s.paragraph_id, SUM(hit.weight"
    " * CASE s.source WHEN 'title' THEN 10.0 WHEN 'case_number' THEN 5.0"
    " WHEN 'decision' THEN 3.0 ELSE 1.0 END) AS score"
    " FROM hit JOIN paragraf_search s ON s.id = hit.id"
    " JOIN meeting m ON m.id = s.meeting_id JOIN body b ON b.id = m.body_id"
    " LEFT JOIN paragraph p ON p.id = s.paragraph_id"
    " WHERE (:body = '' OR b.name = :body) AND (:year = '' OR substr(m.date, 1, 4) = :year)"
    " AND (:kind = '' OR p.kind = :kind) AND (:status = '' OR m.status = :status)"
    " GROUP BY s.meeting_id, s.paragraph_id"
    " HAVING COUNT(DISTINCT hit.word) = (SELECT COUNT(*) FROM words)"
    " ORDER BY score DESC, max(m.date) DESC, s.paragraph_id LIMIT :limit");

// Without the index (a file opened only for reading whose index is behind, or an index that is not
// Paragraf's own): every row is read, and ranked by counted matches as on the server.
const QString scannedRank = QStringLiteral(
    "SELECT s.meeting_id, s.paragraph_id, SUM((length(s.folded) - length(replace(s.folded,"
    " w.value, ''))) * 1.0 / length(w.value) / (1 + length(s.folded) / 1000.0)"
    " * CASE s.source WHEN 'title' THEN 10.0 WHEN 'case_number' THEN 5.0"
    " WHEN 'decision' THEN 3.0 ELSE 1.0 END) AS score"
    " FROM json_each(:words) w"
    " JOIN paragraf_search s ON instr(s.folded, w.value) > 0"
    " JOIN meeting m ON m.id = s.meeting_id JOIN body b ON b.id = m.body_id"
    " LEFT JOIN paragraph p ON p.id = s.paragraph_id"
    " WHERE (:body = '' OR b.name = :body) AND (:year = '' OR substr(m.date, 1, 4) = :year)"
    " AND (:kind = '' OR p.kind = :kind) AND (:status = '' OR m.status = :status)"
    " GROUP BY s.meeting_id, s.paragraph_id"
    " HAVING COUNT(DISTINCT w.key) = json_array_length(:words)"
    " ORDER BY score DESC, max(m.date) DESC, s.paragraph_id LIMIT :limit");

// The count of matches in a row, less for a long row (as bm25 does), weighted as on the file.
const QString serverRank = QStringLiteral(
    "SELECT s.meeting_id, s.paragraph_id, SUM((length(s.folded) - length(replace(s.folded,"
    " w.word, ''))) / length(w.word)::float8 / (1 + length(s.folded) / 1000.0)"
    " * CASE s.source WHEN 'title' THEN 10.0 WHEN 'case_number' THEN 5.0"
    " WHEN 'decision' THEN 3.0 ELSE 1.0 END) AS score"
    " FROM json_array_elements_text(CAST(:words AS json)) WITH ORDINALITY AS w(word, n)"
    " JOIN paragraf_search s ON s.folded LIKE '%' || w.word || '%'"
    " JOIN meeting m ON m.id = s.meeting_id JOIN body b ON b.id = m.body_id"
    " LEFT JOIN paragraph p ON p.id = s.paragraph_id"
    " WHERE (:body = '' OR b.name = :body) AND (:year = '' OR substr(m.date, 1, 4) = :year)"
    " AND (:kind = '' OR p.kind = :kind) AND (:status = '' OR m.status = :status)"
    " GROUP BY s.meeting_id, s.paragraph_id"
    " HAVING COUNT(DISTINCT w.n) = json_array_length(CAST(:words AS json))"
    " ORDER BY score DESC, max(m.date) DESC, s.paragraph_id LIMIT :limit");

// A filter left out is '' to the SQL (a null QString would be bound as NULL).
QString orEmpty(const QString& text) {
    return text.isNull() ? QStringLiteral("") : text;
}

// The index as migration 16 made it, word for word: a file from elsewhere could name another
// table or module under this name, and the program's own statements would run it.
const QString indexSchema = QStringLiteral(
    "CREATE VIRTUAL TABLE paragraf_search_fts USING fts5(folded, content='paragraf_search',\n"
    "    content_rowid='id', tokenize='trigram case_sensitive 1')");

bool indexIsOurs(const QSqlDatabase& connection) {
    SqlQuery query(connection, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table'"
                                              " AND name = 'paragraf_search_fts'"));
    const auto sql = query.first([](const SqlQuery& row) { return row.text(0); }, {});
    return sql && sql.value() == indexSchema;
}

bool queueIsEmpty(const QSqlDatabase& connection) {
    SqlQuery query(connection,
                   QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM paragraf_search_queue)"));
    const auto empty = query.first([](const SqlQuery& row) { return row.value(0).toBool(); }, {});
    return empty && empty.value();
}

Status run(const QSqlDatabase& connection, const QString& sql) {
    return SqlQuery(connection, sql).exec();
}

// The rows changed since the last search, out of the index (with the text it holds for them)
// and in again as they are now; then the queue is empty.
Status applyQueue(const QSqlDatabase& connection) {
    if (auto status =
            run(connection, QStringLiteral("INSERT INTO paragraf_search_fts (paragraf_search_fts,"
                                           " rowid, folded) SELECT 'delete', id, indexed FROM"
                                           " paragraf_search_queue WHERE indexed IS NOT NULL"));
        !status)
        return status;
    if (auto status =
            run(connection, QStringLiteral("INSERT INTO paragraf_search_fts (rowid, folded)"
                                           " SELECT s.id, s.folded FROM paragraf_search_queue q"
                                           " JOIN paragraf_search s ON s.id = q.id"));
        !status)
        return status;
    return run(connection, QStringLiteral("DELETE FROM paragraf_search_queue"));
}

// The whole index built again from paragraf_search: when the queue could not be applied (a file
// whose queue was written by another program, wrongly).
Status rebuild(const QSqlDatabase& connection) {
    if (auto status = run(connection, QStringLiteral("INSERT INTO paragraf_search_fts"
                                                     " (paragraf_search_fts) VALUES ('rebuild')"));
        !status)
        return status;
    return run(connection, QStringLiteral("DELETE FROM paragraf_search_queue"));
}

} // namespace

bool SearchRepository::catchUp() const {
    if (!indexIsOurs(m_connection))
        return false;
    if (queueIsEmpty(m_connection))
        return true;
    // One transaction: another reader sees the index before or after, never half of it.
    if (inTransaction(m_connection, [&] { return applyQueue(m_connection); }))
        return true;
    return bool(inTransaction(m_connection, [&] { return rebuild(m_connection); }));
}

Result<QList<SearchRank>> SearchRepository::rank(const QStringList& words,
                                                 const SearchRequest& filter) const {
    if (words.isEmpty())
        return QList<SearchRank>{};
    if (isServer(m_connection))
        return rankBy(serverRank, words, filter);
    if (catchUp())
        if (auto ranks = rankBy(indexedRank, words, filter))
            return ranks;
    // An index that cannot be read (damaged by another program) is not a failed search.
    return rankBy(scannedRank, words, filter);
}

Result<QList<SearchRank>> SearchRepository::rankBy(const QString& sql, const QStringList& words,
                                                   const SearchRequest& filter) const {
    SqlQuery query(m_connection, sql);
    query
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
