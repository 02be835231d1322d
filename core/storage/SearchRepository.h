#pragma once

#include "Result.h"
#include "SearchCatalogue.h"
#include "model/Search.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace paragraf {

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

// The search index (docs/search.md): paragraf_search (migration 16), kept by triggers. The words
// come folded (SearchText); each is looked for inside the indexed words. What differs between
// the engines is here only: on the file, the word index (migration 18, SearchWordIndex) is first
// brought up to date from the queue the triggers fill, and the catalogue (SearchCatalogue) counts
// its rows into paragraphs; the server finds the rows through pg_trgm and ranks in SQL. Both rank
// alike: for each word the best place a paragraph holds it in (a title or case number ten, a
// decision three, elsewhere one; three times that found whole), ties newest first.
class SearchRepository {
public:
    explicit SearchRepository(const QSqlDatabase& connection) : m_connection(connection) {}

    // `language` (searchLanguage()): the endings that leave a query word whole, and the folding
    // of the rows that wait in the queue of a file that cannot be written.
    Result<QList<SearchRank>> rank(const QStringList& words, const SearchRequest& filter,
                                   const SearchLanguage& language) const;
    Result<SearchFound> found(Id meetingId, Id paragraphId) const;

    // How a search uses the file's word index.
    enum class IndexUse {
        Whole,       // up to date: the index gives the rows of every word
        BesideQueue, // a connection that cannot write while changes wait (a write-protected
                     // file): the index for every row not changed since it was last brought up
                     // to date, the changed rows (the queue) read and folded as they are now
        None,        // not Paragraf's own, damaged, or a server: every row is read
    };
    // The file's word index brought up to date with what the triggers queued since the last
    // search, in one transaction, and the catalogue with it; how the search will use it. The
    // results are the same whichever way; only the time differs.
    IndexUse catchUp(const SearchLanguage& language) const;
    // Before a file closes: what the queue holds indexed, when it is no more than `mostRows` rows
    // holding no more than `mostText` characters (a meeting's edits; more waits for the next
    // search). A file copied afterwards to a place where it cannot be written then searches by
    // its index instead of reading every row. Failures leave the queue for the next search.
    void indexWaitingChanges(int mostRows, qint64 mostText) const;

private:
    Status useOwnFolding() const;
    IndexUse bringUpToDate(const SearchWordIndex& index, SearchCatalogue& catalogue,
                           const SearchLanguage& language) const;
    static void waitingRowsHolding(const SearchCatalogue& catalogue, const QString& word,
                                   const SearchLanguage& language, const SearchCatalogue::Row& row);
    Result<QList<SearchRank>> rankByIndex(const SearchWordIndex& index,
                                          const SearchCatalogue& catalogue,
                                          const QStringList& words, const SearchRequest& filter,
                                          const SearchLanguage& language) const;
    Result<QList<SearchRank>> rankBy(const QString& sql, const QStringList& words,
                                     const SearchRequest& filter, const QStringList& endings) const;

    QSqlDatabase m_connection;
};

} // namespace paragraf
