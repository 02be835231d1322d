#include "Transaction.h"

#include "i18n/TrContexts.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace paragraf {
namespace {
Status run(const QSqlDatabase& connection, const QString& statement) {
    QSqlQuery query(connection);
    if (query.exec(statement))
        return {};
    // SQLITE_FULL: the change is rolled back, the file is as it was; say so rather than quote
    // SQLite.
    if (query.lastError().nativeErrorCode() == QLatin1String("13"))
        return fail(DatabaseText::tr("The disk holding the database is full: the change was not "
                                     "saved and the file is as it was. Free some space and try "
                                     "again."));
    return fail(QCoreApplication::translate("Transaction", "Database error (%1): %2")
                    .arg(statement, query.lastError().text()));
}
} // namespace

Transaction::Transaction(const QSqlDatabase& connection) : m_connection(connection) {
    m_started = run(m_connection, QStringLiteral("BEGIN IMMEDIATE"));
    m_open = m_started.ok();
}

Transaction::~Transaction() {
    if (m_open)
        (void)run(m_connection, QStringLiteral("ROLLBACK"));
}

Status Transaction::commit() {
    auto status = run(m_connection, QStringLiteral("COMMIT"));
    if (status)
        m_open = false;
    return status;
}

} // namespace paragraf
