#pragma once

#include "Result.h"
#include "model/IssuedDocument.h"

#include <QList>
#include <QSqlDatabase>

namespace paragraf {

// The register of issued documents (schema 8). Rows are only ever added; the database refuses
// any change or removal. Writes run inside the caller's transaction.
class IssuedDocumentRepository {
public:
    explicit IssuedDocumentRepository(const QSqlDatabase& connection) : m_connection(connection) {}

    Result<Id> insert(const IssuedDocument& document);
    // A meeting's entries, oldest first.
    Result<QList<IssuedDocument>> ofMeeting(Id meetingId) const;
    // Every entry whose file had these bytes (the SHA-256), oldest first.
    Result<QList<IssuedDocument>> withHash(const QString& sha256) const;

private:
    Result<QList<IssuedDocument>> select(const QString& where, const QString& key,
                                         const QVariant& value) const;
    QSqlDatabase m_connection;
};

} // namespace paragraf
