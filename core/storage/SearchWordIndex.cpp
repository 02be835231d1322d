#include "SearchWordIndex.h"

#include "Migrator.h"
#include "SqlQuery.h"
#include "SqliteStatement.h"
#include "Transaction.h"

#include <QSet>
#include <sqlite3.h>

namespace paragraf {
namespace {

// The index and its views as migration 18 made them, word for word, read from the migration
// itself: a file from elsewhere could hold another module or query under these names, and the
// program's statements would run them.
QStringList ownDeclarations() {
    static const QStringList declarations = [] {
        QStringList found;
        for (const Migration& migration : Migrator::available())
            if (migration.version == 18)
                for (QString statement : Migrator::splitStatements(migration.sql))
                    if (statement.startsWith(QLatin1String("CREATE VI")) &&
                        !statement.contains(QLatin1String(" temp."))) {
                        if (statement.endsWith(QLatin1Char(';')))
                            statement.chop(1);
                        found << statement;
                    }
        return found;
    }();
    return declarations;
}

// Above this many changed rows the words are read from the index rather than from the texts.
constexpr qsizetype manyRows = 2000;

Status run(const QSqlDatabase& connection, const QString& sql) {
    return SqlQuery(connection, sql).exec();
}

// A phrase of FTS5's query language that means `text` as it stands: in double quotes, a double
// quote doubled. The words hold letters and digits only; this is for a file's odd words.
QString quoted(const QString& text) {
    QString phrase = text;
    phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + phrase + QLatin1Char('"');
}

// The connection's FTS5, for its tokenizers and to add a function to it.
fts5_api* fts5Of(sqlite3* handle) {
    fts5_api* api = nullptr;
    SqliteStatement statement(handle, "SELECT fts5(?1)");
    if (!statement.get())
        return nullptr;
    sqlite3_bind_pointer(statement.get(), 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement.get());
    return api;
}

// FTS5's own unicode61 tokenizer, with the options the index is declared with: the words of a
// text exactly as the index takes them, to add to paragraf_search_term.
class Tokenizer {
public:
    explicit Tokenizer(sqlite3* handle) {
        fts5_api* api = fts5Of(handle);
        void* context = nullptr;
        if (!api || api->xFindTokenizer(api, "unicode61", &context, &m_module) != SQLITE_OK)
            return;
        const char* options[] = {"remove_diacritics", "0"};
        if (m_module.xCreate(context, options, 2, &m_tokenizer) != SQLITE_OK)
            m_tokenizer = nullptr;
    }
    ~Tokenizer() {
        if (m_tokenizer)
            m_module.xDelete(m_tokenizer);
    }
    Tokenizer(const Tokenizer&) = delete;
    Tokenizer& operator=(const Tokenizer&) = delete;

    bool ok() const { return m_tokenizer != nullptr; }
    void addWords(const QByteArray& text, QSet<QByteArray>& words) const {
        m_module.xTokenize(m_tokenizer, &words, FTS5_TOKENIZE_DOCUMENT, text.constData(),
                           int(text.size()), &addWord);
    }

private:
    static int addWord(void* words, int, const char* token, int length, int, int) {
        static_cast<QSet<QByteArray>*>(words)->insert(QByteArray(token, length));
        return SQLITE_OK;
    }

