#include "AdjournmentRepository.h"

#include "SqlQuery.h"

#include <QCoreApplication>

namespace paragraf {
namespace {

void bindAdjournment(SqlQuery& query, const Adjournment& a) {
    query.bind(QStringLiteral(":para"), nullIfNone(a.paragraphId))
        .bind(QStringLiteral(":within"), a.withinParagraph ? 1 : 0)
        .bind(QStringLiteral(":start"), isoClock(a.start))
        .bind(QStringLiteral(":end"), isoClock(a.end))
        .bind(QStringLiteral(":reason"), a.reason);
}

} // namespace

Result<Id> AdjournmentRepository::insert(Id meetingId, const Adjournment& adjournment) {
    SqlQuery query(
        m_connection,
        QStringLiteral("INSERT INTO adjournment (meeting_id, paragraph_id, within,"
                       " start_time, end_time, reason)"
                       " VALUES (:m, :para, :within, :start, :end, :reason) RETURNING id"));
    query.bind(QStringLiteral(":m"), meetingId);
    bindAdjournment(query, adjournment);
    if (auto status = query.exec(); !status)
        return fail(status.error());
    return query.lastInsertId();
}

Status AdjournmentRepository::update(const Adjournment& adjournment) {
    SqlQuery query(m_connection,
                   QStringLiteral("UPDATE adjournment SET paragraph_id = :para, within = :within,"
                                  " start_time = :start, end_time = :end, reason = :reason"
                                  " WHERE id = :id"));
    bindAdjournment(query, adjournment);
    query.bind(QStringLiteral(":id"), adjournment.id);
    return query.exec();
}

Status AdjournmentRepository::remove(Id adjournmentId) {
    SqlQuery query(m_connection, QStringLiteral("DELETE FROM adjournment WHERE id = :id"));
    query.bind(QStringLiteral(":id"), adjournmentId);
    return query.exec();
}

Result<Id> AdjournmentRepository::meetingOf(Id adjournmentId) const {
    SqlQuery query(m_connection,
                   QStringLiteral("SELECT meeting_id FROM adjournment WHERE id = :id"));
    query.bind(QStringLiteral(":id"), adjournmentId);
    return query.first(
        [](const SqlQuery& row) { return row.valueId(0); },
        QCoreApplication::translate("AdjournmentRepository", "There is no adjournment with id %1.")
            .arg(adjournmentId));
}

Result<QList<Adjournment>> AdjournmentRepository::adjournments(Id meetingId) const {
    SqlQuery query(m_connection,
                   QStringLiteral("SELECT id, COALESCE(paragraph_id, 0), within, start_time,"
                                  " end_time, reason FROM adjournment WHERE meeting_id = :m"
                                  " ORDER BY start_time, id"));
    query.bind(QStringLiteral(":m"), meetingId);
    return query.collect([](const SqlQuery& row) {
        Adjournment a;
        a.id = row.valueId(0);
        a.paragraphId = row.valueId(1);
        // A paragraph removed since leaves the adjournment before the first paragraph.
        a.withinParagraph = a.paragraphId != NoId && row.value(2).toInt() != 0;
        a.start = clockFromIso(row.text(3));
        a.end = clockFromIso(row.text(4));
        a.reason = row.text(5);
        return a;
    });
}

} // namespace paragraf
