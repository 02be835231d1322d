// The members of Database that open and watch a PostgreSQL server (docs/server.md); the file's
// are in Database.cpp.
#include "DatabaseServer.h"

#include "Engine.h"
#include "ServerMigrator.h"
#include "i18n/TrContexts.h"

#include <QSqlError>
#include <QSqlQuery>
#include <libpq-fe.h>

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

// PostgreSQL's own databases (an address without a database's name often lands in postgres):
// never called empty, never offered Paragraf's schema.
bool isMaintenanceDatabase(const QSqlDatabase& connection) {
    QSqlQuery query(connection);
    return query.exec(QStringLiteral("SELECT current_database() IN ('postgres', 'template0', "
                                     "'template1')")) &&
           query.next() && query.value(0).toBool();
}

// A database without Paragraf's schema is never given it by opening: another program's (or a
// typo's, such as …/postgres) stays as it was, and an empty one gets the schema only when a new
// Paragraf database is asked for (create(), paragraf-cli init, the desk's question).
Error notParagrafs(const QSqlDatabase& connection, const QString& name) {
    if (isMaintenanceDatabase(connection))
        return fail(DatabaseText::tr("%1 is PostgreSQL's own maintenance database, not a Paragraf "
                                     "database, and nothing was changed. Give the address of the "
                                     "organisation's Paragraf database: postgresql://host/name "
                                     "or host=… dbname=name (the name its administrator chose).")
                        .arg(name));
    const auto others = ServerMigrator::otherRelations(connection);
    if (!others)
        return fail(DatabaseText::tr("The server %1 cannot be read: %2").arg(name, others.error()));
    if (others.value() > 0)
        return fail(DatabaseText::tr("%1 is not a Paragraf database: it holds %n table(s) of "
                                     "another program and no Paragraf schema. Nothing was "
                                     "changed; check the address (the database's name).",
                                     nullptr, others.value())
                        .arg(name));
    const auto may = ServerMigrator::mayCreateSchema(connection);
    if (may && may.value())
        return Error{DatabaseText::tr("%1 has no Paragraf database yet: the database is empty, "
                                      "and nothing was changed. To make a new Paragraf database "
                                      "there: paragraf-cli init %1 (the desk offers it when it "
                                      "opens the address).")
                         .arg(name),
                     ErrorKind::EmptyServer};
    return fail(DatabaseText::tr("%1 has no Paragraf database yet (the database is empty), and "
                                 "this login may not make one. Nothing was changed. Ask whoever "
                                 "set up the server.")
                    .arg(name));
}

// Only a login that may not change the schema is told that its administrator must: the owner's
// failure is a failed migration, said as such.
Status migrateOrSay(const QSqlDatabase& connection, const QString& name) {
    auto migrated = ServerMigrator::migrate(connection);
    if (migrated)
        return {};
    const auto may = ServerMigrator::mayCreateSchema(connection);
    const bool privilege = (may && !may.value()) ||
                           migrated.error().contains(QLatin1String("permission denied")) ||
                           migrated.error().contains(QLatin1String("must be owner"));
    if (privilege)
        return fail(DatabaseText::tr("The server %1 must be updated to this version of Paragraf, "
                                     "and this login cannot do it (its administrator can, with "
                                     "scripts/setup-server.sh migrate): %2")
                        .arg(name, migrated.error()));
    return fail(DatabaseText::tr("The server %1 could not be updated to this version of "
                                 "Paragraf: a step of the update failed and was undone. %2")
                    .arg(name, migrated.error()));
}

// Brings a Paragraf server up to the program's schema. A server newer than the program is
// refused; an older one is migrated when the login may (the owner's), else its administrator
// must. With `create`, an empty database is given the schema; a database of another program
// never is.
Status checkSchema(const QSqlDatabase& connection, const QString& name, bool create) {
    auto current = ServerMigrator::currentVersion(connection);
    if (!current)
        return fail(
            DatabaseText::tr("The server %1 cannot be read: %2").arg(name, current.error()));
    if (current.value() == 0) {
        const Error refusal = notParagrafs(connection, name);
        if (!create || refusal.kind != ErrorKind::EmptyServer)
            return refusal;
        return migrateOrSay(connection, name);
    }
    if (create)
        return fail(DatabaseText::tr("The server %1 already holds a Paragraf database; open it "
                                     "instead.")
                        .arg(name));
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
    return needed.value() ? migrateOrSay(connection, name) : Status{};
}

