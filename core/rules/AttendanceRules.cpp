#include "AttendanceRules.h"

#include "AttendanceTimeline.h"
#include "RoomState.h"
#include "i18n/TrContexts.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace paragraf {
namespace {

class Replay {
public:
    Replay(const QList<Participant>& participants) : m_state(RoomState::initial(participants)) {
        for (const auto& p : participants)
            m_participants.insert(p.id, &p);
    }

    Status check(const AttendanceEvent& e) const {
        const Participant* who = m_participants.value(e.participantId);
        if (!who)
            return fail(AttendanceRulesText::tr(
                "An attendance event names a person who is not a participant of the "
                "meeting."));
        switch (e.kind) {
        case AttendanceEventKind::Arrive:
            if (m_state.present.contains(e.participantId))
                return fail(
                    AttendanceRulesText::tr("%1 is already present and cannot arrive again.")
                        .arg(who->name));
            break;
        case AttendanceEventKind::Leave:
            if (!m_state.present.contains(e.participantId))
                return fail(
                    AttendanceRulesText::tr("%1 is not present and cannot leave.").arg(who->name));
            break;
        case AttendanceEventKind::ServeStart:
            return checkServeStart(*who, e);
        case AttendanceEventKind::ServeEnd:
            if (!m_state.substituteFor.contains(e.participantId))
                return fail(AttendanceRulesText::tr(
                                "%1 is not serving as a substitute, so the service cannot end.")
                                .arg(who->name));
            break;
        case AttendanceEventKind::Jav:
            if (e.paragraphId == NoId || !wouldServe(*who))
                return fail(AttendanceRulesText::tr(
                                "%1 does not serve at this paragraph and so cannot sit it out for "
                                "jäv.")
                                .arg(who->name));
            break;
        case AttendanceEventKind::Preside:
            if (e.paragraphId == NoId)
                return fail(AttendanceRulesText::tr(
                                "%1 cannot take the chair after the last paragraph; the chair "
                                "changes hands from a paragraph on.")
                                .arg(who->name));
            return checkPresides(*who);
        }
        return {};
    }

    void apply(const AttendanceEvent& e) { m_state.apply(e); }

private:
    bool wouldServe(const Participant& who) const {
        if (!m_state.present.contains(who.id))
            return false;
        if (who.kind == ParticipantKind::Member)
            return !m_state.isReplaced(who.id);
        return m_state.substituteFor.contains(who.id);
    }

    // Who takes the chair is in the room, and a substitute only while serving; a guest never.
    Status checkPresides(const Participant& who) const {
        const bool serving =
            who.kind != ParticipantKind::Substitute || m_state.substituteFor.contains(who.id);
        if (m_state.present.contains(who.id) && serving && who.kind != ParticipantKind::Guest)
            return {};
        return fail(AttendanceRulesText::tr("%1 cannot take the chair here: who presides must be "
                                            "present, a substitute only while serving, and not a "
                                            "guest.")
                        .arg(who.name));
    }

    Status checkServeStart(const Participant& who, const AttendanceEvent& e) const {
        const Participant* member = m_participants.value(e.forParticipantId);
        if (who.kind != ParticipantKind::Substitute)
            return fail(AttendanceRulesText::tr(
                            "Only a substitute can serve for a member; %1 is not a substitute.")
                            .arg(who.name));
        if (!member || member->kind != ParticipantKind::Member)
            return fail(
                AttendanceRulesText::tr("%1 must serve for a member of the body.").arg(who.name));
        if (!m_state.present.contains(who.id))
            return fail(AttendanceRulesText::tr("%1 must be present to serve.").arg(who.name));
        if (m_state.substituteFor.contains(who.id))
            return fail(
                AttendanceRulesText::tr("%1 already serves for someone; end that service first.")
                    .arg(who.name));
        if (m_state.isReplaced(member->id))
            return fail(AttendanceRulesText::tr("%1 is already replaced by another substitute.")
                            .arg(member->name));
        return {};
    }

