#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace paragraf {

// One Paragraf file: an SQLite database in WAL mode with foreign keys on and SQLite's defensive
// settings, migrated to the schema this program knows. Opening never modifies a file that is
// not SQLite, is damaged, belongs to another program or was written by a newer Paragraf: those
// give a message and the file stays byte-identical. A file that cannot be written opens
// read-only and says why.
class Database {
public:
    static Result<std::unique_ptr<Database>> create(const QString& path);
    static Result<std::unique_ptr<Database>> open(const QString& path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QSqlDatabase& connection() const { return m_connection; }
    const QString& path() const { return m_path; }
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    const QString& readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersion() const;

    // The full check (all pages, indexes, constraints); slower than the quick check on open.
    Status integrityCheck() const;
    Status requireWritable() const;

    static int supportedSchemaVersion();
    static constexpr qint32 applicationId = 0x50524746; // 'PRGF'

private:
    Database(QSqlDatabase connection, QString path, QString readOnlyReason);

    QSqlDatabase m_connection;
    QString m_path;
    QString m_readOnlyReason;
};

} // namespace paragraf
