#include "SqlQuery.h"

#include "Engine.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QStringList>
#include <QTime>
#include <sqlite3.h>
#include <utility>

namespace paragraf {

sqlite3* sqliteHandle(const QSqlDatabase& connection) {
    if (!connection.isOpen())
        return nullptr;
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

std::optional<Error> failureOf(sqlite3* handle, int code) {
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error{QCoreApplication::translate(
                         "SqlQuery",
                         "The file is busy: another program or window is writing to it and did "
                         "not finish in time. Nothing was changed; try again in a moment."),
                     ErrorKind::Busy};
    case SQLITE_FULL:
        return Error{QCoreApplication::translate(
                         "SqlQuery",
                         "The disk holding the file is full: the change was not saved, and what "
                         "was saved before is intact. Free some space and try again."),
                     ErrorKind::DiskFull};
    default:
        (void)handle;
        return std::nullopt;
    }
}

namespace {
// One prepared statement per SQL text and connection, lent to one SqlQuery at a time. Guarded:
// a file is opened and read on one thread and then used on another.
class StatementCache {
public:
    static StatementCache& instance() {
        static StatementCache cache;
        return cache;
    }
    void keep(sqlite3* handle) {
        const QMutexLocker lock(&m_mutex);
        if (!m_statements.contains(handle))
            m_statements.insert(handle, {});
    }
    void forget(sqlite3* handle) {
        const QMutexLocker lock(&m_mutex);
        for (sqlite3_stmt* statement : m_statements.value(handle))
            sqlite3_finalize(statement);
        m_statements.remove(handle);
    }
    bool keeps(sqlite3* handle) {
        const QMutexLocker lock(&m_mutex);
        return m_statements.contains(handle);
    }
    sqlite3_stmt* take(sqlite3* handle, const QString& sql) {
        const QMutexLocker lock(&m_mutex);
        const auto connection = m_statements.find(handle);
        return connection == m_statements.end() ? nullptr : connection->take(sql);
    }
    // False when the statement is not wanted (the connection is not kept, or the same SQL is
    // already back); the caller finalizes it then.
    bool giveBack(sqlite3* handle, const QString& sql, sqlite3_stmt* statement) {
        const QMutexLocker lock(&m_mutex);
        const auto connection = m_statements.find(handle);
        if (connection == m_statements.end() || connection->contains(sql))
            return false;
        connection->insert(sql, statement);
        return true;
    }

private:
    QMutex m_mutex;
    QHash<sqlite3*, QHash<QString, sqlite3_stmt*>> m_statements;
};

QString lastErrorOf(sqlite3* handle) {
    return QString::fromUtf8(sqlite3_errmsg(handle));
}

int bindValue(sqlite3_stmt* statement, int index, const QVariant& value) {
    if (value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob64(statement, index, bytes.constData(),
                                   static_cast<sqlite3_uint64>(bytes.size()), SQLITE_TRANSIENT);
    }
    default: {
        // utf16() is never a null pointer, so a null QString is stored as '' and not as NULL:
        // text columns hold '' for "no text", and NULL only where nullIfEmpty() asks for it.
        const QString text = value.toString();
        return sqlite3_bind_text16(statement, index, text.utf16(),
                                   static_cast<int>(text.size() * sizeof(char16_t)),
                                   SQLITE_TRANSIENT);
    }
    }
}
} // namespace

void keepStatements(const QSqlDatabase& connection) {
    if (sqlite3* handle = sqliteHandle(connection))
        StatementCache::instance().keep(handle);
}

void forgetStatements(const QSqlDatabase& connection) {
    if (sqlite3* handle = sqliteHandle(connection))
        StatementCache::instance().forget(handle);
}

