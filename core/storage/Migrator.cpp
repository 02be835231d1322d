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

QList<Migration> Migrator::available() {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    QList<Migration> migrations;
    const QDir dir(QStringLiteral(":/paragraf/migrations"));
    for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        QFile source(dir.filePath(file));
        if (!source.open(QIODevice::ReadOnly))
            continue;
        migrations.append(
            {match.captured(1).toInt(), match.captured(2), QString::fromUtf8(source.readAll())});
    }
    return migrations;
}

int Migrator::latestVersion() {
    const auto migrations = available();
    return migrations.isEmpty() ? 0 : migrations.last().version;
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
