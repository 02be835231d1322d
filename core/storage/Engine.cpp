#include "Engine.h"

#include "i18n/TrContexts.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>
#include <libpq-fe.h>
#include <utility>

namespace paragraf {
namespace {

QString newServerConnectionName() {
    static std::atomic<int> counter{0};
    return QStringLiteral("paragraf-server-%1").arg(++counter);
}

// libpq's words for a failed connection (PQerrorMessage), matched on the phrases PostgreSQL 15
// uses: a connection that fails has no SQLSTATE to go by.
Error connectionFailure(const QString& name, const QString& libpq) {
    auto has = [&](const char* phrase) {
        return libpq.contains(QLatin1String(phrase));
    };
    if (has("no password supplied"))
        return Error{DatabaseText::tr("The server %1 asks for a password.").arg(name),
                     ErrorKind::PasswordNeeded};
    if (has("password authentication failed") || has("SCRAM"))
        return Error{DatabaseText::tr("The server %1 refused the login name or password; nothing "
                                      "was opened. Check them and try again.")
                         .arg(name),
                     ErrorKind::PasswordNeeded};
    if (has("does not exist") && has("database"))
        return fail(DatabaseText::tr("The server %1 has no such database; check the address, or "
                                     "ask the server's administrator for the right name.")
                        .arg(name));
    if (has("does not exist") && has("role"))
        return fail(DatabaseText::tr("The server %1 has no login of that name; ask the server's "
                                     "administrator for one.")
                        .arg(name));
    if (has("service") && has("not found"))
        return fail(
            DatabaseText::tr("The service named in %1 is not in your service file.").arg(name));
    if (has("Connection refused") || has("could not translate host name") ||
        has("timeout expired") || has("No route to host") || has("No such file or directory") ||
        has("Network is unreachable"))
        return Error{DatabaseText::tr("The server %1 cannot be reached: it is not running, or the "
                                      "network to it is down. Nothing was opened; try again "
                                      "later. (%2)")
                         .arg(name, libpq.trimmed()),
                     ErrorKind::Offline};
    return fail(DatabaseText::tr("The server %1 cannot be opened: %2").arg(name, libpq.trimmed()));
}

// Set where the server's refusal is read and taken by the transaction that retries: one
// connection is used by one thread at a time, and the flag lives no longer than one attempt.
thread_local bool serializationFailed = false;

} // namespace

bool takeSerializationFailure() {
    return std::exchange(serializationFailed, false);
}

void forgetSerializationFailure() {
    serializationFailed = false;
}

Engine engineOf(const QSqlDatabase& connection) {
    return connection.driverName() == QLatin1String("QPSQL") ? Engine::Server : Engine::File;
}

Result<QSqlDatabase> openServerConnection(const ServerAddress& address, const QString& password) {
    const QString name = newServerConnectionName();
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    // The program's own name shows in pg_stat_activity beside the login's.
    connection.setConnectOptions(address.connectOptions() +
                                 QStringLiteral(" fallback_application_name=Paragraf"));
    const QString given = password.isEmpty() ? address.passwordInText() : password;
    if (!given.isEmpty())
        connection.setPassword(given);
    if (connection.open())
        return connection;
    const Error error =
        connectionFailure(address.displayName(), connection.lastError().databaseText());
    connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
    return error;
}

std::optional<Error> serverFailure(const QString& state, bool connectionLost) {
    if (state == QLatin1String("40001") || state == QLatin1String("40P01"))
        serializationFailed = true;
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") ||
        state == QLatin1String("55P03"))
        return Error{QCoreApplication::translate(
                         "SqlQuery",
                         "The server is busy: someone else is changing the same thing and did not "
                         "finish in time. Nothing was changed; try again in a moment."),
                     ErrorKind::Busy};
    if (state == QLatin1String("42501"))
        return fail(QCoreApplication::translate(
            "SqlQuery", "Your login may not make this change on the server: it writes only the "
                        "meetings of the bodies it was given (a chair's or adjuster's: their own "
                        "signatures and remarks; a reader's: nothing). Nothing was changed."));
    if (state == QLatin1String("PF004"))
        return fail(QCoreApplication::translate(
            "SqlQuery", "The protocol is out for adjustment: who takes part, who signs and the "
                        "meeting's details stay as they were sent, and its text is changed only "
                        "through a recorded correction (Adjustment → Remarks and corrections). "
                        "Nothing was changed."));
    if (state == QLatin1String("PF005"))
        return fail(QCoreApplication::translate(
            "SqlQuery", "A protocol becomes adjusted only when everyone who signs it has signed "
                        "it after it was sent for adjustment; the server refused to make it "
                        "adjusted, announced or archived otherwise. Nothing was changed."));
    // Class 08 (connection exception), 57P01-57P03 (the server shut down), or the connection
    // gone: the desk can keep what was typed and send it when the server is back.
    if (connectionLost || state.startsWith(QLatin1String("08")) ||
        state.startsWith(QLatin1String("57P")))
        return Error{QCoreApplication::translate(
                         "SqlQuery",
                         "The server cannot be reached: the connection to it was lost. Nothing "
                         "was changed; it can be done again when the server is back."),
                     ErrorKind::Offline};
    return std::nullopt;
}

std::optional<Error> serverFailure(const QSqlError& error) {
    const bool lost =
        (error.nativeErrorCode().isEmpty() && error.type() == QSqlError::ConnectionError) ||
        error.databaseText().contains(QLatin1String("server closed the connection")) ||
        error.databaseText().contains(QLatin1String("no connection to the server"));
    return serverFailure(error.nativeErrorCode(), lost);
}

std::optional<Error> lostConnection(const QSqlDatabase& connection) {
    const pg_conn* handle = serverHandle(connection);
    if (handle && PQstatus(handle) == CONNECTION_OK)
        return std::nullopt;
    return serverFailure(QString(), true);
}

pg_conn* serverHandle(const QSqlDatabase& connection) {
    if (!connection.isOpen() || engineOf(connection) != Engine::Server)
        return nullptr;
    const QVariant handle = connection.driver()->handle();
    // Qt names the type by the struct behind libpq's typedef.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<pg_conn* const*>(handle.constData());
}

bool serverAnswers(const QString& connectOptions) {
    QString conninfo = connectOptions;
    if (!conninfo.contains(QLatin1String("connect_timeout")))
        conninfo += QStringLiteral(" connect_timeout=2");
    return PQping(conninfo.toUtf8().constData()) == PQPING_OK;
}

Result<qint64> serverChangesSince(const QSqlDatabase& connection, qint64 since) {
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT coalesce(max(id), 0) FROM paragraf_change WHERE id > ? "
                                 "AND backend_pid <> pg_backend_pid()"));
    query.addBindValue(since);
    if (!query.exec() || !query.next())
        return fail(query.lastError().text());
    return query.value(0).toLongLong();
}

} // namespace paragraf
