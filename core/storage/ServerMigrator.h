#pragma once

#include "Migrator.h"
#include "Result.h"

#include <QList>
#include <QSqlDatabase>

namespace paragraf {

// The schema of a PostgreSQL server (a QPSQL connection): numbered SQL files from the resources
// (":/paragraf/migrations-pg/NNNN_name.sql", numbered like the file's, so that a server at N has
// the file's tables and columns at N), each applied in its own transaction together with its row
// in paragraf_schema_version; then the server's roles and rules (roles.sql), again whenever
// they changed. Migrations run as the database's owner (a member of the owner's role acts as
// it), and concurrent runs wait for each other, so two desks opening a new server at once apply
// each migration once. scripts/setup-server.sh keeps the same bookkeeping.
class ServerMigrator {
public:
    static QList<Migration> available();
    static int latestVersion();
    // 0 for a database without Paragraf's schema.
    static Result<int> currentVersion(const QSqlDatabase& connection);
    static Status migrate(const QSqlDatabase& connection);
    // Whether migrate() has anything to do: a migration or changed rules. Reads only, so that a
    // login that is not the owner's opens an up-to-date server without touching its schema.
    static Result<bool> needsMigration(const QSqlDatabase& connection);
    // The tables, views and sequences a database without Paragraf's schema holds (outside
    // PostgreSQL's own schemas): another program's, never to be given Paragraf's tables. 0 for
    // an empty database.
    static Result<int> otherRelations(const QSqlDatabase& connection);
    // Whether the login may give an empty database Paragraf's schema: the database's owner, a
    // member of the owner's role (migrate() acts as the owner), or a superuser.
    static Result<bool> mayCreateSchema(const QSqlDatabase& connection);
    // Grants, row-level security and the audit of roles.sql, applied even when unchanged.
    static Status applyRules(const QSqlDatabase& connection);
};

} // namespace paragraf
