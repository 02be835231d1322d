// The server's schema: the numbered migrations of resources/migrations-pg apply to an empty
// database, a second run changes nothing, and the server then has the file's tables and columns.
#include "storage/ServerMigrator.h"

#include "ServerSupport.h"
#include "storage/Migrator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <memory>
#include <thread>

using namespace paragraf;
using namespace paragraf::test;

namespace {

class ServerMigratorTest : public ::testing::Test {
protected:
    void SetUp() override {
        PARAGRAF_REQUIRE_SERVER();
        server = std::make_unique<ServerDatabase>();
        connection = server->admin();
    }

    std::unique_ptr<ServerDatabase> server;
    QSqlDatabase connection;
};

// Table -> its columns in order, as a file at the latest schema has them.
QMap<QString, QStringList> fileColumns() {
    QMap<QString, QStringList> tables;
    {
        QSqlDatabase file = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "file");
        file.setDatabaseName(QStringLiteral(":memory:"));
        EXPECT_TRUE(file.open());
        EXPECT_TRUE(Migrator::migrate(file, 0).ok());
        QSqlQuery names(file);
        names.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"));
        while (names.next()) {
            QSqlQuery columns(file);
            columns.exec(QStringLiteral("PRAGMA table_info(%1)").arg(names.value(0).toString()));
            while (columns.next())
                tables[names.value(0).toString()] << columns.value(1).toString();
        }
        file.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("file"));
    return tables;
}

QMap<QString, QStringList> serverColumns(const QSqlDatabase& connection) {
    QMap<QString, QStringList> tables;
    QSqlQuery columns(connection);
    columns.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns "
                                "WHERE table_schema = 'public' ORDER BY table_name, "
                                "ordinal_position"));
    while (columns.next())
        tables[columns.value(0).toString()] << columns.value(1).toString();
    return tables;
}

} // namespace

TEST_F(ServerMigratorTest, AppliesEveryMigrationToAnEmptyDatabase) {
    ASSERT_EQ(ServerMigrator::currentVersion(connection).value(), 0);
    QElapsedTimer timer;
    timer.start();
    const auto status = ServerMigrator::migrate(connection);
    ASSERT_TRUE(status.ok()) << status.error().toStdString();
    RecordProperty("migrate_ms", int(timer.elapsed()));
    std::cout << "All server migrations and rules applied in " << timer.elapsed() << " ms\n";
    EXPECT_EQ(ServerMigrator::currentVersion(connection).value(), ServerMigrator::latestVersion());
    // Numbered like the file's: a server at N is a file at N.
    EXPECT_EQ(ServerMigrator::latestVersion(), Migrator::latestVersion());
    // One row per migration (numbers may have gaps while branches are merged).
    EXPECT_EQ(
        value(connection, QStringLiteral("SELECT count(*) FROM paragraf_schema_version")).toInt(),
        ServerMigrator::available().size());
}

TEST_F(ServerMigratorTest, RunningAgainChangesNothing) {
    ASSERT_TRUE(ServerMigrator::migrate(connection).ok());
    const QString state = QStringLiteral(
        "SELECT (SELECT string_agg(version || name || applied_at, ',' ORDER BY version) FROM "
        "paragraf_schema_version) || (SELECT string_agg(digest || applied_at, ',') FROM "
        "paragraf_server_rules)");
    const QString before = value(connection, state).toString();
    const auto again = ServerMigrator::migrate(connection);
    ASSERT_TRUE(again.ok()) << again.error().toStdString();
    EXPECT_EQ(value(connection, state).toString(), before);
    // The rules themselves may run again, and again, without failing.
    for (int run = 0; run < 2; ++run) {
        const auto rules = ServerMigrator::applyRules(connection);
        EXPECT_TRUE(rules.ok()) << rules.error().toStdString();
    }
    EXPECT_EQ(ServerMigrator::currentVersion(connection).value(), ServerMigrator::latestVersion());
}

TEST_F(ServerMigratorTest, HasTheTablesAndColumnsOfTheFile) {
    ASSERT_TRUE(ServerMigrator::migrate(connection).ok());
    const auto file = fileColumns();
    auto onServer = serverColumns(connection);
    ASSERT_FALSE(file.isEmpty());
    for (auto table = file.cbegin(); table != file.cend(); ++table) {
        // The search index is each engine's own (docs/search.md): FTS5 and its queue on the
        // file, a trigram index on the server's stored folded column.
        if (table.key().startsWith(QLatin1String("paragraf_search_")))
            continue;
        QStringList columns = onServer.take(table.key());
        if (table.key() == QLatin1String("paragraf_search"))
            columns.removeAll(QStringLiteral("folded"));
        // The server's own columns: the login that made a signature, and whether it was the
        // signatory's own.
        if (table.key() == QLatin1String("signature")) {
            EXPECT_EQ(columns.takeLast(), QStringLiteral("own_login"));
            EXPECT_EQ(columns.takeLast(), QStringLiteral("login"));
        }
        EXPECT_EQ(columns, table.value()) << table.key().toStdString();
    }
    // What only the server has: its bookkeeping, its logins and its audit.
    EXPECT_EQ(onServer.keys(),
              (QStringList{"paragraf_change", "paragraf_login", "paragraf_login_body",
                           "paragraf_schema_version", "paragraf_server_rules"}));
}

