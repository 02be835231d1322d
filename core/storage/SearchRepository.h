#pragma once

#include "Result.h"
#include "model/Search.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace paragraf {

// A paragraph (or a meeting, for a remark or rättelse that names no paragraph) in which every
// word was found, with its score: higher is better.
struct SearchRank {
    Id meetingId = NoId;
    Id paragraphId = NoId;
    double score = 0;
};

// One indexed piece of a found paragraph, with what the list shows of it.
struct SearchPiece {
    QString source;
    QString text;
};
struct SearchFound {
    QString body;
    QString date;
    QString status;
    int number = 0;
    QString title;
    QString kind;
    QList<SearchPiece> pieces;
};

// The search index of migration 16 (docs/search.md): paragraf_search, kept by triggers. The
// words come folded (SearchText); each is looked for inside the indexed words. What differs
// between the engines is here only: the file ranks by FTS5's bm25 over trigrams, the server
// counts the matches (pg_trgm finds the rows); on both a match in a title counts ten times one in
// a section, a case number five times, a decision three times.
class SearchRepository {
public:
    explicit SearchRepository(const QSqlDatabase& connection) : m_connection(connection) {}

    Result<QList<SearchRank>> rank(const QStringList& words, const SearchRequest& filter) const;
    Result<SearchFound> found(Id meetingId, Id paragraphId) const;

private:
    QSqlDatabase m_connection;
};

// The file's trigram index follows paragraf_search through TEMP triggers of each connection the
// program opens (the schema's own triggers may not write a virtual table: trusted_schema is off);
// when another program has changed the text meanwhile, the index is built again (a few seconds
// for ten years). Nothing on a server, or on a file older than schema 16.
Status attachSearchIndex(const QSqlDatabase& connection);

} // namespace paragraf
