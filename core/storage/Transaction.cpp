#include "Transaction.h"

#include "SqlQuery.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace paragraf {
namespace {
Status run(const QSqlDatabase& connection, const char* statement) {
    sqlite3* handle = sqliteHandle(connection);
    if (!handle)
        return fail(QCoreApplication::translate("Transaction", "Database error (%1): %2")
                        .arg(QLatin1String(statement),
                             QCoreApplication::translate("SqlQuery", "the database is not open")));
    const int code = sqlite3_exec(handle, statement, nullptr, nullptr, nullptr);
    if (code == SQLITE_OK)
        return {};
    if (auto known = failureOf(handle, code))
        return *known;
    return fail(QCoreApplication::translate("Transaction", "Database error (%1): %2")
                    .arg(QLatin1String(statement), QString::fromUtf8(sqlite3_errmsg(handle))));
}
} // namespace

// Inside a transaction already open on the connection (a writer committing several typed
// changes at once), the work is a savepoint: refused work is undone alone, and the outer
// transaction's commit makes the rest durable together.
Transaction::Transaction(const QSqlDatabase& connection) : m_connection(connection) {
    sqlite3* handle = sqliteHandle(m_connection);
    m_nested = handle && !sqlite3_get_autocommit(handle);
    m_started = run(m_connection, m_nested ? "SAVEPOINT work" : "BEGIN IMMEDIATE");
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

} // namespace paragraf
