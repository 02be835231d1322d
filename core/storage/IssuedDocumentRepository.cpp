#include "IssuedDocumentRepository.h"

#include "SqlQuery.h"

namespace paragraf {

Result<Id> IssuedDocumentRepository::insert(const IssuedDocument& d) {
    SqlQuery query(m_connection,
                   QStringLiteral("INSERT INTO issued_document (meeting_id, kind, paragraphs,"
                                  " file_name, sha256, size, content_hash, issued_at, issued_by,"
                                  " chain_hash) VALUES (:m, :kind, :paragraphs, :file, :sha,"
                                  " :size, :content, :at, :by, :chain) RETURNING id"));
    query.bind(QStringLiteral(":m"), d.meetingId)
        .bind(QStringLiteral(":kind"), d.kind)
        .bind(QStringLiteral(":paragraphs"), d.paragraphs)
        .bind(QStringLiteral(":file"), d.fileName)
        .bind(QStringLiteral(":sha"), d.sha256)
        .bind(QStringLiteral(":size"), d.size)
        .bind(QStringLiteral(":content"), d.contentHash)
        .bind(QStringLiteral(":at"), d.issuedAt.toString(Qt::ISODate))
        .bind(QStringLiteral(":by"), d.issuedBy)
        .bind(QStringLiteral(":chain"), d.chainHash);
    if (auto status = query.exec(); !status)
        return fail(status.error());
    return query.lastInsertId();
}

Result<QList<IssuedDocument>> IssuedDocumentRepository::select(const QString& where,
                                                               const QString& key,
                                                               const QVariant& value) const {
    SqlQuery query(m_connection,
                   QStringLiteral("SELECT id, meeting_id, kind, paragraphs, file_name, sha256,"
                                  " size, content_hash, issued_at, issued_by, chain_hash"
                                  " FROM issued_document WHERE %1 ORDER BY id")
                       .arg(where));
    query.bind(key, value);
    return query.collect([](const SqlQuery& row) {
        IssuedDocument d;
        d.id = row.valueId(0);
        d.meetingId = row.valueId(1);
        d.kind = row.text(2);
        d.paragraphs = row.text(3);
        d.fileName = row.text(4);
        d.sha256 = row.text(5);
        d.size = row.valueId(6);
        d.contentHash = row.text(7);
        d.issuedAt = QDateTime::fromString(row.text(8), Qt::ISODate);
        d.issuedBy = row.text(9);
        d.chainHash = row.text(10);
        return d;
    });
}

Result<QList<IssuedDocument>> IssuedDocumentRepository::ofMeeting(Id meetingId) const {
    return select(QStringLiteral("meeting_id = :m"), QStringLiteral(":m"), meetingId);
}

Result<QList<IssuedDocument>> IssuedDocumentRepository::withHash(const QString& sha256) const {
    return select(QStringLiteral("sha256 = :sha"), QStringLiteral(":sha"), sha256);
}

} // namespace paragraf
