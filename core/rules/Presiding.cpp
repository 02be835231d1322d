#include "Presiding.h"

#include "AttendanceTimeline.h"
#include "ParagraphRanges.h"
#include "i18n/TrContexts.h"

#include <QHash>

namespace paragraf {

QList<Id> presidingByPosition(const MeetingRecord& record) {
    QHash<Id, Id> handovers; // paragraph -> who takes the chair there (the latest event wins)
    for (const auto& e : record.events)
        if (e.kind == AttendanceEventKind::Preside && e.paragraphId != NoId)
            handovers.insert(e.paragraphId, e.participantId);
    QList<Id> presiding;
    Id current = record.meeting.chairId;
    for (const auto& p : record.paragraphs) {
        current = handovers.value(p.id, current);
        presiding << current;
    }
    return presiding;
}

QList<PresidingTurn> presidingTurns(const MeetingRecord& record) {
    if (record.paragraphs.isEmpty())
        return record.meeting.chairId == NoId ? QList<PresidingTurn>{}
                                              : QList<PresidingTurn>{{record.meeting.chairId, {}}};
    const QList<Id> presiding = presidingByPosition(record);
    QList<PresidingTurn> turns;
    for (int i = 0; i < presiding.size(); ++i) {
        if (presiding[i] == NoId)
            continue;
        auto turn = std::find_if(turns.begin(), turns.end(), [&](const PresidingTurn& t) {
            return t.participantId == presiding[i];
        });
        if (turn == turns.end())
            turn = turns.insert(turns.end(), {presiding[i], {}});
        turn->numbers << record.paragraphs[i].number;
    }
    return turns;
}

bool chairChangedHands(const MeetingRecord& record) {
    return presidingTurns(record).size() > 1;
}

Id handoverAt(const MeetingRecord& record, Id paragraphId) {
    const QList<Id> presiding = presidingByPosition(record);
    for (int i = 1; i < presiding.size(); ++i)
        if (record.paragraphs[i].id == paragraphId && presiding[i] != presiding[i - 1])
            return presiding[i];
    return NoId;
}

QStringList presidingProblems(const MeetingRecord& record) {
    const QList<Id> presiding = presidingByPosition(record);
    const AttendanceTimeline timeline = timelineOf(record);
    QHash<Id, QList<int>> notServing; // absent or jävig
    // Where the chair is a member (a nämnd, fullmäktige) whoever presides must be serving; a
    // cooperation group's chair may be an official (seed 001).
    const Participant* chair = record.participant(record.meeting.chairId);
    const bool chairDecides = chair && isDecisionMaker(chair->kind);
    QList<int> nobody;
    for (int i = 0; i < presiding.size(); ++i) {
        if (presiding[i] == NoId)
            nobody << record.paragraphs[i].number;
        else if (const auto& room = timeline.state(i);
                 !room.present.contains(presiding[i]) || room.jav.contains(presiding[i]) ||
                 (chairDecides && !room.serving.contains(presiding[i])))
            notServing[presiding[i]] << record.paragraphs[i].number;
    }
    QStringList problems;
    if (!nobody.isEmpty())
        problems << AttendanceRulesText::tr(
                        "Nobody presides over %1: choose the chair in the "
                        "meeting's details, or who presides from a paragraph on.")
                        .arg(formatParagraphList(nobody));
    for (auto it = notServing.cbegin(); it != notServing.cend(); ++it) {
        const Participant* who = record.participant(it.key());
        problems << AttendanceRulesText::tr(
                        "%1 presides over %2 but is absent, jävig or not serving there: who "
                        "presides must be present, serving where the chair is a member, and may "
                        "not preside over a matter in which they have a conflict of interest "
                        "(jäv). Name who presided instead (key O in the attendance list).")
                        .arg(who ? who->name : QString(), formatParagraphList(it.value()));
    }
    problems.sort();
    return problems;
}

} // namespace paragraf