// Why the login may change nothing at all (a reader's, or a login in no Paragraf group), for
// the database's read-only reason; empty when it may write something. The server refuses such
// writes anyway; saying so before any is tried tells the person why, and the desk opens the
// server read-only.
QString whyOnlyReading(const QSqlDatabase& connection, const QString& name) {
    QSqlQuery query(connection);
    const bool read = query.exec(QStringLiteral(
                          "SELECT pg_has_role(current_user, d.datdba, 'MEMBER') OR EXISTS ("
                          "SELECT 1 FROM pg_roles r WHERE r.rolname IN ('paragraf_registry', "
                          "'paragraf_secretary', 'paragraf_chair', 'paragraf_adjuster') AND "
                          "pg_has_role(current_user, r.oid, 'MEMBER')) FROM pg_database d "
                          "WHERE d.datname = current_database()")) &&
                      query.next();
    if (!read || query.value(0).toBool())
        return {};
    return DatabaseText::tr("Your login on %1 may only read: it cannot change anything on the "
                            "server or enter a document in its register of issued documents "
                            "(a reader's login). Nothing was changed.")
        .arg(name);
}

} // namespace

Database::Database(QSqlDatabase connection, Server server)
    : m_connection(std::move(connection)), m_path(server.address.displayName()),
      m_readOnlyReason(whyOnlyReading(m_connection, m_path)),
      m_server(std::make_unique<Server>(std::move(server))) {}

Result<std::unique_ptr<Database>> Database::openServer(const ServerAddress& address,
                                                       const QString& password) {
    return connectServer(address, password, false);
}

// Opens the server and checks its schema: as it is (open), or made new in an empty database.
Result<std::unique_ptr<Database>> Database::connectServer(const ServerAddress& address,
                                                          const QString& password, bool create) {
    auto connection = openServerConnection(address, password);
    if (!connection)
        return fail(connection.failure());
    const QString name = address.displayName();
    Status status = configureServer(connection.value(), 5000);
    if (status)
        status = checkSchema(connection.value(), name, create);
    if (!status) {
        // The server gone while it was being opened: said as such, not in libpq's and Qt's words.
        if (auto lost = lostConnection(connection.value()))
            status = *lost;
        dropServerConnection(connection.value());
        return fail(status.failure());
    }
    return std::unique_ptr<Database>(new Database(connection.value(), Server{address, password}));
}

// As a new file must not exist, the server's database must be empty: neither Paragraf's schema
// nor another program's tables.
Result<std::unique_ptr<Database>> Database::createOnServer(const QString& text,
                                                           const QString& password) {
    auto address = ServerAddress::parse(text);
    if (!address)
        return fail(address.failure());
    return connectServer(address.value(), password, true);
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

// The same QSqlDatabase opened again (Qt keeps its options and password), so that every copy
// of the handle sees the new connection; an unreachable server is said after 5 s at most.
Status Database::reconnect() const {
    if (!m_server)
        return {};
    QSqlDatabase connection = m_connection;
    connection.close();
    if (!connection.connectOptions().contains(QLatin1String("connect_timeout")))
        connection.setConnectOptions(connection.connectOptions() +
                                     QStringLiteral(" connect_timeout=5"));
    if (!connection.open())
        return Error{DatabaseText::tr("The server %1 still cannot be reached: %2")
                         .arg(m_path, connection.lastError().databaseText().trimmed()),
                     ErrorKind::Offline};
    return configureServer(connection, m_busyWait->limitMs);
}

bool Database::isLost() const {
    if (!m_server)
        return false;
    pg_conn* handle = serverHandle(m_connection);
    return handle == nullptr || PQstatus(handle) == CONNECTION_BAD;
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
    // The connection lost: asked again once the window has reconnected (ChangesElsewhere), not
    // through Qt, which would only complain that the database is not open.
    if (isLost())
        return false;
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
