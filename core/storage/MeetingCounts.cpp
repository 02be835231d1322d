// The counts of a body's meetings that an import asks before it writes.
#include "MeetingRepository.h"
#include "SqlQuery.h"

namespace paragraf {

Result<int> MeetingRepository::meetingCount(Id bodyId) const {
    SqlQuery query(m_connection, QStringLiteral("SELECT COUNT(*) FROM meeting WHERE body_id = :b"));
    query.bind(QStringLiteral(":b"), bodyId);
    if (auto status = query.exec(); !status)
        return fail(status.error());
    return query.next() ? query.value(0).toInt() : 0;
}

Result<int> MeetingRepository::meetingCount(Id bodyId, const QDate& date,
                                            const QTime& start) const {
    SqlQuery query(m_connection, QStringLiteral("SELECT COUNT(*) FROM meeting WHERE body_id = "
                                                ":b AND date = :d AND start_time = :s"));
    query.bind(QStringLiteral(":b"), bodyId)
        .bind(QStringLiteral(":d"), date.toString(Qt::ISODate))
        .bind(QStringLiteral(":s"),
              start.isValid() ? start.toString(QStringLiteral("HH:mm")) : QString());
    if (auto status = query.exec(); !status)
        return fail(status.error());
    return query.next() ? query.value(0).toInt() : 0;
}

} // namespace paragraf