SqlQuery::SqlQuery(const QSqlDatabase& connection, const QString& sql)
    : m_handle(sqliteHandle(connection)), m_sql(sql) {
    if (!m_handle && (m_server = serverHandle(connection))) {
        prepareOnServer(sql);
        return;
    }
    if (!m_handle) {
        // A server connection whose libpq connection is gone (the server went away): Offline.
        m_serverLost = isServer(connection);
        m_error = QCoreApplication::translate("SqlQuery", "the database is not open");
        return;
    }
    StatementCache& cache = StatementCache::instance();
    m_statement = cache.take(m_handle, sql);
    if (m_statement)
        return;
    const unsigned int flags = cache.keeps(m_handle) ? SQLITE_PREPARE_PERSISTENT : 0;
    if (sqlite3_prepare16_v3(m_handle, sql.utf16(), static_cast<int>(sql.size() * sizeof(char16_t)),
                             flags, &m_statement, nullptr) != SQLITE_OK) {
        m_error = lastErrorOf(m_handle);
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqlQuery::~SqlQuery() {
    clearServerResult();
    if (!m_statement)
        return;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (!StatementCache::instance().giveBack(m_handle, m_sql, m_statement))
        sqlite3_finalize(m_statement);
}

SqlQuery& SqlQuery::bind(const QString& placeholder, const QVariant& value) {
    m_bound.append({placeholder, value});
    if (m_server) {
        bindOnServer(placeholder, value);
        return *this;
    }
    if (!m_statement)
        return *this;
    const int index = sqlite3_bind_parameter_index(m_statement, placeholder.toUtf8().constData());
    if (index == 0 || bindValue(m_statement, index, value) != SQLITE_OK) {
        m_bindFailed = true;
        m_error = QCoreApplication::translate("SqlQuery", "%1 cannot be bound").arg(placeholder);
    }
    return *this;
}

Status SqlQuery::exec() {
    if (m_server)
        return execOnServer();
    if (m_serverLost)
        return *serverFailure(QString(), true);
    if (!m_statement)
        return fail(describeFailure(QStringLiteral("prepare")));
    if (m_bindFailed)
        return fail(describeFailure(QStringLiteral("bind")));
    sqlite3_reset(m_statement);
    m_rowWaiting = false;
    if (!step()) {
        if (auto known = failureOf(m_handle, m_code))
            return *known;
        return fail(describeFailure(QStringLiteral("exec")));
    }
    m_rowsAffected = sqlite3_changes(m_handle);
    m_lastInsertId = sqlite3_last_insert_rowid(m_handle);
    return {};
}

// One step: true on a row or at the end, false (with the message kept) on an error. At the end
// the statement is reset at once, so that it holds no read transaction open.
bool SqlQuery::step() {
    switch (sqlite3_step(m_statement)) {
    case SQLITE_ROW:
        m_rowWaiting = true;
        return true;
    case SQLITE_DONE:
        sqlite3_reset(m_statement);
        return true;
    default:
        m_code = sqlite3_extended_errcode(m_handle);
        m_error = lastErrorOf(m_handle);
        sqlite3_reset(m_statement);
        return false;
    }
}

bool SqlQuery::next() {
    if (m_server)
        return m_row + 1 < m_rows ? (++m_row, true) : false;
    if (!m_statement)
        return false;
    // A statement never run, or reset at its end, has no row to step to.
    if (!m_rowWaiting && (sqlite3_stmt_busy(m_statement) == 0 || !step()))
        return false;
    return std::exchange(m_rowWaiting, false);
}

QVariant SqlQuery::value(int column) const {
    if (m_server)
        return valueOnServer(column);
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(static_cast<qint64>(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_BLOB:
        return QVariant(
            QByteArray(static_cast<const char*>(sqlite3_column_blob(m_statement, column)),
                       sqlite3_column_bytes(m_statement, column)));
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    default:
        return QVariant(text(column));
    }
}

qint64 SqlQuery::valueId(int column) const {
    if (m_server)
        return valueOnServer(column).toLongLong();
    return sqlite3_column_int64(m_statement, column);
}

QString SqlQuery::text(int column) const {
    if (m_server)
        return textOnServer(column);
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column));
}

QString SqlQuery::describeFailure(const QString& what) const {
    QStringList bound;
    for (const auto& [placeholder, value] : m_bound)
        bound << value.toString().left(40);
    return QCoreApplication::translate("SqlQuery", "Database error (%1): %2 [%3] with (%4)")
        .arg(what, m_error, m_sql.simplified(), bound.join(QStringLiteral(", ")));
}

QString isoDate(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString isoClock(const QTime& time) {
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

QTime clockFromIso(const QString& text) {
    return QTime::fromString(text, QStringLiteral("HH:mm"));
}

QVariant nullIfEmpty(const QString& text) {
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullIfNone(qint64 id) {
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

} // namespace paragraf
