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

Transaction::Transaction(const QSqlDatabase& connection) : m_connection(connection) {
    m_started = run(m_connection, "BEGIN IMMEDIATE");
    m_open = m_started.ok();
}

Transaction::~Transaction() {
    if (m_open)
        (void)run(m_connection, "ROLLBACK");
}

Status Transaction::commit() {
    auto status = run(m_connection, "COMMIT");
    if (status)
        m_open = false;
    return status;
}

} // namespace paragraf
