#pragma once

#include "Result.h"
#include "model/BodyRules.h"
#include "model/Ids.h"

#include <QSqlDatabase>

namespace paragraf {

class Database;

// The body's own rules (reglemente, arbetsordning) and a meeting's copy of them. The copy is
// taken when the meeting is set up and changed only while the meeting is a draft; the body's
// later changes never reach a meeting that exists.
class RulesService {
public:
    explicit RulesService(const Database& database) : m_database(database) {}

    Result<BodyRules> bodyRules(Id bodyId) const;
    Status setBodyRules(Id bodyId, const BodyRules& rules);
    Result<MeetingRules> meetingRules(Id meetingId) const;
    // Refused once the protocol is out for adjustment, as any change of its content.
    Status setMeetingRules(Id meetingId, const MeetingRules& rules);

private:
    const Database& m_database;
};

// Each setting within its bounds, the refusal naming the setting and the rule behind it.
Status checkMeetingRules(const MeetingRules& rules);
Status checkNoticeRules(const NoticeRules& rules);

// Inside the caller's transaction: a new meeting's copy of its body's rules, the attendance
// appendix chosen by the number of members among its participants.
Status copyBodyRulesToMeeting(const QSqlDatabase& connection, Id meetingId, Id bodyId);

} // namespace paragraf
