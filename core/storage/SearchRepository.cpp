#include "SearchRepository.h"

#include "Engine.h"
#include "SqlQuery.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace paragraf {
namespace {

// Each word is a phrase of trigrams to FTS5: found wherever it stands inside a word. The words
// hold letters and digits only (SearchText), so quoting them is enough.
const QString fileRank = QStringLiteral(
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

// Off: SQLite refuses a write to the FTS5 table from these TEMP triggers too while
// trusted_schema is off ("unsafe use of virtual table"), so the file scans paragraf_search
// (fileRank) until the index is kept another way (docs/search.md, "What is left").
constexpr bool useIndexTriggers = false;

const QStringList indexTriggers = {
    QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS paragraf_search_fts_insert AFTER INSERT ON"
                   " main.paragraf_search BEGIN"
                   " INSERT INTO paragraf_search_fts (rowid, folded) VALUES (new.id, new.folded);"
                   " UPDATE paragraf_search_state SET indexed = indexed + 1 WHERE id = 1; END"),
    QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS paragraf_search_fts_delete AFTER DELETE ON"
                   " main.paragraf_search BEGIN"
                   " INSERT INTO paragraf_search_fts (paragraf_search_fts, rowid, folded)"
                   " VALUES ('delete', old.id, old.folded);"
                   " UPDATE paragraf_search_state SET indexed = indexed + 1 WHERE id = 1; END"),
    QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS paragraf_search_fts_update AFTER UPDATE OF"
                   " text ON main.paragraf_search WHEN new.text IS NOT old.text BEGIN"
                   " INSERT INTO paragraf_search_fts (paragraf_search_fts, rowid, folded)"
                   " VALUES ('delete', old.id, old.folded);"
                   " INSERT INTO paragraf_search_fts (rowid, folded) VALUES (new.id, new.folded);"
                   " UPDATE paragraf_search_state SET indexed = indexed + 1 WHERE id = 1; END"),
};

// Builds the index again when paragraf_search changed without it (another program wrote the
// file); a file opened only for reading keeps the index it has.
Status rebuildIfBehind(const QSqlDatabase& connection) {
    SqlQuery behind(connection,
                    QStringLiteral("SELECT changes <> indexed FROM paragraf_search_state"
                                   " WHERE id = 1"));
    const auto stale = behind.first([](const SqlQuery& row) { return row.value(0).toBool(); },
                                    QStringLiteral("paragraf_search_state has no row"));
    if (!stale)
        return fail(stale.error());
    if (!stale.value())
        return {};
    return inTransaction(connection, [&]() -> Status {
        if (auto status = SqlQuery(connection, QStringLiteral("INSERT INTO paragraf_search_fts"
                                                              " (paragraf_search_fts) VALUES"
                                                              " ('rebuild')"))
                              .exec();
            !status)
            return status;
        return SqlQuery(connection, QStringLiteral("UPDATE paragraf_search_state SET indexed ="
                                                   " changes WHERE id = 1"))
            .exec();
    });
}

} // namespace

Status attachSearchIndex(const QSqlDatabase& connection) {
    if (isServer(connection))
        return {};
    SqlQuery present(connection, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name ="
                                                " 'paragraf_search_state'"));
    const auto count = present.first([](const SqlQuery& row) { return row.value(0).toInt(); },
                                     QStringLiteral("sqlite_master cannot be read"));
    if (!count)
        return fail(count.error());
    if (count.value() == 0 || !useIndexTriggers)
        return {};
    for (const QString& trigger : indexTriggers)
        if (auto status = SqlQuery(connection, trigger).exec(); !status)
            return status;
    (void)rebuildIfBehind(connection); // read-only: the index stays as it is
    return {};
}

Result<QList<SearchRank>> SearchRepository::rank(const QStringList& words,
                                                 const SearchRequest& filter) const {
    if (words.isEmpty())
        return QList<SearchRank>{};
    SqlQuery query(m_connection, isServer(m_connection) ? serverRank : fileRank);
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