// Two desks opening a new server at the same moment: each migration is applied once, and
// neither fails.
TEST_F(ServerMigratorTest, TwoMigratorsAtOnceApplyEachMigrationOnce) {
    const QString options = QStringLiteral("service=paragraf-test;dbname=%1").arg(server->name());
    Status results[2];
    std::thread desks[2];
    for (int desk = 0; desk < 2; ++desk)
        desks[desk] = std::thread([&, desk] {
            withConnection(
                options, [&](QSqlDatabase& own) { results[desk] = ServerMigrator::migrate(own); });
        });
    for (auto& desk : desks)
        desk.join();
    for (const auto& result : results)
        EXPECT_TRUE(result.ok()) << result.error().toStdString();
    EXPECT_EQ(
        value(connection, QStringLiteral("SELECT count(*) FROM paragraf_schema_version")).toInt(),
        ServerMigrator::available().size());
}

TEST_F(ServerMigratorTest, RefusesAServerNewerThanTheProgram) {
    ASSERT_TRUE(ServerMigrator::migrate(connection).ok());
    value(connection, QStringLiteral("INSERT INTO paragraf_schema_version (version, name) VALUES "
                                     "(9999, 'future')"));
    const auto status = ServerMigrator::migrate(connection);
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().contains(QStringLiteral("newer"))) << status.error().toStdString();
}

// scripts/setup-server.sh, as README and docs/server.md tell an organisation to run it.
// The script's psql is a stand-in that writes down its command line and everything it is sent
// before the real psql runs: the login's password must be in neither (ps shows the one, the
// server's log with log_statement the other); the server gets the SCRAM verifier only.
TEST_F(ServerMigratorTest, SetupScriptCreatesTheDatabaseRolesAndFirstRegistryLogin) {
    const QString database = server->name() + QStringLiteral("_kommun");
    const QString login = server->loginName(QStringLiteral("registrator"));
    const QString password = QStringLiteral("Hemligt 1! åäö");
    QTemporaryDir shim;
    const QString realPsql = QStandardPaths::findExecutable(QStringLiteral("psql"));
    ASSERT_FALSE(realPsql.isEmpty());
    QFile psql(shim.filePath(QStringLiteral("psql")));
    ASSERT_TRUE(psql.open(QIODevice::WriteOnly));
    psql.write(QStringLiteral("#!/bin/bash\nprintf '%s\\n' \"$*\" >>'%1/argv'\n"
                              "tee -a '%1/stdin' | exec '%2' \"$@\"\n")
                   .arg(shim.path(), realPsql)
                   .toUtf8());
    psql.close();
    psql.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcess script;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGSERVICE"), QStringLiteral("paragraf-test"));
    environment.insert(QStringLiteral("PARAGRAF_LOGIN_PASSWORD"), password);
    environment.insert(QStringLiteral("PATH"),
                       shim.path() + QLatin1Char(':') + environment.value(QStringLiteral("PATH")));
    script.setProcessEnvironment(environment);
    script.start(QStringLiteral("bash"),
                 {QStringLiteral(PARAGRAF_SOURCE_DIR "/scripts/setup-server.sh"),
                  QStringLiteral("create"), database, login});
    ASSERT_TRUE(script.waitForFinished(120000));
    const QString output =
        QString::fromUtf8(script.readAllStandardOutput() + script.readAllStandardError());
    ASSERT_EQ(script.exitCode(), 0) << output.toStdString();
    for (const QString& seen : {QStringLiteral("argv"), QStringLiteral("stdin")}) {
        QFile written(shim.filePath(seen));
        ASSERT_TRUE(written.open(QIODevice::ReadOnly)) << "psql ran";
        const QString text = QString::fromUtf8(written.readAll());
        EXPECT_FALSE(text.contains(QStringLiteral("Hemligt"))) << seen.toStdString();
        if (seen == QLatin1String("stdin")) {
            EXPECT_TRUE(text.contains(QStringLiteral("SCRAM-SHA-256$4096:")));
        }
    }

    const QString options = QStringLiteral("service=paragraf-test;dbname=%1").arg(database);
    withConnection(
        options + QStringLiteral(";user=%1;password='%2'").arg(login, password),
        [](QSqlDatabase& registry) {
            EXPECT_EQ(ServerMigrator::currentVersion(registry).value(),
                      ServerMigrator::latestVersion());
            EXPECT_EQ(sqlState(registry, QStringLiteral("INSERT INTO body (name, kind) "
                                                        "VALUES ('KF', 'deciding')")),
                      QString());
            EXPECT_EQ(sqlState(registry, QStringLiteral("INSERT INTO meeting (body_id, date, form, "
                                                        "status) SELECT id, '2024-01-01', "
                                                        "'physical', 'draft' FROM body")),
                      QStringLiteral("42501"));
        });
    // The script's bookkeeping is the migrator's: nothing is left to apply.
    withConnection(options, [&](QSqlDatabase& owner) {
        const QString versions = QStringLiteral(
            "SELECT string_agg(version || ' ' || applied_at, ',') FROM paragraf_schema_version");
        const QString before = value(owner, versions).toString();
        EXPECT_TRUE(ServerMigrator::migrate(owner).ok());
        EXPECT_EQ(value(owner, versions).toString(), before);
        EXPECT_EQ(
            value(owner, QStringLiteral("SELECT count(*) FROM paragraf_server_rules")).toInt(), 1);
        EXPECT_TRUE(value(owner, QStringLiteral("SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM "
                                                "pg_authid WHERE rolname = '%1'")
                                     .arg(login))
                        .toBool());
    });
    withConnection(QStringLiteral("service=paragraf-test"), [&](QSqlDatabase& cluster) {
        value(cluster, QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(database));
        value(cluster, QStringLiteral("DROP ROLE %1").arg(login));
    });
}
