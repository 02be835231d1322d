#include "Proceedings.h"

#include "AttendanceGroups.h"
#include "i18n/TrContexts.h"

#include <QSet>

namespace paragraf {
namespace {

QString nameOf(const MeetingRecord& record, Id participantId) {
    const Participant* p = record.participant(participantId);
    return p ? p->name : DecisionRulesText::tr("participant %1").arg(participantId);
}

bool isStanding(const Proceedings& p, int motion) {
    return motion >= 0 && motion < p.motions.size() && !p.motions[motion].withdrawn;
}

Status checkMotions(const MeetingRecord& record, const Paragraph& paragraph,
                    const ParagraphAttendance& attendance) {
    for (const Motion& m : paragraph.proceedings.motions) {
        for (Id who : QList<Id>{m.moverId} + m.supporterIds)
            if (!takesPart(attendance, who))
                return fail(DecisionRulesText::tr("%1 does not serve at § %2 and cannot move or "
                                                  "support a motion: only those who take part "
                                                  "in the decision do.")
                                .arg(nameOf(record, who))
                                .arg(paragraph.number));
        if (m.supporterIds.contains(m.moverId))
            return fail(DecisionRulesText::tr("%1 moved the motion and cannot also support it.")
                            .arg(nameOf(record, m.moverId)));
        if ((m.kind == MotionKind::Amendment) && m.text.trimmed().isEmpty())
            return fail(DecisionRulesText::tr("The motion of %1 at § %2 needs its wording.")
                            .arg(nameOf(record, m.moverId))
                            .arg(paragraph.number));
    }
    const Proceedings& p = paragraph.proceedings;
    if (p.adoptedMotion != -1 && !isStanding(p, p.adoptedMotion))
        return fail(DecisionRulesText::tr("The chair's finding at § %1 must be a motion that was "
                                          "made and not withdrawn.")
                        .arg(paragraph.number));
    return {};
}

Status checkVote(const MeetingRecord& record, const Paragraph& paragraph,
                 const ParagraphAttendance& attendance) {
    const Proceedings& p = paragraph.proceedings;
    const VoteRecord& vote = p.vote;
    if (!vote.held)
        return vote.named.isEmpty() ? Status()
                                    : fail(DecisionRulesText::tr("Votes are recorded at § %1 "
                                                                 "only when a vote is held.")
                                               .arg(paragraph.number));
    if (!isStanding(p, vote.yesMotion) || !isStanding(p, vote.noMotion) ||
        vote.yesMotion == vote.noMotion)
        return fail(DecisionRulesText::tr("The vote at § %1 puts two different motions, made and "
                                          "not withdrawn, against each other.")
                        .arg(paragraph.number));
    if (vote.closed) {
        const int counted = vote.closedYes + vote.closedNo + vote.closedAbstain;
        int serving = 0;
        for (Id id : attendance.serving)
            serving += takesPart(attendance, id) ? 1 : 0;
        if (counted > serving)
            return fail(DecisionRulesText::tr("The closed vote at § %1 counts %2 votes, but only "
                                              "%3 serve.")
                            .arg(paragraph.number)
                            .arg(counted)
                            .arg(serving));
        if (!vote.named.isEmpty())
            return fail(DecisionRulesText::tr("A closed vote records only the tally."));
        return {};
    }
    for (auto it = vote.named.cbegin(); it != vote.named.cend(); ++it)
        if (!takesPart(attendance, it.key()))
            return fail(DecisionRulesText::tr("%1 does not serve at § %2 and cannot vote: only "
                                              "the members serving at a paragraph vote.")
                            .arg(nameOf(record, it.key()))
                            .arg(paragraph.number));
    return {};
}

Status checkReservations(const MeetingRecord& record, const Paragraph& paragraph,
                         const ParagraphAttendance& attendance) {
    const Proceedings& p = paragraph.proceedings;
    QSet<Id> seen;
    for (const Reservation& r : p.reservations) {
        if (!takesPart(attendance, r.participantId))
            return fail(DecisionRulesText::tr("%1 did not take part in the decision at § %2 and "
                                              "cannot reserve against it (Kommunallagen 4 kap. "
                                              "27 §).")
                            .arg(nameOf(record, r.participantId))
                            .arg(paragraph.number));
        if (p.vote.held && !p.vote.closed &&
            p.vote.named.value(r.participantId, VoteChoice::Yes) == VoteChoice::Abstain)
            return fail(DecisionRulesText::tr("%1 abstained at § %2 and so took no part in the "
                                              "decision to reserve against.")
                            .arg(nameOf(record, r.participantId))
                            .arg(paragraph.number));
        if (seen.contains(r.participantId))
            return fail(DecisionRulesText::tr("%1 has already reserved against the decision at "
                                              "§ %2.")
                            .arg(nameOf(record, r.participantId))
                            .arg(paragraph.number));
        seen.insert(r.participantId);
    }
    for (const ProtocolNote& n : p.notes) {
        const Participant* who = record.participant(n.participantId);
        if (!who || !isDecisionMaker(who->kind) || !attendance.present.contains(n.participantId))
            return fail(DecisionRulesText::tr("A protocol note at § %1 is made by a member or "
                                              "substitute present there.")
                            .arg(paragraph.number));
        if (n.text.trimmed().isEmpty())
            return fail(DecisionRulesText::tr("A protocol note needs its text."));
    }
    return {};
}

} // namespace

bool takesPart(const ParagraphAttendance& attendance, Id participantId) {
    return attendance.serving.contains(participantId) && !attendance.jav.contains(participantId);
}

VoteOutcome countVote(const VoteRecord& vote, const ParagraphAttendance& attendance, Id chairId) {
    VoteOutcome outcome;
    if (!vote.held)
        return outcome;
    if (vote.closed) {
        outcome.yes = vote.closedYes;
        outcome.no = vote.closedNo;
        outcome.abstain = vote.closedAbstain;
    } else {
        for (auto it = vote.named.cbegin(); it != vote.named.cend(); ++it)
            (it.value() == VoteChoice::Yes  ? outcome.yes
             : it.value() == VoteChoice::No ? outcome.no
                                            : outcome.abstain)++;
        for (Id id : attendance.serving)
            if (takesPart(attendance, id) && !vote.named.contains(id))
                outcome.notVoted << id;
        std::sort(outcome.notVoted.begin(), outcome.notVoted.end());
    }
    if (outcome.yes != outcome.no) {
        outcome.winner = outcome.yes > outcome.no ? vote.yesMotion : vote.noMotion;
        outcome.settled = VoteOutcome::Settled::Majority;
    } else if (vote.closed && vote.lotWinner != -1) {
        outcome.winner = vote.lotWinner;
        outcome.settled = VoteOutcome::Settled::Lot;
    } else if (!vote.closed && vote.named.contains(chairId) &&
               vote.named.value(chairId) != VoteChoice::Abstain) {
        outcome.winner =
            vote.named.value(chairId) == VoteChoice::Yes ? vote.yesMotion : vote.noMotion;
        outcome.settled = VoteOutcome::Settled::CastingVote;
    }
    return outcome;
}

int decidedMotion(const Proceedings& p, const ParagraphAttendance& attendance, Id chairId) {
    return p.vote.held ? countVote(p.vote, attendance, chairId).winner : p.adoptedMotion;
}

Status checkProceedings(const MeetingRecord& record, const Paragraph& paragraph,
                        const ParagraphAttendance& attendance) {
    if (auto motions = checkMotions(record, paragraph, attendance); !motions)
        return motions;
    if (auto vote = checkVote(record, paragraph, attendance); !vote)
        return vote;
    return checkReservations(record, paragraph, attendance);
}

QList<int> paragraphsWithoutQuorum(const MeetingRecord& record) {
    if (record.body.kind != BodyKind::Deciding)
        return {};
    return paragraphsWithoutQuorum(record, timelineOf(record));
}

QList<int> paragraphsWithoutQuorum(const MeetingRecord& record,
                                   const AttendanceTimeline& timeline) {
    if (record.body.kind != BodyKind::Deciding)
        return {};
    const int seats = seatCount(record.participants);
    QList<int> without;
    for (const Paragraph& p : record.paragraphs) {
        if (p.kind != ParagraphKind::Decision)
            continue;
        const ParagraphAttendance* at = timeline.at(p.id);
        int serving = 0;
        for (Id id : at ? at->serving : QSet<Id>())
            serving += takesPart(*at, id) ? 1 : 0;
        if (!hasQuorum(serving, seats))
            without << p.number;
    }
    return without;
}

} // namespace paragraf
