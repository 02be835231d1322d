#include "AdjournmentService.h"

#include "MeetingService.h"
#include "i18n/TrContexts.h"
#include "rules/AdjournmentRules.h"
#include "rules/FieldLimits.h"
#include "storage/AdjournmentRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/ParagraphRepository.h"
#include "storage/Transaction.h"

namespace paragraf {
namespace {
// A reason is a few words ("lunch", "gruppöverläggningar"), printed inside a sentence.
constexpr int reasonLimit = 200;

Status checkReason(const Adjournment& a) {
    if (a.reason.size() > reasonLimit)
        return fail(AdjournmentText::tr("The reason of an adjournment is a few words, at most %1 "
                                        "characters.")
                        .arg(reasonLimit));
    return checkOneLine(AdjournmentText::tr("The reason of an adjournment"), a.reason);
}
} // namespace

Status AdjournmentService::validate(Id meetingId) const {
    return checkAdjournmentsOf(m_database.connection(), meetingId);
}

Status checkAdjournmentsOf(const QSqlDatabase& connection, Id meetingId) {
    const auto meeting = MeetingRepository(connection).meeting(meetingId);
    const auto order = ParagraphRepository(connection).order(meetingId);
    const auto adjournments = AdjournmentRepository(connection).adjournments(meetingId);
    if (!meeting || !order || !adjournments)
        return fail(!meeting ? meeting.error() : !order ? order.error() : adjournments.error());
    return validateAdjournments(meeting.value(), order.value(), adjournments.value());
}

Result<Id> AdjournmentService::editableMeetingOf(Id adjournmentId) const {
    const auto meetingId = AdjournmentRepository(m_database.connection()).meetingOf(adjournmentId);
    if (!meetingId)
        return meetingId;
    if (auto editable = MeetingService(m_database).requireEditable(meetingId.value()); !editable)
        return fail(editable.error());
    return meetingId;
}

Result<Id> AdjournmentService::add(Id meetingId, const Adjournment& adjournment) {
    if (auto reason = checkReason(adjournment); !reason)
        return fail(reason.error());
    if (auto editable = MeetingService(m_database).requireEditable(meetingId); !editable)
        return fail(editable.error());
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&]() -> Result<Id> {
        const auto id = AdjournmentRepository(connection).insert(meetingId, adjournment);
        if (!id)
            return id;
        if (auto valid = validate(meetingId); !valid)
            return fail(valid.error());
        return id;
    });
}

Status AdjournmentService::update(const Adjournment& adjournment) {
    if (auto reason = checkReason(adjournment); !reason)
        return reason;
    const auto meetingId = editableMeetingOf(adjournment.id);
    if (!meetingId)
        return fail(meetingId.error());
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&]() -> Status {
        if (auto status = AdjournmentRepository(connection).update(adjournment); !status)
            return status;
        return validate(meetingId.value());
    });
}

Status AdjournmentService::remove(Id adjournmentId) {
    const auto meetingId = editableMeetingOf(adjournmentId);
    if (!meetingId)
        return fail(meetingId.error());
    return inTransaction(m_database.connection(), [&]() -> Status {
        return AdjournmentRepository(m_database.connection()).remove(adjournmentId);
    });
}

} // namespace paragraf
