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
// between the engines is here only: on the file, the trigram index (FTS5) is first brought up to
// date from the queue the triggers fill, and ranks by bm25; the server counts the matches
// (pg_trgm finds the rows). On both a match in a title counts ten times one in a section, a case
// number five times, a decision three times.
class SearchRepository {
public:
    explicit SearchRepository(const QSqlDatabase& connection) : m_connection(connection) {}

    Result<QList<SearchRank>> rank(const QStringList& words, const SearchRequest& filter) const;
    Result<SearchFound> found(Id meetingId, Id paragraphId) const;

    // The file's trigram index brought up to date with what the triggers queued since the last
    // search, in one transaction; true when it may be used. False on a file opened only for
    // reading while changes wait, and on a file whose index is not Paragraf's own: rank() then
    // reads every row (the same results, slower).
    bool catchUp() const;

private:
    Result<QList<SearchRank>> rankBy(const QString& sql, const QStringList& words,
                                     const SearchRequest& filter) const;

    QSqlDatabase m_connection;
};

} // namespace paragraf
