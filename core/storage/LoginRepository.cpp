#include "LoginRepository.h"

#include "Engine.h"
#include "SqlQuery.h"

namespace paragraf {

Result<QString> LoginRepository::login() const {
    if (!isServer(m_connection))
        return QString();
    SqlQuery query(m_connection, QStringLiteral("SELECT session_user"));
    return query.first([](const SqlQuery& row) { return row.text(0); }, QString());
}

Result<Id> LoginRepository::person() const {
    if (!isServer(m_connection))
        return NoId;
    SqlQuery query(m_connection, QStringLiteral("SELECT COALESCE(paragraf_my_person(), 0)"));
    return query.first([](const SqlQuery& row) { return row.valueId(0); }, QString());
}

Result<QList<ParticipationOutForAdjustment>> LoginRepository::outForAdjustment(Id personId) const {
    if (!isServer(m_connection) || personId == NoId)
        return QList<ParticipationOutForAdjustment>();
    SqlQuery query(m_connection,
                   QStringLiteral("SELECT m.id, p.id FROM meeting m JOIN participant p ON"
                                  " p.meeting_id = m.id WHERE m.status = 'out_for_adjustment'"
                                  " AND p.person_id = :person ORDER BY m.date, m.id, p.id"));
    query.bind(QStringLiteral(":person"), personId);
    return query.collect([](const SqlQuery& row) {
        return ParticipationOutForAdjustment{row.valueId(0), row.valueId(1)};
    });
}

Result<QDateTime> LoginRepository::transactionTime() const {
    SqlQuery query(m_connection,
                   QStringLiteral("SELECT to_char(date_trunc('second', now()) AT TIME ZONE"
                                  " 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"));
    return query.first(
        [](const SqlQuery& row) { return QDateTime::fromString(row.text(0), Qt::ISODate); },
        QString());
}

} // namespace paragraf