    fts5_tokenizer m_module{};
    Fts5Tokenizer* m_tokenizer = nullptr;
};

} // namespace

QString SearchWordIndex::foldedQuery() {
    for (const QString& declaration : ownDeclarations())
        if (declaration.startsWith(QLatin1String("CREATE VIEW paragraf_search_folded AS")))
            return declaration.mid(declaration.indexOf(QLatin1String("SELECT")));
    return {};
}

bool SearchWordIndex::isOurs() const {
    SqlQuery query(m_connection,
                   QStringLiteral("SELECT sql FROM sqlite_master WHERE name IN"
                                  " ('paragraf_search_words', 'paragraf_search_term_fts',"
                                  " 'paragraf_search_folded', 'paragraf_search_queue_folded')"));
    if (!query.exec())
        return false;
    const QStringList own = ownDeclarations();
    int matching = 0;
    while (query.next())
        matching += own.contains(query.text(0)) ? 1 : -1;
    return own.size() == 4 && matching == 4;
}

// -1 unless the table holds exactly one integer: a file from elsewhere may have emptied it, put
// two rows or text in it, or counted it to the largest integer, where adding one makes a real.
Result<qint64> SearchWordIndex::generation() const {
    SqlQuery query(m_connection,
                   QStringLiteral("SELECT CASE WHEN COUNT(*) = 1 AND typeof(max(generation)) ="
                                  " 'integer' AND max(generation) >= 0 THEN max(generation)"
                                  " ELSE -1 END FROM paragraf_search_applied"));
    return query.first([](const SqlQuery& row) { return row.value(0).toLongLong(); },
                       QStringLiteral("paragraf_search_applied cannot be read"));
}

// The count after an application: one more, or when it was not a count, a new random one (so
// that every other connection's catalogue is read whole again), as the table's only row.
Result<qint64> SearchWordIndex::countApplication(qint64 before) const {
    SqlQuery next(m_connection,
                  QStringLiteral("SELECT CASE WHEN :before >= 0 AND :before < 4611686018427387904"
                                 " THEN :before + 1 ELSE abs(random() % 4611686018427387904)"
                                 " END"));
    next.bind(QStringLiteral(":before"), before);
    const auto value =
        next.first([](const SqlQuery& row) { return row.value(0).toLongLong(); }, {});
    if (!value)
        return value;
    if (auto status = run(m_connection, QStringLiteral("DELETE FROM paragraf_search_applied"));
        !status)
        return fail(status.failure());
    SqlQuery write(m_connection, QStringLiteral("INSERT INTO paragraf_search_applied"
                                                " (generation) VALUES (:value)"));
    write.bind(QStringLiteral(":value"), value.value());
    if (auto status = write.exec(); !status)
        return fail(status.failure());
    return value;
}

Result<SearchIndexUpdate> SearchWordIndex::catchUp() const {
    // Whether there is anything to do, without a write transaction (a reader may not write).
    SqlQuery queued(m_connection,
                    QStringLiteral("SELECT EXISTS (SELECT 1 FROM paragraf_search_queue)"));
    const auto waiting =
        queued.first([](const SqlQuery& row) { return row.value(0).toBool(); }, {});
    if (!waiting)
        return fail(waiting.error());
    auto before = generation();
    if (!before)
        return fail(before.error());
    if (!waiting.value() && before.value() >= 0)
        return SearchIndexUpdate{{}, before.value(), before.value(), false};
    // One transaction: another reader sees the index before or after, never half of it. The
    // queue and the count are read again inside it: another program may have applied it since.
    // A count that is not one is put right, and then nobody knows what was applied before.
    auto applied = inTransaction(m_connection, [&]() -> Result<SearchIndexUpdate> {
        SqlQuery inside(m_connection, QStringLiteral("SELECT id FROM paragraf_search_queue"));
        auto rows = inside.collect([](const SqlQuery& row) { return row.valueId(0); });
        auto count = generation();
        if (!rows || !count)
            return fail(rows ? count.error() : rows.error());
        if (auto status = apply(rows.value()); !status)
            return fail(status.failure());
        auto after = countApplication(count.value());
        if (!after)
            return fail(after.error());
        return SearchIndexUpdate{rows.value(), count.value(), after.value(), count.value() < 0};
    });
    if (applied)
        return applied;
    auto rebuilt = inTransaction(m_connection, [&]() -> Result<SearchIndexUpdate> {
        auto count = generation();
        if (!count)
            return fail(count.error());
        if (auto status = rebuild(); !status)
            return fail(status.failure());
        auto after = countApplication(count.value());
        if (!after)
            return fail(after.error());
        return SearchIndexUpdate{{}, count.value(), after.value(), true};
    });
    return rebuilt;
}

// The rows changed since the last search out of the index (with the text it holds for them)
// and in again as they are now, their words added; then the queue is empty.
Status SearchWordIndex::apply(const QList<qint64>& changed) const {
    if (auto status = run(m_connection,
                          QStringLiteral("INSERT INTO paragraf_search_words (paragraf_search_words,"
                                         " rowid, folded) SELECT 'delete', id, folded FROM"
                                         " paragraf_search_queue_folded WHERE folded IS NOT"
                                         " NULL"));
        !status)
        return status;
    if (auto status =
            run(m_connection, QStringLiteral("INSERT INTO paragraf_search_words (rowid, folded)"
                                             " SELECT f.id, f.folded FROM paragraf_search_queue q"
                                             " JOIN paragraf_search_folded f ON f.id = q.id"));
        !status)
        return status;
    // Many rows at once (an import, a generated file): the words are read from the index, faster
    // than folding every text a second time to tokenize it.
    if (auto status = changed.size() > manyRows ? addWordsFromIndex() : addWordsOf(changed);
        !status)
        return status;
    return run(m_connection, QStringLiteral("DELETE FROM paragraf_search_queue"));
}

// The words of the queued rows as they are now, the new ones added to paragraf_search_term and
// its trigram index. (The rows are the queue's; `rows` only says how many to expect.)
Status SearchWordIndex::addWordsOf(const QList<qint64>& rows) const {
    const Tokenizer tokenizer(sqliteHandle(m_connection));
    if (!tokenizer.ok())
        return fail(QStringLiteral("FTS5's unicode61 tokenizer is not available"));
    QSet<QByteArray> words;
    words.reserve(int(std::min<qsizetype>(rows.size() * 8, 1 << 20)));
    SqlQuery texts(m_connection, QStringLiteral("SELECT f.folded FROM paragraf_search_queue q"
                                                " JOIN paragraf_search_folded f ON f.id = q.id"));
    if (auto status = texts.exec(); !status)
        return status;
    while (texts.next())
        tokenizer.addWords(texts.text(0).toUtf8(), words);
    for (const QByteArray& word : words) {
        SqlQuery add(m_connection, QStringLiteral("INSERT OR IGNORE INTO paragraf_search_term"
                                                  " (term) VALUES (:term)"));
        add.bind(QStringLiteral(":term"), QString::fromUtf8(word));
        if (auto status = add.exec(); !status)
            return status;
        if (add.rowsAffected() == 0)
            continue;
        SqlQuery index(m_connection, QStringLiteral("INSERT INTO paragraf_search_term_fts (rowid,"
                                                    " term) VALUES (:id, :term)"));
        index.bind(QStringLiteral(":id"), add.lastInsertId())
            .bind(QStringLiteral(":term"), QString::fromUtf8(word));
        if (auto status = index.exec(); !status)
            return status;
    }
    return {};
}

// Everything indexed again from paragraf_search, the words from the index itself: when the
// queue could not be applied (written wrongly by another program).
Status SearchWordIndex::rebuild() const {
    const QStringList steps = {
        QStringLiteral("INSERT INTO paragraf_search_words (paragraf_search_words)"
                       " VALUES ('rebuild')"),
        QStringLiteral("DELETE FROM paragraf_search_term"),
        QStringLiteral("INSERT INTO paragraf_search_term_fts (paragraf_search_term_fts)"
                       " VALUES ('delete-all')"),
        QStringLiteral("DELETE FROM paragraf_search_queue")};
    for (const QString& step : steps)
        if (auto status = run(m_connection, step); !status)
            return status;
    return addWordsFromIndex();
}

// Every word of the index (fts5vocab) that paragraf_search_term lacks, added to it and to its
// trigram index.
Status SearchWordIndex::addWordsFromIndex() const {
    SqlQuery last(m_connection,
                  QStringLiteral("SELECT coalesce(max(id), 0) FROM paragraf_search_term"));
    const auto before =
        last.first([](const SqlQuery& row) { return row.value(0).toLongLong(); }, {});
    if (!before)
        return fail(before.error());
    const QStringList steps = {
        QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.paragraf_search_vocabulary"
                       " USING fts5vocab(main, paragraf_search_words, 'row')"),
        QStringLiteral("INSERT OR IGNORE INTO paragraf_search_term (term) SELECT term FROM"
                       " temp.paragraf_search_vocabulary"),
        QStringLiteral("DROP TABLE temp.paragraf_search_vocabulary")};
    for (const QString& step : steps)
        if (auto status = run(m_connection, step); !status)
            return status;
    SqlQuery index(m_connection, QStringLiteral("INSERT INTO paragraf_search_term_fts (rowid, term)"
                                                " SELECT id, term FROM paragraf_search_term"
                                                " WHERE id > :before"));
    index.bind(QStringLiteral(":before"), before.value());
    return index.exec();
}