    RoomState m_state;
    QHash<Id, const Participant*> m_participants;
};

Status checkServesAtStart(const QList<Participant>& participants) {
    QSet<Id> replaced;
    for (const auto& p : participants) {
        if (p.servesForAtStart == NoId)
            continue;
        if (p.kind != ParticipantKind::Substitute || !p.presentAtStart)
            return fail(
                AttendanceRulesText::tr(
                    "%1 serves from the start but is not a substitute present at the start.")
                    .arg(p.name));
        if (replaced.contains(p.servesForAtStart))
            return fail(AttendanceRulesText::tr(
                "Two substitutes serve for the same member from the start."));
        replaced.insert(p.servesForAtStart);
    }
    return {};
}

// Whether the member serves at the state, counting a paragraph sat out for jäv as served.
bool servesOrSitsOut(const ParagraphAttendance& state, Id memberId) {
    return state.serving.contains(memberId) || state.jav.contains(memberId);
}

bool someoneServesFor(const ParagraphAttendance& state, Id memberId) {
    for (auto it = state.substituteFor.cbegin(); it != state.substituteFor.cend(); ++it)
        if (it.value() == memberId)
            return true;
    return false;
}

Status resumptionRefused(const Participant& member, bool replaced) {
    if (replaced)
        return fail(AttendanceRulesText::tr("%1 stopped serving and cannot resume in the same "
                                            "meeting (no växeltjänstgöring): a substitute served "
                                            "in their place meanwhile; only a paragraph sat out "
                                            "for jäv may interrupt a member's service.")
                        .arg(member.name));
    return fail(AttendanceRulesText::tr(
                    "%1 stopped serving and cannot resume in the same meeting (no "
                    "växeltjänstgöring); only a paragraph sat out for jäv may interrupt "
                    "a member's service. If the body's arbetsordning lets a member who "
                    "left serve again when no substitute stepped in, turn on \"A member "
                    "who left may serve again\" in the body's rules (Body → Rules).")
                    .arg(member.name));
}

// No växeltjänstgöring: a member's serving paragraphs, counting those sat out for jäv as served,
// must form one unbroken run. A body whose arbetsordning lets a member who left serve again
// (rejoinAllowed) accepts a gap in which no substitute served for them. Visits each state of the
// room once (the timeline's changes), not every paragraph: a key at the desk runs this.
Status checkNoResumption(const QList<Participant>& participants, const AttendanceTimeline& timeline,
                         bool rejoinAllowed) {
    for (const auto& p : participants) {
        if (p.kind != ParticipantKind::Member)
            continue;
        bool served = false, inGap = false, replacedInGap = false;
        for (int change : timeline.changes()) {
            const ParagraphAttendance& state = timeline.state(change);
            if (servesOrSitsOut(state, p.id)) {
                if (inGap && (replacedInGap || !rejoinAllowed))
                    return resumptionRefused(p, replacedInGap);
                served = true;
                inGap = replacedInGap = false;
            } else if (served) {
                inGap = true;
                replacedInGap = replacedInGap || someoneServesFor(state, p.id);
            }
        }
    }
    return {};
}

// Whether every event's paragraph is one of the meeting's. A meeting has many paragraphs and few
// events: the events' paragraphs are the set, the paragraphs are walked once.
bool allInMeeting(const QList<AttendanceEvent>& events, const QList<Id>& paragraphOrder) {
    QSet<Id> missing;
    for (const auto& e : events)
        if (e.paragraphId != NoId)
            missing.insert(e.paragraphId);
    for (auto it = paragraphOrder.cbegin(); it != paragraphOrder.cend() && !missing.isEmpty(); ++it)
        missing.remove(*it);
    return missing.isEmpty();
}

// One person takes the chair at a paragraph; two handovers at the same boundary contradict.
Status checkOneHandoverPerParagraph(const QList<AttendanceEvent>& events) {
    QSet<Id> handovers;
    for (const auto& e : events) {
        if (e.kind != AttendanceEventKind::Preside)
            continue;
        if (handovers.contains(e.paragraphId))
            return fail(AttendanceRulesText::tr(
                "Two people cannot take the chair at the same paragraph; one presides at a time."));
        handovers.insert(e.paragraphId);
    }
    return {};
}

} // namespace

Status validateAttendance(const QList<Participant>& participants,
                          const QList<AttendanceEvent>& events, const QList<Id>& paragraphOrder,
                          bool rejoinAllowed, AttendanceTimeline* derived) {
    if (auto status = checkServesAtStart(participants); !status)
        return status;
    if (auto status = checkOneHandoverPerParagraph(events); !status)
        return status;
    if (!allInMeeting(events, paragraphOrder))
        return fail(AttendanceRulesText::tr(
            "An attendance event refers to a paragraph that is not in the meeting."));

    const auto timeline = AttendanceTimeline::derive(participants, events, paragraphOrder);
    const auto boundaries = eventsByBoundary(events);
    Replay replay(participants);
    // Most boundaries have no events: look each up, copy nothing.
    const auto replayAt = [&](Id boundary) -> Status {
        const auto at = boundaries.constFind(boundary);
        if (at == boundaries.cend())
            return {};
        for (const auto& e : *at) {
            if (auto status = replay.check(e); !status)
                return status;
            replay.apply(e);
        }
        return {};
    };
    for (Id boundary : paragraphOrder)
        if (auto status = replayAt(boundary); !status)
            return status;
    if (auto status = replayAt(NoId); !status)
        return status;
    if (auto status = checkNoResumption(participants, timeline, rejoinAllowed); !status)
        return status;
    if (derived)
        *derived = timeline;
    return {};
}

} // namespace paragraf
