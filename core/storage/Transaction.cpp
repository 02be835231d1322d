#include "Transaction.h"

#include "Engine.h"
#include "ServerStatements.h"
#include "SqlQuery.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QThread>
#include <libpq-fe.h>
#include <sqlite3.h>

namespace paragraf {
namespace {
// Enough for a handful of people changing one meeting at the same moment; then the change is
// refused as busy (Engine.cpp's message), as the file's writer gives up waiting for its lock.
constexpr int maxAttempts = 10;

QString notOpen() {
    return QCoreApplication::translate("SqlQuery", "the database is not open");
}

Status failed(const char* statement, const QString& why) {
    return fail(QCoreApplication::translate("Transaction", "Database error (%1): %2")
                    .arg(QLatin1String(statement), why));
}

Status runOnFile(sqlite3* handle, const char* statement) {
    const int code = sqlite3_exec(handle, statement, nullptr, nullptr, nullptr);
    if (code == SQLITE_OK)
        return {};
    if (auto known = failureOf(handle, code))
        return *known;
    return failed(statement, QString::fromUtf8(sqlite3_errmsg(handle)));
}

Status runOnServer(PGconn* handle, const char* statement) {
    server::settleSentAhead(handle); // PQexec is refused in pipeline mode
    PGresult* result = PQexec(handle, statement);
    // A COMMIT of a transaction a failed statement aborted answers "ROLLBACK", not an error.
    const bool ok = result && PQresultStatus(result) == PGRES_COMMAND_OK &&
                    qstrcmp(PQcmdStatus(result), "ROLLBACK") != 0;
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const QString sqlState = QString::fromLatin1(state ? state : "");
    PQclear(result);
    if (ok)
        return {};
    if (auto known = serverFailure(sqlState, PQstatus(handle) != CONNECTION_OK))
        return *known;
    if (sqlState.isEmpty() && qstrcmp(statement, "COMMIT") == 0)
        return failed(statement, QCoreApplication::translate(
                                     "Transaction", "a statement of the change failed; nothing "
                                                    "of it was saved"));
    return failed(statement, QString::fromUtf8(PQerrorMessage(handle)).trimmed());
}

Status run(const QSqlDatabase& connection, const char* statement) {
    if (sqlite3* handle = sqliteHandle(connection))
        return runOnFile(handle, statement);
    if (PGconn* handle = serverHandle(connection))
        return runOnServer(handle, statement);
    if (isServer(connection)) // its libpq connection gone: the server went away
        return *serverFailure(QString(), true);
    return failed(statement, notOpen());
}

bool insideTransaction(const QSqlDatabase& connection) {
    if (sqlite3* handle = sqliteHandle(connection))
        return !sqlite3_get_autocommit(handle);
    if (PGconn* handle = serverHandle(connection))
        return PQtransactionStatus(handle) != PQTRANS_IDLE &&
               PQtransactionStatus(handle) != PQTRANS_UNKNOWN;
    return false;
}
} // namespace

// Inside a transaction already open on the connection (a writer committing several typed
// changes at once), the work is a savepoint: refused work is undone alone, and the outer
// transaction's commit makes the rest durable together. The file's writer takes its lock at
// BEGIN IMMEDIATE. The server's SERIALIZABLE transactions take no lock up front, so writers of
// different meetings never wait for each other; two that read what the other writes are
// refused at the latest at COMMIT (40001), and inTransaction runs the loser's work again.
Transaction::Transaction(const QSqlDatabase& connection) : m_connection(connection) {
    m_nested = insideTransaction(m_connection);
    if (!m_nested)
        forgetSerializationFailure();
    const char* begin =
        isServer(m_connection) ? "BEGIN ISOLATION LEVEL SERIALIZABLE" : "BEGIN IMMEDIATE";
    m_started = run(m_connection, m_nested ? "SAVEPOINT work" : begin);
    m_open = m_started.ok();
}

Transaction::~Transaction() {
    if (!m_open)
        return;
    if (m_nested) {
        (void)run(m_connection, "ROLLBACK TO work");
        (void)run(m_connection, "RELEASE work");
    } else {
        (void)run(m_connection, "ROLLBACK");
    }
}

Status Transaction::commit() {
    auto status = run(m_connection, m_nested ? "RELEASE work" : "COMMIT");
    if (status)
        m_open = false;
    return status;
}

bool retryAfterConflict(const QSqlDatabase& connection, int attempt) {
    // A savepoint cannot be run again alone: the outer transaction is aborted with it.
    if (!isServer(connection) || insideTransaction(connection))
        return false;
    if (!takeSerializationFailure() || attempt >= maxAttempts)
        return false;
    // Random, and longer each time, so that writers refused together do not meet again.
    const int ceiling = 10 * attempt * attempt;
    QThread::msleep(static_cast<unsigned long>(2 + QRandomGenerator::global()->bounded(ceiling)));
    return true;
}

} // namespace paragraf