Result<QStringList> SearchWordIndex::wordsContaining(const QString& word) const {
    SqlQuery query(m_connection, QStringLiteral("SELECT term FROM paragraf_search_term_fts"
                                                " WHERE paragraf_search_term_fts MATCH :word"));
    query.bind(QStringLiteral(":word"), quoted(word));
    return query.collect([](const SqlQuery& row) { return row.text(0); });
}

// paragraf_search_rows(paragraf_search_words, row) on the first row of a MATCH: every row of
// each phrase of the query handed to `row` (a std::function<void(qint64)> bound as a pointer) by
// FTS5's own xQueryPhrase. Three times as fast as a SELECT of the rows, which steps SQLite's
// virtual machine once per row: this is the search's inner loop.
namespace {
const char* const rowPointerType = "paragraf_search_row";

int eachRow(const Fts5ExtensionApi* api, Fts5Context* fts, void* row) {
    (*static_cast<const std::function<void(qint64)>*>(row))(api->xRowid(fts));
    return SQLITE_OK;
}

void rowsOfEveryPhrase(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* context,
                       int count, sqlite3_value** values) {
    void* row = count == 1 ? sqlite3_value_pointer(values[0], rowPointerType) : nullptr;
    if (!row) { // called by anything but rowsHolding (a file's view, say): nothing to hand to
        sqlite3_result_error(context, "paragraf_search_rows: no receiver", -1);
        return;
    }
    for (int phrase = 0; phrase < api->xPhraseCount(fts); ++phrase)
        if (const int status = api->xQueryPhrase(fts, phrase, row, &eachRow); status != SQLITE_OK) {
            sqlite3_result_error_code(context, status);
            return;
        }
    sqlite3_result_int(context, 1);
}
} // namespace

