#include "SignatureRepository.h"

#include "Engine.h"
#include "SqlQuery.h"
#include "model/Codes.h"

namespace paragraf {

Result<Id> SignatureRepository::insert(const Signature& s) {
    SqlQuery query(m_connection,
                   QStringLiteral("INSERT INTO signature (meeting_id, role, participant_id, name,"
                                  " signed_at, method, reason, content_hash, chain_hash) VALUES"
                                  " (:m, :role, :p, :name, :at, :method, :reason, :content,"
                                  " :chain) RETURNING id"));
    query.bind(QStringLiteral(":m"), s.meetingId)
        .bind(QStringLiteral(":role"), codeOf(s.role))
        .bind(QStringLiteral(":p"), nullIfNone(s.participantId))
        .bind(QStringLiteral(":name"), s.name)
        .bind(QStringLiteral(":at"), s.signedAt.toString(Qt::ISODate))
        .bind(QStringLiteral(":method"), codeOf(s.method))
        .bind(QStringLiteral(":reason"), s.reason)
        .bind(QStringLiteral(":content"), s.contentHash)
        .bind(QStringLiteral(":chain"), s.chainHash);
    if (auto status = query.exec(); !status)
        return fail(status.error());
    return query.lastInsertId();
}

Result<QList<Signature>> SignatureRepository::signatures(Id meetingId) const {
    // The server knows which login made each signature, and whether that login was the
    // signatory's own when it signed (own_login, kept since schema 17's rules; before, read from
    // paragraf_login as it maps logins now); a file knows no logins.
    SqlQuery query(
        m_connection,
        isServer(m_connection)
            ? QStringLiteral("SELECT s.id, s.role, COALESCE(s.participant_id, 0), s.name,"
                             " s.signed_at, s.method, s.reason, s.content_hash, s.chain_hash,"
                             " s.login, COALESCE(s.own_login, CASE WHEN s.method <> 'on_paper'"
                             " AND EXISTS (SELECT 1 FROM paragraf_login l JOIN participant p ON"
                             " p.person_id = l.person_id WHERE l.login = s.login AND p.id ="
                             " s.participant_id) THEN 1 ELSE 0 END) FROM signature s WHERE"
                             " s.meeting_id = :m ORDER BY s.id")
            : QStringLiteral("SELECT id, role, COALESCE(participant_id, 0), name, signed_at,"
                             " method, reason, content_hash, chain_hash, '', 0 FROM signature"
                             " WHERE meeting_id = :m ORDER BY id"));
    query.bind(QStringLiteral(":m"), meetingId);
    return query.collect([meetingId](const SqlQuery& row) {
        Signature s;
        s.id = row.valueId(0);
        s.meetingId = meetingId;
        s.role = enumFromCode<SignatoryRole>(row.text(1)).value_or(SignatoryRole::Adjuster);
        s.participantId = row.valueId(2);
        s.name = row.text(3);
        s.signedAt = QDateTime::fromString(row.text(4), Qt::ISODate);
        s.method = enumFromCode<SigningMethod>(row.text(5)).value_or(SigningMethod::Refused);
        s.reason = row.text(6);
        s.contentHash = row.text(7);
        s.chainHash = row.text(8);
        s.login = row.text(9);
        s.byOwnLogin = row.valueId(10) == 1;
        return s;
    });
}

} // namespace paragraf
