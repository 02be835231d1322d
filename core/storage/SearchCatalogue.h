#pragma once

#include "Result.h"
#include "SearchWordIndex.h"
#include "model/Search.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <functional>
#include <memory>
#include <vector>

struct sqlite3;

namespace paragraf {

// A paragraph (or a meeting, for a remark or rättelse that names no paragraph) in which every
// word was found, with its score: higher is better.
struct SearchRank {
    Id meetingId = NoId;
    Id paragraphId = NoId;
    double score = 0;
};

// How much a word counts where it stands (docs/search.md, "Ranking"): ten in a title or a case
// number, three in a decision, one anywhere else; three times as much found whole (the word, or
// the word with a Swedish ending) as found inside a longer word.
int searchWeightOf(const QString& source);
constexpr int searchWholeWord = 3;
constexpr int searchInsideWord = 1;

// What the file's search keeps in memory beside its word index (docs/search.md): which
// paragraph each indexed row belongs to and where in it the row stands, and what the ranking and
// the filters need of each paragraph (its meeting's date, body and status, its number and
// kind). Read whole once per open file; then brought up to date from what the index applied, and
// read whole again when another program applied it. Ranking is then a matter of counting: the
// index gives the rows of each word, this gives their paragraphs.
class SearchCatalogue {
public:
    // The catalogue of a connection, made empty the first time; forget() when it closes.
    static std::shared_ptr<SearchCatalogue> of(const QSqlDatabase& connection);
    static void forget(const QSqlDatabase& connection);

    // Held while the catalogue is read or brought up to date.
    QMutex& mutex() { return m_mutex; }
    // Whether nothing was written to the file, by this connection or another, since refresh().
    bool isCurrent(sqlite3* handle) const;
    // Brought up to date after the index applied `update`: the rows it names read again (all
    // rows when the catalogue had not seen the index as it was before), the facts of every
    // meeting and paragraph read again.
    Status refresh(const QSqlDatabase& connection, const SearchIndexUpdate& update);
    // Read whole as the file is now, on a connection that cannot apply the queue: the rows it
    // names are the ones the index does not hold as they are (waitingRows()). `generation`
    // reads the count of applications (SearchWordIndex::generation), `fold` folds the waiting
    // rows' text (foldForSearch); all in one snapshot.
    Status readBesideQueue(const QSqlDatabase& connection,
                           const std::function<Result<qint64>()>& generation,
                           const std::function<QString(const QString&)>& fold);
    // The rows the index does not hold as they are now, each with its text folded as it is now
    // (none for a row deleted since): empty when the index is up to date.
    const QHash<qint64, QString>& waitingRows() const { return m_waiting; }
    // Forgets everything: the next refresh() reads all.
    void clear();

    // The best `filter.limit` paragraphs holding every word: `rowsOfWord(i, row)` calls `row`
    // with every indexed row holding word i and how well (searchWholeWord, searchInsideWord). A
    // paragraph scores the sum over the words of the weight of the best place it holds each in
    // times how well; ties go to the newest meeting, then the paragraph's order in it.
    using Row = std::function<void(qint64 row, int how)>;
    using RowsOfWord = std::function<Status(int word, const Row& row)>;
    Result<QList<SearchRank>> rank(int words, const RowsOfWord& rowsOfWord,
                                   const SearchRequest& filter) const;

private:
    struct Document {
        Id meetingId = NoId;
        Id paragraphId = NoId;
    };
    struct RowPlace {
        qint32 document = -1;
        quint8 weight = 0;
    };
    struct MeetingFacts {
        QString date;
        QString body;
        QString status;
        qint64 day = 0; // the date as a Julian day, for ordering
    };
    struct ParagraphFacts {
        int number = 0;
        QString kind;
    };

    Status readRows(const QSqlDatabase& connection, const QList<qint64>& only);
    Status readFacts(const QSqlDatabase& connection);
    void orderDocuments();
    Status measureRows(const QSqlDatabase& connection);
    void place(qint64 row, Id meetingId, Id paragraphId, const QString& source);
    void forgetRow(qint64 row);
    const RowPlace* rowPlace(qint64 row) const;
    bool passes(const Document& document, const SearchRequest& filter) const;
    void stamp(sqlite3* handle);

    QMutex m_mutex;
    QString m_file; // the connection's file: a closed connection's address is not reused
    bool m_loaded = false;
    qint64 m_generation = -1;
    qint64 m_dataVersion = -1;
    qint64 m_totalChanges = -1;
    // By row id: densely while the ids are, in a hash beyond (a file may hold any id).
    qint64 m_denseLimit = 0;
    std::vector<RowPlace> m_denseRows;
    QHash<qint64, RowPlace> m_sparseRows;
    std::vector<Document> m_documents;
    QHash<QPair<Id, Id>, qint32> m_documentOf;
    std::vector<qint32> m_order; // by document: its place among equal scores
    QHash<Id, MeetingFacts> m_meetings;
    QHash<Id, ParagraphFacts> m_paragraphs;
    QHash<qint64, QString> m_waiting;
};

} // namespace paragraf
