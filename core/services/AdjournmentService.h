#pragma once

#include "Result.h"
#include "model/Adjournment.h"

#include <QSqlDatabase>

namespace paragraf {

class Database;

// The adjournments of a meeting, for the desk and the command line. Every call checks the
// meeting may still be changed, writes in one transaction and checks the meeting's adjournments
// together by the rules (rules/AdjournmentRules.h), so that a refused change leaves nothing.
class AdjournmentService {
public:
    explicit AdjournmentService(const Database& database) : m_database(database) {}

    Result<Id> add(Id meetingId, const Adjournment& adjournment);
    Status update(const Adjournment& adjournment);
    Status remove(Id adjournmentId);

private:
    Status validate(Id meetingId) const;
    Result<Id> editableMeetingOf(Id adjournmentId) const;

    const Database& m_database;
};

// The meeting's adjournments by the rules, inside the caller's transaction: also after its
// times change.
Status checkAdjournmentsOf(const QSqlDatabase& connection, Id meetingId);

} // namespace paragraf