void addSearchFunctions(const QSqlDatabase& connection) {
    sqlite3* handle = sqliteHandle(connection);
    fts5_api* api = handle ? fts5Of(handle) : nullptr;
    if (api)
        api->xCreateFunction(api, "paragraf_search_rows", nullptr, &rowsOfEveryPhrase, nullptr);
}

Status SearchWordIndex::rowsHolding(const QStringList& words,
                                    const std::function<void(qint64)>& row) const {
    sqlite3* handle = sqliteHandle(m_connection);
    const SqliteStatement statement(handle,
                                    "SELECT paragraf_search_rows(paragraf_search_words, ?1)"
                                    " FROM paragraf_search_words WHERE paragraf_search_words"
                                    " MATCH ?2 LIMIT 1");
    if (!statement.get())
        return fail(QString::fromUtf8(sqlite3_errmsg(handle)));
    // The words in groups: one query of a few hundred ORs, each word's rows read on its own.
    constexpr qsizetype group = 200;
    for (qsizetype first = 0; first < words.size(); first += group) {
        QStringList phrases;
        for (const QString& word : words.mid(first, group))
            phrases << quoted(word);
        const QByteArray query = phrases.join(QLatin1String(" OR ")).toUtf8();
        sqlite3_reset(statement.get());
        sqlite3_bind_pointer(statement.get(), 1, const_cast<void*>(static_cast<const void*>(&row)),
                             rowPointerType, nullptr);
        sqlite3_bind_text(statement.get(), 2, query.constData(), int(query.size()),
                          SQLITE_TRANSIENT);
        int step = SQLITE_ROW;
        while ((step = sqlite3_step(statement.get())) == SQLITE_ROW) {
        }
        if (step != SQLITE_DONE)
            return fail(QString::fromUtf8(sqlite3_errmsg(handle)));
    }
    return {};
}

} // namespace paragraf
