#include "RulesService.h"

#include "MeetingService.h"
#include "i18n/TrContexts.h"
#include "rules/FieldLimits.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/RulesRepository.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace paragraf {

namespace {
constexpr int prefixLimit = 12;
constexpr int maxAdjusters = 9;
constexpr int maxNoticeDays = 366;
} // namespace

Status checkMeetingRules(const MeetingRules& rules) {
    if (rules.paragraphPrefix.size() > prefixLimit || rules.paragraphPrefix.contains(u'§'))
        return fail(RulesText::tr("The paragraph prefix is a short name of the body such as "
                                  "\"KS\" or \"KF\" (at most %1 characters, without §).")
                        .arg(prefixLimit));
    if (rules.adjustersRequired < 1 || rules.adjustersRequired > maxAdjusters)
        return fail(RulesText::tr("The number of adjusters the body requires is between 1 and %1.")
                        .arg(maxAdjusters));
    if (auto status = checkOneLine(RulesText::tr("The paragraph prefix"), rules.paragraphPrefix);
        !status)
        return status;
    if (auto status =
            checkOneLine(RulesText::tr("The label of the signature block"), rules.signatureLabel);
        !status)
        return status;
    return checkLength(RulesText::tr("The label of the signature block"), rules.signatureLabel,
                       limits::heading);
}

Status checkNoticeRules(const NoticeRules& rules) {
    if (rules.days < minimumNoticeDays || rules.days > maxNoticeDays)
        return fail(RulesText::tr("The notice stays up for at least %1 days: it must be up until "
                                  "the three weeks of appeal have run (kommunallagen 8 kap. 12 § "
                                  "and 13 kap. 5 §); at most %2.")
                        .arg(minimumNoticeDays)
                        .arg(maxNoticeDays));
    if (auto status =
            checkLength(RulesText::tr("The notice's signer"), rules.signerName, limits::name);
        !status)
        return status;
    if (auto status =
            checkLength(RulesText::tr("The signer's title"), rules.signerTitle, limits::name);
        !status)
        return status;
    for (const auto& [field, value] :
         {std::pair{RulesText::tr("The notice's signer"), rules.signerName},
          std::pair{RulesText::tr("The signer's title"), rules.signerTitle},
          std::pair{RulesText::tr("The notice's wording"), rules.wording}})
        if (auto status = checkOneLine(field, value); !status)
            return status;
    return checkLength(RulesText::tr("The notice's wording"), rules.wording, limits::line);
}

Result<BodyRules> RulesService::bodyRules(Id bodyId) const {
    return RulesRepository(m_database.connection()).bodyRules(bodyId);
}

Status RulesService::setBodyRules(Id bodyId, const BodyRules& rules) {
    if (auto status = checkMeetingRules(rules.meeting); !status)
        return status;
    if (auto status = checkNoticeRules(rules.notice); !status)
        return status;
    if (auto status =
            checkOneLine(RulesText::tr("The wording where something is masked"), rules.maskWording);
        !status)
        return status;
    if (auto status = checkLength(RulesText::tr("The wording where something is masked"),
                                  rules.maskWording, limits::name);
        !status)
        return status;
    if (auto writable = m_database.requireWritable(); !writable)
        return writable;
    const auto& connection = m_database.connection();
    BodyRules stored = rules;
    stored.meeting.attendanceAppendix = false; // the body's choice is `appendix`
    return inTransaction(connection,
                         [&] { return RulesRepository(connection).setBodyRules(bodyId, stored); });
}

Result<MeetingRules> RulesService::meetingRules(Id meetingId) const {
    return RulesRepository(m_database.connection()).meetingRules(meetingId);
}

Status RulesService::setMeetingRules(Id meetingId, const MeetingRules& rules) {
    if (auto status = checkMeetingRules(rules); !status)
        return status;
    if (auto editable = MeetingService(m_database).requireEditable(meetingId); !editable)
        return editable;
    const auto& connection = m_database.connection();
    return inTransaction(
        connection, [&] { return RulesRepository(connection).setMeetingRules(meetingId, rules); });
}

Status copyBodyRulesToMeeting(const QSqlDatabase& connection, Id meetingId, Id bodyId) {
    RulesRepository repository(connection);
    const auto body = repository.bodyRules(bodyId);
    const auto participants = MeetingRepository(connection).participants(meetingId);
    if (!body || !participants)
        return fail(!body ? body.error() : participants.error());
    const auto members =
        std::count_if(participants->cbegin(), participants->cend(),
                      [](const Participant& p) { return p.kind == ParticipantKind::Member; });
    return repository.setMeetingRules(meetingId,
                                      rulesForNewMeeting(body.value(), static_cast<int>(members)));
}

} // namespace paragraf
