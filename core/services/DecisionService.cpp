#include "DecisionService.h"

#include "MeetingService.h"
#include "i18n/TrContexts.h"
#include "storage/Database.h"
#include "storage/ParagraphRepository.h"

namespace paragraf {

template <typename Change> Status DecisionService::change(Id paragraphId, Change&& change) {
    const auto meetingId =
        ParagraphRepository(m_database.connection()).meetingOfParagraph(paragraphId);
    if (!meetingId)
        return fail(meetingId.error());
    MeetingService meetings(m_database);
    const auto record = meetings.load(meetingId.value());
    if (!record)
        return fail(record.error());
    for (const Paragraph& paragraph : record->paragraphs)
        if (paragraph.id == paragraphId) {
            Proceedings proceedings = paragraph.proceedings;
            if (auto changed = change(proceedings, paragraph, record.value()); !changed)
                return changed;
            return meetings.setProceedings(paragraphId, proceedings);
        }
    return fail(MeetingServiceText::tr("The paragraph does not belong to this meeting."));
}

Status DecisionService::castVote(Id paragraphId, Id participantId, VoteChoice choice) {
    return change(
        paragraphId,
        [&](Proceedings& p, const Paragraph& paragraph, const MeetingRecord& record) -> Status {
            if (!p.vote.held || p.vote.closed)
                return fail(
                    DecisionRulesText::tr("No open vote is held at § %1.").arg(paragraph.number));
            const Participant* voter = record.participant(participantId);
            if (voter && p.vote.named.contains(participantId))
                return fail(
                    DecisionRulesText::tr("%1 has already voted at § %2: one member, one vote. "
                                          "Clear the vote first to correct it.")
                        .arg(voter->name)
                        .arg(paragraph.number));
            p.vote.named.insert(participantId, choice);
            return {};
        });
}

Status DecisionService::clearVote(Id paragraphId, Id participantId) {
    return change(paragraphId,
                  [&](Proceedings& p, const Paragraph&, const MeetingRecord&) -> Status {
                      p.vote.named.remove(participantId);
                      return {};
                  });
}

Status DecisionService::addReservation(Id paragraphId, const Reservation& reservation) {
    return change(paragraphId,
                  [&](Proceedings& p, const Paragraph&, const MeetingRecord&) -> Status {
                      p.reservations << reservation;
                      return {};
                  });
}

} // namespace paragraf
