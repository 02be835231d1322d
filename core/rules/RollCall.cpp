#include "RollCall.h"

#include "FollowUpRules.h"
#include "i18n/TrContexts.h"

#include <algorithm>
#include <limits>

namespace paragraf {
namespace {

const Participant* find(const QList<Participant>& participants, Id id) {
    for (const auto& p : participants)
        if (p.id == id)
            return &p;
    return nullptr;
}

bool sameParty(const Participant& a, const Participant& b) {
    return !a.party.trimmed().isEmpty() &&
           a.party.trimmed().compare(b.party.trimmed(), Qt::CaseInsensitive) == 0;
}

// The order of calling in: the member's own personal substitute, then the party's order of
// election, then any other substitute of the party in the order of the list.
int callingRank(const Participant& substitute, Id memberId) {
    if (substitute.personalSubstituteOf == memberId)
        return 0;
    if (substitute.electionOrder > 0)
        return substitute.electionOrder;
    return std::numeric_limits<int>::max();
}

// Applies `after` to the working list and records the change once per participant.
void change(QList<Participant>& working, RollCallStep& step, const Participant& after) {
    for (auto& p : working)
        if (p.id == after.id) {
            auto earlier =
                std::find_if(step.changes.begin(), step.changes.end(),
                             [&](const RollCallChange& c) { return c.after.id == p.id; });
            if (earlier != step.changes.end())
                earlier->after = after;
            else
                step.changes.append({p, after});
            p = after;
        }
}

// Calls in the next substitute for the member, or says in the step why nobody came.
void callIn(QList<Participant>& working, RollCallStep& step, Id memberId) {
    const auto next = RollCall::nextSubstitute(working, memberId);
    if (!next) {
        step.noSubstitute = next.error();
        return;
    }
    Participant substitute = *find(working, next.value());
    substitute.presentAtStart = true;
    substitute.servesForAtStart = memberId;
    change(working, step, substitute);
}

} // namespace

namespace RollCall {

QList<RollCallChange> allPresent(const QList<Participant>& participants) {
    QList<RollCallChange> changes;
    for (const auto& p : participants)
        if (isDecisionMaker(p.kind) && !p.presentAtStart) {
            Participant after = p;
            after.presentAtStart = true;
            changes.append({p, after});
        }
    return changes;
}

Result<Id> nextSubstitute(const QList<Participant>& participants, Id memberId) {
    const Participant* member = find(participants, memberId);
    if (!member || member->kind != ParticipantKind::Member)
        return fail(AttendanceRulesText::tr("Only a member is replaced by a substitute."));
    const Participant* best = nullptr;
    int total = 0;
    for (const auto& p : participants) {
        if (p.kind != ParticipantKind::Substitute)
            continue;
        const bool personal = p.personalSubstituteOf == memberId;
        if (!personal && !sameParty(p, *member))
            continue;
        ++total;
        if (!p.presentAtStart || p.servesForAtStart != NoId)
            continue;
        if (!best || callingRank(p, memberId) < callingRank(*best, memberId))
            best = &p;
    }
    if (best)
        return best->id;
    if (member->party.trimmed().isEmpty())
        return fail(AttendanceRulesText::tr("%1 has no party and no personal substitute, so "
                                            "nobody can be called in.")
                        .arg(member->name));
    return fail(AttendanceRulesText::tr("No substitute of %1 is left to call in for %2: all %n "
                                        "of the party's substitutes serve already or are absent.",
                                        nullptr, total)
                    .arg(member->party, member->name));
}

Result<RollCallStep> markAbsent(const QList<Participant>& participants, Id participantId) {
    const Participant* who = find(participants, participantId);
    if (!who || !isDecisionMaker(who->kind))
        return fail(AttendanceRulesText::tr("The roll call is of members and substitutes."));
    QList<Participant> working = participants;
    RollCallStep step;
    Participant absent = *who;
    absent.presentAtStart = false;
    absent.servesForAtStart = NoId;
    change(working, step, absent);
    if (who->kind == ParticipantKind::Member) {
        for (const auto& p : participants)
            if (p.servesForAtStart == who->id)
                return step; // already replaced: nothing more to call in
        callIn(working, step, who->id);
    } else if (who->servesForAtStart != NoId) {
        callIn(working, step, who->servesForAtStart);
    }
    return step;
}

Result<RollCallStep> markPresent(const QList<Participant>& participants, Id participantId) {
    const Participant* who = find(participants, participantId);
    if (!who || !isDecisionMaker(who->kind))
        return fail(AttendanceRulesText::tr("The roll call is of members and substitutes."));
    QList<Participant> working = participants;
    RollCallStep step;
    Participant present = *who;
    present.presentAtStart = true;
    change(working, step, present);
    if (who->kind == ParticipantKind::Member)
        for (const auto& p : participants)
            if (p.servesForAtStart == who->id) {
                Participant free = p;
                free.servesForAtStart = NoId;
                change(working, step, free);
            }
    return step;
}

Result<Id> named(const QList<Participant>& participants, const QString& typed) {
    const QString wanted = typed.trimmed();
    QList<const Participant*> fits;
    for (const auto& p : participants) {
        if (!isDecisionMaker(p.kind))
            continue;
        if (p.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return p.id;
        if (nameStartsWith(p.name, wanted))
            fits << &p;
    }
    if (fits.size() == 1)
        return fits.first()->id;
    if (fits.isEmpty())
        return fail(
            AttendanceRulesText::tr("No member or substitute is named \"%1\".").arg(wanted));
    QStringList names;
    for (const Participant* p : fits)
        names << p->name;
    return fail(AttendanceRulesText::tr("\"%1\" fits %2; write more of the name.")
                    .arg(wanted, names.join(QStringLiteral(", "))));
}

} // namespace RollCall
} // namespace paragraf
