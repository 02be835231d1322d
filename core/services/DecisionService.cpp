#include "DecisionService.h"

#include "MeetingService.h"
#include "i18n/TrContexts.h"
#include "storage/Database.h"
#include "storage/ParagraphRepository.h"

namespace paragraf {

template <typename Change> Status DecisionService::change(Id paragraphId, Change&& change) {
    const auto paragraph = ParagraphRepository(m_database.connection()).paragraph(paragraphId);
    if (!paragraph)
        return fail(paragraph.error());
    Proceedings proceedings = paragraph->proceedings;
    if (auto changed = change(proceedings, paragraph.value()); !changed)
        return changed;
    return MeetingService(m_database).setProceedings(paragraphId, proceedings);
}

Status DecisionService::castVote(Id paragraphId, Id participantId, VoteChoice choice) {
    return change(paragraphId, [&](Proceedings& p, const Paragraph& paragraph) -> Status {
        if (!p.vote.held || p.vote.closed)
            return fail(
                DecisionRulesText::tr("No open vote is held at § %1.").arg(paragraph.number));
        if (p.vote.named.contains(participantId))
            return fail(DecisionRulesText::tr("This member has already voted at § %1: one member, "
                                              "one vote. Clear the vote first to correct it.")
                            .arg(paragraph.number));
        p.vote.named.insert(participantId, choice);
        return {};
    });
}

Status DecisionService::clearVote(Id paragraphId, Id participantId) {
    return change(paragraphId, [&](Proceedings& p, const Paragraph&) -> Status {
        p.vote.named.remove(participantId);
        return {};
    });
}

Status DecisionService::addReservation(Id paragraphId, const Reservation& reservation) {
    return change(paragraphId, [&](Proceedings& p, const Paragraph&) -> Status {
        p.reservations << reservation;
        return {};
    });
}

} // namespace paragraf
