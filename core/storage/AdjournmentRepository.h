#pragma once

#include "Result.h"
#include "model/Adjournment.h"

#include <QList>
#include <QSqlDatabase>

namespace paragraf {

// The adjournments of a meeting. Writes run inside a transaction owned by the caller.
class AdjournmentRepository {
public:
    explicit AdjournmentRepository(const QSqlDatabase& connection) : m_connection(connection) {}

    Result<Id> insert(Id meetingId, const Adjournment& adjournment);
    Status update(const Adjournment& adjournment);
    Status remove(Id adjournmentId);
    Result<Id> meetingOf(Id adjournmentId) const;
    // In order of their start.
    Result<QList<Adjournment>> adjournments(Id meetingId) const;

private:
    QSqlDatabase m_connection;
};

} // namespace paragraf
