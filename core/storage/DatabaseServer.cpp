// The members of Database that open and watch a PostgreSQL server (docs/server.md); the file's
// are in Database.cpp.
#include "DatabaseServer.h"

#include "Engine.h"
#include "ServerMigrator.h"
#include "i18n/TrContexts.h"

#include <QSqlError>
#include <QSqlQuery>

namespace paragraf {

bool Database::looksLikeServer(const QString& text) {
    return ServerAddress::looksLikeServer(text);
}

bool Database::passwordWrittenIn(const QString& text) {
    const auto address = ServerAddress::parse(text);
    return looksLikeServer(text) && address && !address->passwordInText().isEmpty();
}

QString Database::shownAs(const QString& text) {
    const auto address = ServerAddress::parse(text);
    return looksLikeServer(text) && address ? address->displayName() : text;
}

namespace {

void dropServerConnection(QSqlDatabase& connection) {
    const QString name = connection.connectionName();
    connection.close();
    connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

// Every connection to the server: text in UTF-8, dates as the file has them (they are text
// columns anyway), and a wait for another writer's row lock that ends, as the file's does, in
// ErrorKind::Busy (lock_timeout's SQLSTATE 55P03) instead of freezing the desk.
Status configureServer(const QSqlDatabase& connection, int lockTimeoutMs) {
    QSqlQuery query(connection);
    for (const QString& setting : {QStringLiteral("SET client_encoding = 'UTF8'"),
                                   QStringLiteral("SET lock_timeout = %1").arg(lockTimeoutMs)})
        if (!query.exec(setting))
            return fail(query.lastError().databaseText());
    return {};
}

// Brings the server up to the program's schema. A server newer than the program is refused;
// an older one is migrated when the login may (the owner's), else its administrator must.
Status checkSchema(const QSqlDatabase& connection, const QString& name) {
    auto current = ServerMigrator::currentVersion(connection);
    if (!current)
        return fail(
            DatabaseText::tr("The server %1 cannot be read: %2").arg(name, current.error()));
    if (current.value() > ServerMigrator::latestVersion())
        return fail(DatabaseText::tr("The server %1 was set up by a newer version of Paragraf "
                                     "(schema %2; this version knows up to %3). Install the "
                                     "newer Paragraf to open it.")
                        .arg(name)
                        .arg(current.value())
                        .arg(ServerMigrator::latestVersion()));
    auto needed = ServerMigrator::needsMigration(connection);
    if (!needed)
        return fail(DatabaseText::tr("The server %1 cannot be read: %2").arg(name, needed.error()));
    if (!needed.value())
        return {};
    if (auto migrated = ServerMigrator::migrate(connection); !migrated)
        return fail(DatabaseText::tr("The server %1 must be updated to this version of Paragraf, "
                                     "and this login cannot do it (its administrator can, with "
                                     "scripts/setup-server.sh migrate): %2")
                        .arg(name, migrated.error()));
    return {};
}

} // namespace

Database::Database(QSqlDatabase connection, Server server)
    : m_connection(std::move(connection)), m_path(server.address.displayName()),
      m_server(std::make_unique<Server>(std::move(server))) {}

Result<std::unique_ptr<Database>> Database::openServer(const ServerAddress& address,
                                                       const QString& password) {
    auto connection = openServerConnection(address, password);
    if (!connection)
        return fail(connection.failure());
    const QString name = address.displayName();
    Status status = configureServer(connection.value(), 5000);
    if (status)
        status = checkSchema(connection.value(), name);
    if (!status) {
        dropServerConnection(connection.value());
        return fail(status.failure());
    }
    return std::unique_ptr<Database>(new Database(connection.value(), Server{address, password}));
}

// As a new file must not exist, the server's database must not hold Paragraf's schema yet.
Result<std::unique_ptr<Database>> Database::createOnServer(const QString& text) {
    auto address = ServerAddress::parse(text);
    if (!address)
        return fail(address.failure());
    auto connection = openServerConnection(address.value(), {});
    if (!connection)
        return fail(connection.failure());
    const auto version = ServerMigrator::currentVersion(connection.value());
    dropServerConnection(connection.value());
    if (!version)
        return fail(version.failure());
    if (version.value() > 0)
        return fail(DatabaseText::tr("The server %1 already holds a Paragraf database; open it "
                                     "instead.")
                        .arg(address->displayName()));
    return openServer(address.value());
}

Result<std::unique_ptr<Database>> Database::openSecondServer(const Database& open) {
    auto connection = openServerConnection(open.m_server->address, open.m_server->password);
    if (!connection)
        return fail(connection.failure());
    if (auto status = configureServer(connection.value(), open.m_busyWait->limitMs); !status) {
        dropServerConnection(connection.value());
        return fail(status.failure());
    }
    auto second = std::unique_ptr<Database>(new Database(connection.value(), *open.m_server));
    second->m_busyWait->limitMs = open.m_busyWait->limitMs;
    return second;
}

// The server waits for a row another connection holds until lock_timeout, then refuses the
// statement as busy. (The file's `waiting` call after a second has no equivalent here: the
// statement blocks until the server answers.)
void Database::serverWaitWhenBusy() {
    (void)configureServer(m_connection, m_busyWait->limitMs);
}

// A poll of the audit (paragraf_change) for rows other connections made since the last call;
// one indexed read. LISTEN/NOTIFY can take its place without changing the callers.
bool Database::serverChangedElsewhere() {
    const auto newest = serverChangesSince(m_connection, std::max<qint64>(m_dataVersion, 0));
    if (!newest)
        return false;
    const bool first = m_dataVersion < 0;
    const bool changed = !first && newest.value() > m_dataVersion;
    if (first) {
        // From here on: the newest change of anyone, so that older ones are not news.
        QSqlQuery query(m_connection);
        m_dataVersion =
            query.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM paragraf_change")) &&
                    query.next()
                ? query.value(0).toLongLong()
                : 0;
        return false;
    }
    if (changed)
        m_dataVersion = newest.value();
    return changed;
}

} // namespace paragraf
