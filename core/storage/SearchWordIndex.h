#pragma once

#include "Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace paragraf {

// Adds to a file's connection the function the search reads the word index with
// (SearchWordIndex::rowsHolding); nothing on a server's. Database calls it on opening.
void addSearchFunctions(const QSqlDatabase& connection);

// What bringing the file's word index up to date did: the rows of paragraf_search it saw change
// (their text, meeting or paragraph; some may be gone), and the count of applications of the
// queue before and after (paragraf_search_applied). `rebuilt` when the whole index was made
// again, and then `changed` is empty: everything may have changed.
struct SearchIndexUpdate {
    QList<qint64> changed;
    qint64 generationBefore = 0;
    qint64 generationAfter = 0;
    bool rebuilt = false;
};

// The file's index of whole words (migration 18, docs/search.md): paragraf_search_words (FTS5,
// unicode61, which rows hold a word), paragraf_search_term (every word it has held) and its
// trigram index. The schema's triggers only queue what changed (trusted_schema is off); the
// program's own statements bring the index up to date, here, before a search.
class SearchWordIndex {
public:
    explicit SearchWordIndex(const QSqlDatabase& connection) : m_connection(connection) {}

    // Migration 18's query of every row's id and folded text (the view paragraf_search_folded
    // as the migration made it, whatever a file holds under that name).
    static QString foldedQuery();
    // Whether the index is exactly migration 18's: a file from elsewhere could hold another
    // module under these names, and the program's statements would run it.
    bool isOurs() const;
    // The count of applications of the queue so far: -1 when the table does not hold one
    // count (a file from elsewhere); an error when it cannot be read.
    Result<qint64> generation() const;
    // The queue applied in one transaction (another reader sees the index before or after,
    // never half of it): the rows it names out of the index with the text the index holds for
    // them, in again as they are now, their new words added to the words. When applying fails
    // (a queue another program wrote wrongly) everything is indexed again. Fails on a
    // connection that cannot write while changes wait.
    Result<SearchIndexUpdate> catchUp() const;

    // The indexed words in which `word` (folded, letters and digits) stands: "skol" gives
    // "skola", "grundskolan", "skolornas".
    Result<QStringList> wordsContaining(const QString& word) const;
    // Calls `row` with the id of each paragraf_search row that holds one of `words` (a row once
    // per word it holds). Reads the index directly: this is the search's inner loop.
    Status rowsHolding(const QStringList& words, const std::function<void(qint64)>& row) const;

private:
    Status apply(const QList<qint64>& changed) const;
    Status rebuild() const;
    Status addWordsOf(const QList<qint64>& rows) const;
    Status addWordsFromIndex() const;
    Result<qint64> countApplication(qint64 before) const;

    QSqlDatabase m_connection;
};

} // namespace paragraf
