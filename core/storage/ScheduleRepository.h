#pragma once

#include "Result.h"
#include "model/ScheduleEntry.h"

#include <QList>
#include <QSqlDatabase>

namespace paragraf {

// The planned meetings of the bodies. Writes run inside a transaction owned by the caller.
class ScheduleRepository {
public:
    explicit ScheduleRepository(const QSqlDatabase& connection) : m_connection(connection) {}

    Result<Id> insert(const ScheduleEntry& entry);
    Status update(const ScheduleEntry& entry);
    Status remove(Id entryId);
    Result<ScheduleEntry> entry(Id entryId) const;
    // A body's entries in a calendar year, in date order.
    Result<QList<ScheduleEntry>> entries(Id bodyId, int year) const;
    // The first entry of the body after the day (the "Nästa möte" of a protocol), if any.
    Result<std::optional<ScheduleEntry>> nextAfter(Id bodyId, const QDate& day) const;
    // Entries of every body from `from` up to and including `to`, in date order.
    Result<QList<ScheduleEntry>> between(const QDate& from, const QDate& to) const;

private:
    QSqlDatabase m_connection;
};

} // namespace paragraf
