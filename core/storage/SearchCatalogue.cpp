#include "SearchCatalogue.h"

#include "SqlQuery.h"
#include "SqliteStatement.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <limits>
#include <numeric>
#include <sqlite3.h>
#include <tuple>

namespace paragraf {
namespace {

// The catalogues of the open files, by connection. A connection's address may be reused after it
// closes, so each catalogue also names its file, and Database forgets it on closing.
class Catalogues {
public:
    static Catalogues& instance() {
        static Catalogues catalogues;
        return catalogues;
    }
    std::shared_ptr<SearchCatalogue> of(sqlite3* handle) {
        const QMutexLocker lock(&m_mutex);
        auto& catalogue = m_catalogues[handle];
        if (!catalogue)
            catalogue = std::make_shared<SearchCatalogue>();
        return catalogue;
    }
    void forget(sqlite3* handle) {
        const QMutexLocker lock(&m_mutex);
        m_catalogues.remove(handle);
    }

private:
    QMutex m_mutex;
    QHash<sqlite3*, std::shared_ptr<SearchCatalogue>> m_catalogues;
};

QString fileOf(sqlite3* handle) {
    const char* name = handle ? sqlite3_db_filename(handle, "main") : nullptr;
    return name ? QString::fromUtf8(name) : QString();
}

// PRAGMA data_version: changes when another connection (of this program or another) commits.
qint64 dataVersion(sqlite3* handle) {
    sqlite3_stmt* statement = nullptr;
    qint64 version = -1;
    if (sqlite3_prepare_v2(handle, "PRAGMA data_version", -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        version = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return version;
}

// Row ids are kept in a vector up to four times as many as the rows read whole, and a margin;
// an id beyond (a file may hold any 64-bit number) goes to the hash.
constexpr qint64 denseMargin = 1 << 16;

} // namespace

int searchWeightOf(const QString& source) {
    if (source == QLatin1String("title"))
        return 10;
    if (source == QLatin1String("case_number"))
        return 10;
    if (source == QLatin1String("decision"))
        return 3;
    return 1;
}

std::shared_ptr<SearchCatalogue> SearchCatalogue::of(const QSqlDatabase& connection) {
    sqlite3* handle = sqliteHandle(connection);
    auto catalogue = Catalogues::instance().of(handle);
    const QMutexLocker lock(&catalogue->m_mutex);
    if (catalogue->m_file != fileOf(handle)) {
        catalogue->clear();
        catalogue->m_file = fileOf(handle);
    }
    return catalogue;
}

void SearchCatalogue::forget(const QSqlDatabase& connection) {
    if (sqlite3* handle = sqliteHandle(connection))
        Catalogues::instance().forget(handle);
}

bool SearchCatalogue::isCurrent(sqlite3* handle) const {
    return m_loaded && handle && dataVersion(handle) == m_dataVersion &&
           sqlite3_total_changes64(handle) == m_totalChanges;
}

void SearchCatalogue::stamp(sqlite3* handle) {
    m_dataVersion = dataVersion(handle);
    m_totalChanges = sqlite3_total_changes64(handle);
}

void SearchCatalogue::clear() {
    m_loaded = false;
    m_generation = -1;
    m_denseLimit = 0;
    m_denseRows.clear();
    m_sparseRows.clear();
    m_documents.clear();
    m_documentOf.clear();
    m_order.clear();
    m_meetings.clear();
    m_paragraphs.clear();
    m_waiting.clear();
}

Status SearchCatalogue::refresh(const QSqlDatabase& connection, const SearchIndexUpdate& update) {
    // What the index applied is enough only when this catalogue saw the index as it was before;
    // after another program applied the queue (or a rebuild), every row is read again.
    const bool whole = !m_loaded || update.rebuilt || m_generation != update.generationBefore;
    if (whole)
        clear();
    if (whole || !update.changed.isEmpty())
        if (auto status = readRows(connection, whole ? QList<qint64>{} : update.changed); !status) {
            clear();
            return status;
        }
    if (auto status = readFacts(connection); !status) {
        clear();
        return status;
    }
    m_generation = update.generationAfter;
    m_loaded = true;
    stamp(sqliteHandle(connection));
    return {};
}

Status SearchCatalogue::readBesideQueue(const QSqlDatabase& connection,
                                        const std::function<Result<qint64>()>& generation,
                                        const std::function<QString(const QString&)>& fold) {
    if (!fold)
        return fail(QStringLiteral("no folding given"));
    clear();
    sqlite3* handle = sqliteHandle(connection);
    // Stamped before the snapshot: a commit after it is then seen at the next search.
    stamp(handle);
    const auto read = [&]() -> Status {
        auto count = generation();
        if (!count)
            return fail(count.error());
        // Folded here once, not in SQL at each search (the view folds at about 50 µs a row).
        SqlQuery queue(connection, QStringLiteral("SELECT q.id, s.text FROM paragraf_search_queue"
                                                  " q LEFT JOIN paragraf_search s ON s.id = q.id"));
        if (auto status = queue.exec(); !status)
            return status;
        QHash<qint64, QString> waiting;
        while (queue.next())
            waiting.insert(queue.valueId(0), fold(queue.text(1)));
        if (auto status = readRows(connection, {}); !status)
            return status;
        if (auto status = readFacts(connection); !status)
            return status;
        m_waiting = std::move(waiting);
        m_generation = count.value();
        return {};
    };
    // One read transaction (a connection that may not write can read in one): the queue, the
    // rows and the facts as of one moment.
    if (auto begun = SqlQuery(connection, QStringLiteral("BEGIN")).exec(); !begun)
        return begun;
    const Status status = read();
    (void)SqlQuery(connection, QStringLiteral("COMMIT")).exec();
    if (!status) {
        clear();
        return status;
    }
    m_loaded = true;
    return {};
}

// The rows of paragraf_search, all or `only` these (a row among them that is gone is forgotten).
Status SearchCatalogue::readRows(const QSqlDatabase& connection, const QList<qint64>& only) {
    QString ids;
    if (!only.isEmpty()) {
        QJsonArray list;
        for (qint64 id : only) {
            list.append(id);
            forgetRow(id);
        }
        ids = QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
    } else if (auto status = measureRows(connection); !status) {
        return status;
    }
    SqlQuery query(connection,
                   QStringLiteral("SELECT id, meeting_id, paragraph_id, source FROM"
                                  " paragraf_search WHERE :all OR id IN (SELECT value FROM"
                                  " json_each(:ids))"));
    query.bind(QStringLiteral(":all"), only.isEmpty())
        .bind(QStringLiteral(":ids"), only.isEmpty() ? QStringLiteral("[]") : ids);
    if (auto status = query.exec(); !status)
        return status;
    while (query.next())
        place(query.valueId(0), query.valueId(1), query.value(2).isNull() ? NoId : query.valueId(2),
              query.text(3));
    return {};
}

void SearchCatalogue::place(qint64 row, Id meetingId, Id paragraphId, const QString& source) {
    const auto key = qMakePair(meetingId, paragraphId);
    auto found = m_documentOf.constFind(key);
    if (found == m_documentOf.constEnd()) {
        found = m_documentOf.insert(key, qint32(m_documents.size()));
        m_documents.push_back({meetingId, paragraphId});
    }
    const RowPlace where{found.value(), quint8(searchWeightOf(source))};
    if (row >= 0 && row < m_denseLimit) {
        if (row >= qint64(m_denseRows.size()))
            m_denseRows.resize(size_t(row + 1));
        m_denseRows[size_t(row)] = where;
    } else {
        m_sparseRows.insert(row, where);
    }
}

void SearchCatalogue::forgetRow(qint64 row) {
    if (row >= 0 && row < m_denseLimit) {
        if (row < qint64(m_denseRows.size()))
            m_denseRows[size_t(row)] = RowPlace{};
    } else {
        m_sparseRows.remove(row);
    }
}

const SearchCatalogue::RowPlace* SearchCatalogue::rowPlace(qint64 row) const {
    if (row >= 0 && row < m_denseLimit)
        return row < qint64(m_denseRows.size()) ? &m_denseRows[size_t(row)] : nullptr;
    const auto found = m_sparseRows.constFind(row);
    return found == m_sparseRows.constEnd() ? nullptr : &found.value();
}

// How far the ids go densely: decided when every row is read, kept until they are read again.
Status SearchCatalogue::measureRows(const QSqlDatabase& connection) {
    SqlQuery query(connection, QStringLiteral("SELECT COUNT(*) FROM paragraf_search"));
    auto rows = query.first([](const SqlQuery& row) { return row.value(0).toLongLong(); },
                            QStringLiteral("paragraf_search cannot be counted"));
    if (!rows)
        return fail(rows.error());
    m_denseLimit = 4 * rows.value() + denseMargin;
    return {};
}

// Every meeting's date, body and status, every paragraph's number and kind (read with SQLite's
// own interface: after each write, 36,000 paragraphs), and from them the order of equal scores.
Status SearchCatalogue::readFacts(const QSqlDatabase& connection) {
    sqlite3* handle = sqliteHandle(connection);
    m_meetings.clear();
    m_paragraphs.clear();
    const SqliteStatement meetings(handle, "SELECT m.id, m.date, b.name, m.status FROM meeting m"
                                           " JOIN body b ON b.id = m.body_id");
    const SqliteStatement paragraphs(handle, "SELECT id, number, kind FROM paragraph");
    if (!meetings.get() || !paragraphs.get())
        return fail(QString::fromUtf8(sqlite3_errmsg(handle)));
    const auto text = [](sqlite3_stmt* statement, int column) {
        return QString::fromUtf8(
            reinterpret_cast<const char*>(sqlite3_column_text(statement, column)),
            sqlite3_column_bytes(statement, column));
    };
    while (sqlite3_step(meetings.get()) == SQLITE_ROW) {
        const QString date = text(meetings.get(), 1);
        m_meetings.insert(sqlite3_column_int64(meetings.get(), 0),
                          {date, text(meetings.get(), 2), text(meetings.get(), 3),
                           QDate::fromString(date, Qt::ISODate).toJulianDay()});
    }
    QHash<QByteArray, QString> kinds; // a handful of kinds, one string each
    while (sqlite3_step(paragraphs.get()) == SQLITE_ROW) {
        const QByteArray kind(
            reinterpret_cast<const char*>(sqlite3_column_text(paragraphs.get(), 2)),
            sqlite3_column_bytes(paragraphs.get(), 2));
        auto known = kinds.constFind(kind);
        if (known == kinds.constEnd())
            known = kinds.insert(kind, QString::fromUtf8(kind));
        m_paragraphs.insert(sqlite3_column_int64(paragraphs.get(), 0),
                            {sqlite3_column_int(paragraphs.get(), 1), known.value()});
    }
    orderDocuments();
    return {};
}

// The order of equal scores: the newest meeting first (the lowest id among meetings of a day),
// then its paragraphs by number, the meeting's own remarks and rättelser after them.
void SearchCatalogue::orderDocuments() {
    struct Key {
        qint64 day, meeting, ofMeeting, number, paragraph;
        bool operator<(const Key& other) const {
            return std::tie(day, meeting, ofMeeting, number, paragraph) <
                   std::tie(other.day, other.meeting, other.ofMeeting, other.number,
                            other.paragraph);
        }
    };
    std::vector<Key> keys;
    keys.reserve(m_documents.size());
    for (const Document& document : m_documents) {
        const auto meeting = m_meetings.constFind(document.meetingId);
        const auto paragraph = m_paragraphs.constFind(document.paragraphId);
        const bool ofMeeting = paragraph == m_paragraphs.constEnd();
        keys.push_back(
            {meeting == m_meetings.constEnd() ? std::numeric_limits<qint64>::max() : -meeting->day,
             document.meetingId, ofMeeting ? 1 : 0, ofMeeting ? 0 : paragraph->number,
             document.paragraphId});
    }
    std::vector<qint32> byPlace(m_documents.size());
    std::iota(byPlace.begin(), byPlace.end(), 0);
    std::sort(byPlace.begin(), byPlace.end(),
              [&](qint32 a, qint32 b) { return keys[size_t(a)] < keys[size_t(b)]; });
    m_order.assign(m_documents.size(), 0);
    for (size_t place = 0; place < byPlace.size(); ++place)
        m_order[size_t(byPlace[place])] = qint32(place);
}

bool SearchCatalogue::passes(const Document& document, const SearchRequest& filter) const {
    const auto meeting = m_meetings.constFind(document.meetingId);
    if (meeting == m_meetings.constEnd())
        return false;
    if (!filter.body.isEmpty() && meeting->body != filter.body)
        return false;
    if (filter.year > 0 && meeting->date.left(4) != QString::number(filter.year))
        return false;
    if (!filter.status.isEmpty() && meeting->status != filter.status)
        return false;
    if (filter.kind.isEmpty())
        return true;
    const auto paragraph = m_paragraphs.constFind(document.paragraphId);
    return paragraph != m_paragraphs.constEnd() && paragraph->kind == filter.kind;
}

Result<QList<SearchRank>> SearchCatalogue::rank(int words, const RowsOfWord& rowsOfWord,
                                                const SearchRequest& filter) const {
    const size_t count = m_documents.size();
    std::vector<quint8> best(count, 0);    // this word's best place in each document
    std::vector<qint32> score(count, 0);   // the sum over the words so far
    std::vector<qint32> wordsIn(count, 0); // how many of the words so far each document holds
    std::vector<qint32> touched;
    for (int word = 0; word < words; ++word) {
        touched.clear();
        auto status = rowsOfWord(word, [&](qint64 row, int how) {
            const RowPlace* where = rowPlace(row);
            if (!where || where->document < 0)
                return;
            quint8& mine = best[size_t(where->document)];
            if (mine == 0)
                touched.push_back(where->document);
            mine = std::max(mine, quint8(where->weight * how));
        });
        if (!status)
            return fail(status.failure());
        for (qint32 document : touched) {
            if (wordsIn[size_t(document)] == word) {
                score[size_t(document)] += best[size_t(document)];
                wordsIn[size_t(document)] = word + 1;
            }
            best[size_t(document)] = 0;
        }
    }
    std::vector<qint32> found;
    for (qint32 document : touched)
        if (wordsIn[size_t(document)] == words && passes(m_documents[size_t(document)], filter))
            found.push_back(document);
    const auto better = [&](qint32 a, qint32 b) {
        return score[size_t(a)] != score[size_t(b)] ? score[size_t(a)] > score[size_t(b)]
                                                    : m_order[size_t(a)] < m_order[size_t(b)];
    };
    const size_t shown = std::min(found.size(), size_t(std::max(1, filter.limit)));
    std::partial_sort(found.begin(), found.begin() + qsizetype(shown), found.end(), better);
    QList<SearchRank> ranks;
    for (size_t i = 0; i < shown; ++i) {
        const Document& document = m_documents[size_t(found[i])];
        ranks << SearchRank{document.meetingId, document.paragraphId,
                            double(score[size_t(found[i])])};
    }
    return ranks;
}

} // namespace paragraf
