#include "ServerMigrator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <functional>

namespace paragraf {

namespace {
const QString migrationFolder = QStringLiteral(":/paragraf/migrations-pg");

// 'PRGF', as the file's application_id: every Paragraf migrator of a database takes this lock.
const QString takeLock = QStringLiteral("SELECT pg_advisory_xact_lock(1347569478)");

const QString createVersionTable = QStringLiteral(
    "CREATE TABLE IF NOT EXISTS paragraf_schema_version (version integer PRIMARY KEY,"
    " name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now(),"
    " applied_by text NOT NULL DEFAULT session_user)");

// The digest of the roles.sql last applied, so that opening a server does not lock every table
// to apply rules that have not changed.
const QString createRulesTable =
    QStringLiteral("CREATE TABLE IF NOT EXISTS paragraf_server_rules (digest text NOT NULL,"
                   " applied_at timestamptz NOT NULL DEFAULT now(), applied_by text NOT NULL "
                   "DEFAULT session_user)");

// Objects belong to the database's owner whichever of its members runs the migration.
const QString actAsOwner =
    QStringLiteral("SELECT set_config('role', r.rolname, true) FROM pg_database d"
                   " JOIN pg_roles r ON r.oid = d.datdba WHERE d.datname = current_database()"
                   " AND r.rolname <> current_user AND pg_has_role(current_user, r.oid, 'MEMBER')");

QString resourceText(const QString& name) {
    QFile source(migrationFolder + QLatin1Char('/') + name);
    if (!source.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(source.readAll());
}

Status run(QSqlQuery& query, const QString& sql) {
    if (query.exec(sql))
        return {};
    return fail(query.lastError().text());
}

// One transaction of the migrator: it waits for any other migrator, acts as the owner, quiets
// the notices of IF NOT EXISTS, and commits only when work succeeded.
Status ownerTransaction(const QSqlDatabase& connection,
                        const std::function<Status(QSqlQuery&)>& work) {
    QSqlQuery query(connection);
    if (auto begun = run(query, QStringLiteral("BEGIN")); !begun)
        return begun;
    Status status = run(query, takeLock);
    for (const QString& step :
         {actAsOwner, QStringLiteral("SET LOCAL client_min_messages = warning"), createVersionTable,
          createRulesTable})
        if (status)
            status = run(query, step);
    if (status)
        status = work(query);
    if (status)
        status = run(query, QStringLiteral("COMMIT"));
    if (!status)
        (void)query.exec(QStringLiteral("ROLLBACK"));
    return status;
}

Result<bool> applied(QSqlQuery& query, int version) {
    query.prepare(QStringLiteral("SELECT 1 FROM paragraf_schema_version WHERE version = ?"));
    query.addBindValue(version);
    if (!query.exec())
        return fail(query.lastError().text());
    return query.next();
}

Status apply(QSqlQuery& query, const Migration& migration) {
    auto done = applied(query, migration.version);
    if (!done)
        return fail(done.failure());
    if (done.value())
        return {};
    // The simple query protocol runs the whole file, function bodies included, as one batch.
    if (!query.exec(migration.sql))
        return fail(QCoreApplication::translate("Migrator", "Migration %1 (%2) failed: %3")
                        .arg(migration.version)
                        .arg(migration.name, query.lastError().text()));
    query.prepare(
        QStringLiteral("INSERT INTO paragraf_schema_version (version, name) VALUES (?, ?)"));
    query.addBindValue(migration.version);
    query.addBindValue(migration.name);
    return query.exec() ? Status{} : fail(query.lastError().text());
}

QString rulesDigest(const QString& rules) {
    return QString::fromLatin1(
        QCryptographicHash::hash(rules.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// Applies roles.sql when forced or when the server has another digest than this program's.
Status applyRulesWhen(const QSqlDatabase& connection, bool force) {
    const QString rules = resourceText(QStringLiteral("roles.sql"));
    if (rules.isEmpty())
        return fail(QStringLiteral("roles.sql is missing from the program's resources"));
    const QString digest = rulesDigest(rules);
    return ownerTransaction(connection, [&](QSqlQuery& query) -> Status {
        query.prepare(QStringLiteral("SELECT 1 FROM paragraf_server_rules WHERE digest = ?"));
        query.addBindValue(digest);
        if (!query.exec())
            return fail(query.lastError().text());
        if (query.next() && !force)
            return {};
        if (!query.exec(rules))
            return fail(QCoreApplication::translate("Migrator", "The server's rules failed: %1")
                            .arg(query.lastError().text()));
        if (auto cleared = run(query, QStringLiteral("DELETE FROM paragraf_server_rules"));
            !cleared)
            return cleared;
        query.prepare(QStringLiteral("INSERT INTO paragraf_server_rules (digest) VALUES (?)"));
        query.addBindValue(digest);
        return query.exec() ? Status{} : fail(query.lastError().text());
    });
}
} // namespace

QList<Migration> ServerMigrator::available() {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    QList<Migration> migrations;
    for (const QString& file : QDir(migrationFolder).entryList(QDir::Files, QDir::Name))
        if (auto match = pattern.match(file); match.hasMatch())
            migrations.append({match.captured(1).toInt(), match.captured(2), resourceText(file)});
    return migrations;
}

int ServerMigrator::latestVersion() {
    const auto migrations = available();
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

Result<int> ServerMigrator::currentVersion(const QSqlDatabase& connection) {
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("SELECT to_regclass('paragraf_schema_version') IS NOT NULL")) ||
        !query.next())
        return fail(query.lastError().text());
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(
            QStringLiteral("SELECT coalesce(max(version), 0) FROM paragraf_schema_version")) ||
        !query.next())
        return fail(query.lastError().text());
    return query.value(0).toInt();
}

Status ServerMigrator::migrate(const QSqlDatabase& connection) {
    auto current = currentVersion(connection);
    if (!current)
        return fail(current.failure());
    if (current.value() > latestVersion())
        return fail(QCoreApplication::translate("Migrator",
                                                "The server's schema %1 is newer than this "
                                                "program's %2: update Paragraf first.")
                        .arg(current.value())
                        .arg(latestVersion()));
    bool changed = false;
    for (const auto& migration : available()) {
        if (migration.version <= current.value())
            continue;
        auto status =
            ownerTransaction(connection, [&](QSqlQuery& query) { return apply(query, migration); });
        if (!status)
            return status;
        changed = true;
    }
    return applyRulesWhen(connection, changed);
}

Result<bool> ServerMigrator::needsMigration(const QSqlDatabase& connection) {
    auto current = currentVersion(connection);
    if (!current)
        return fail(current.failure());
    if (current.value() != latestVersion())
        return true;
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("SELECT 1 FROM paragraf_server_rules WHERE digest = ?"));
    query.addBindValue(rulesDigest(resourceText(QStringLiteral("roles.sql"))));
    if (!query.exec())
        return fail(query.lastError().text());
    return !query.next();
}

Result<int> ServerMigrator::otherRelations(const QSqlDatabase& connection) {
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral(
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')"
            " AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
            " AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'")) ||
        !query.next())
        return fail(query.lastError().text());
    return query.value(0).toInt();
}

Result<bool> ServerMigrator::mayCreateSchema(const QSqlDatabase& connection) {
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("SELECT pg_has_role(current_user, d.datdba, 'MEMBER') FROM "
                                   "pg_database d WHERE d.datname = current_database()")) ||
        !query.next())
        return fail(query.lastError().text());
    return query.value(0).toBool();
}

Status ServerMigrator::applyRules(const QSqlDatabase& connection) {
    return applyRulesWhen(connection, true);
}

} // namespace paragraf
