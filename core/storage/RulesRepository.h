#pragma once

#include "Result.h"
#include "model/BodyRules.h"
#include "model/Ids.h"

#include <QSqlDatabase>

namespace paragraf {

// The body's rules and each meeting's copy of them (schema 10). A body or meeting without a
// row has the defaults. Writes run inside the caller's transaction.
class RulesRepository {
public:
    explicit RulesRepository(const QSqlDatabase& connection) : m_connection(connection) {}

    Result<BodyRules> bodyRules(Id bodyId) const;
    Status setBodyRules(Id bodyId, const BodyRules& rules);
    Result<MeetingRules> meetingRules(Id meetingId) const;
    // Default rules are stored as no row, so that a meeting reads the same either way.
    Status setMeetingRules(Id meetingId, const MeetingRules& rules);

private:
    QSqlDatabase m_connection;
};

QString codeOf(AppendixChoice choice);
std::optional<AppendixChoice> appendixChoiceFromCode(const QString& code);

} // namespace paragraf
