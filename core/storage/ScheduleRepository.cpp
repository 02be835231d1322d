#include "ScheduleRepository.h"

#include "SqlQuery.h"
#include "i18n/TrContexts.h"
#include "model/Codes.h"

namespace paragraf {
namespace {

const QString columns =
    QStringLiteral("SELECT id, body_id, date, end_date, start_time, end_time, form, place, kind,"
                   " joint_with, note, COALESCE(meeting_id, 0) FROM schedule_entry");

ScheduleEntry readEntry(const SqlQuery& row) {
    ScheduleEntry e;
    e.id = row.valueId(0);
    e.bodyId = row.valueId(1);
    e.date = QDate::fromString(row.text(2), Qt::ISODate);
    e.endDate = QDate::fromString(row.text(3), Qt::ISODate);
    e.start = clockFromIso(row.text(4));
    e.end = clockFromIso(row.text(5));
    e.form = enumFromCode<MeetingForm>(row.text(6)).value_or(MeetingForm::Digital);
    e.place = row.text(7);
    e.kind = enumFromCode<ScheduleKind>(row.text(8)).value_or(ScheduleKind::Ordinary);
    e.jointWith = row.text(9);
    e.note = row.text(10);
    e.meetingId = row.valueId(11);
    return e;
}

void bindEntry(SqlQuery& query, const ScheduleEntry& e) {
    query.bind(QStringLiteral(":body"), e.bodyId)
        .bind(QStringLiteral(":date"), isoDate(e.date))
        .bind(QStringLiteral(":endDate"), isoDate(e.endDate))
        .bind(QStringLiteral(":start"), isoClock(e.start))
        .bind(QStringLiteral(":end"), isoClock(e.end))
        .bind(QStringLiteral(":form"), codeOf(e.form))
        .bind(QStringLiteral(":place"), e.place)
        .bind(QStringLiteral(":kind"), codeOf(e.kind))
        .bind(QStringLiteral(":joint"), e.jointWith)
        .bind(QStringLiteral(":note"), e.note)
        .bind(QStringLiteral(":meeting"), nullIfNone(e.meetingId));
}

} // namespace

Result<Id> ScheduleRepository::insert(const ScheduleEntry& entry) {
    SqlQuery query(m_connection,
                   QStringLiteral("INSERT INTO schedule_entry (body_id, date, end_date, start_time,"
                                  " end_time, form, place, kind, joint_with, note, meeting_id)"
                                  " VALUES (:body, :date, :endDate, :start, :end, :form, :place,"
                                  " :kind, :joint, :note, :meeting) RETURNING id"));
    bindEntry(query, entry);
    if (auto status = query.exec(); !status)
        return fail(status.error());
    return query.lastInsertId();
}

Status ScheduleRepository::update(const ScheduleEntry& entry) {
    SqlQuery query(m_connection,
                   QStringLiteral("UPDATE schedule_entry SET body_id = :body, date = :date,"
                                  " end_date = :endDate, start_time = :start, end_time = :end,"
                                  " form = :form, place = :place, kind = :kind,"
                                  " joint_with = :joint, note = :note, meeting_id = :meeting"
                                  " WHERE id = :id"));
    bindEntry(query, entry);
    query.bind(QStringLiteral(":id"), entry.id);
    return query.exec();
}

Status ScheduleRepository::remove(Id entryId) {
    SqlQuery query(m_connection, QStringLiteral("DELETE FROM schedule_entry WHERE id = :id"));
    query.bind(QStringLiteral(":id"), entryId);
    return query.exec();
}

Result<ScheduleEntry> ScheduleRepository::entry(Id entryId) const {
    SqlQuery query(m_connection, columns + QStringLiteral(" WHERE id = :id"));
    query.bind(QStringLiteral(":id"), entryId);
    return query.first(readEntry,
                       ScheduleText::tr("There is no planned meeting with id %1.").arg(entryId));
}

Result<QList<ScheduleEntry>> ScheduleRepository::entries(Id bodyId, int year) const {
    SqlQuery query(m_connection,
                   columns + QStringLiteral(" WHERE body_id = :body AND date >= :from"
                                            " AND date < :to ORDER BY date, start_time"));
    query.bind(QStringLiteral(":body"), bodyId)
        .bind(QStringLiteral(":from"), isoDate(QDate(year, 1, 1)))
        .bind(QStringLiteral(":to"), isoDate(QDate(year + 1, 1, 1)));
    return query.collect(readEntry);
}

Result<std::optional<ScheduleEntry>> ScheduleRepository::nextAfter(Id bodyId,
                                                                   const QDate& day) const {
    SqlQuery query(m_connection, columns + QStringLiteral(" WHERE body_id = :body AND date > :day"
                                                          " ORDER BY date, start_time LIMIT 1"));
    query.bind(QStringLiteral(":body"), bodyId).bind(QStringLiteral(":day"), isoDate(day));
    const auto found = query.collect(readEntry);
    if (!found)
        return fail(found.error());
    if (found.value().isEmpty())
        return std::optional<ScheduleEntry>();
    return std::optional<ScheduleEntry>(found.value().first());
}

Result<QList<ScheduleEntry>> ScheduleRepository::between(const QDate& from, const QDate& to) const {
    SqlQuery query(m_connection, columns + QStringLiteral(" WHERE date >= :from AND date <= :to"
                                                          " ORDER BY date, start_time, body_id"));
    query.bind(QStringLiteral(":from"), isoDate(from)).bind(QStringLiteral(":to"), isoDate(to));
    return query.collect(readEntry);
}

} // namespace paragraf
