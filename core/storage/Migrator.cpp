#include "Migrator.h"

#include "Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace paragraf {

namespace {
const QString migrationFolder = QStringLiteral(":/paragraf/migrations");

// The migrations compiled into the program, by file name, without reading them.
QList<QRegularExpressionMatch> migrationFiles() {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    QList<QRegularExpressionMatch> files;
    for (const QString& file : QDir(migrationFolder).entryList(QDir::Files, QDir::Name))
        if (auto match = pattern.match(file); match.hasMatch())
            files.append(match);
    return files;
}
} // namespace

QList<Migration> Migrator::available() {
    QList<Migration> migrations;
    for (const auto& file : migrationFiles()) {
        QFile source(migrationFolder + QLatin1Char('/') + file.captured(0));
        if (!source.open(QIODevice::ReadOnly))
            continue;
        migrations.append(
            {file.captured(1).toInt(), file.captured(2), QString::fromUtf8(source.readAll())});
    }
    return migrations;
}

// Asked on every open; the migrations of a running program never change, and reading them all
// (they are stored compressed) only for the last number cost a millisecond and a half.
int Migrator::latestVersion() {
    static const int latest = [] {
        const auto files = migrationFiles();
        return files.isEmpty() ? 0 : files.last().captured(1).toInt();
    }();
    return latest;
}

QStringList Migrator::splitStatements(const QString& sql) {
    // sqlite3_complete knows SQLite's grammar (strings, comments, trigger bodies), so statements
    // are split exactly where SQLite itself would end them.
    QStringList statements;
    QString current;
    for (const QString& line : sql.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (sqlite3_complete(current.toUtf8().constData())) {
            if (!current.trimmed().isEmpty())
                statements << current.trimmed();
            current.clear();
        }
    }
    return statements;
}

Status Migrator::migrate(const QSqlDatabase& connection, int fromVersion) {
    for (const auto& migration : available()) {
        if (migration.version <= fromVersion)
            continue;
        auto status = inTransaction(connection, [&]() -> Status {
            QSqlQuery query(connection);
            for (const QString& statement : splitStatements(migration.sql))
                if (!query.exec(statement))
                    return fail(
                        QCoreApplication::translate("Migrator", "Migration %1 (%2) failed: %3")
                            .arg(migration.version)
                            .arg(migration.name, query.lastError().text()));
            // user_version cannot be a bound parameter; the value is our own integer.
            if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version)))
                return fail(query.lastError().text());
            return {};
        });
        if (!status)
            return status;
    }
    return {};
}

} // namespace paragraf
