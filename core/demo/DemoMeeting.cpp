#include "DemoMeeting.h"

#include <QSet>

namespace paragraf::demo {

void writePartyRoster(DemoWriter& w, Id bodyId, Id periodId, Id organisationId,
                      const QList<PartySeats>& parties, const QString& chair,
                      const QString& viceChair, const QDate& from) {
    for (const PartySeats& seats : parties)
        for (const QString& name : seats.members)
            w.member(bodyId, periodId, name, organisationId, seats.party,
                     name == chair       ? MemberRole::Chair
                     : name == viceChair ? MemberRole::FirstViceChair
                                         : MemberRole::Member,
                     from);
    for (const PartySeats& seats : parties)
        for (int i = 0; i < seats.substitutes.size(); ++i)
            w.partySubstitute(bodyId, periodId, seats.substitutes[i], organisationId, seats.party,
                              i + 1, from);
}

DemoMeeting::DemoMeeting(DemoWriter& w, Meeting meeting) : m_w(w), m_meeting(std::move(meeting)) {
    m_meeting.id = m_w.meeting(m_meeting);
}

DemoMeeting& DemoMeeting::official(const QString& name, const QString& role, bool secretary) {
    const Id id = m_w.participant(m_meeting.id, name, ParticipantKind::Official, role);
    if (secretary)
        m_meeting.secretaryId = id;
    return *this;
}

DemoMeeting& DemoMeeting::chair(const QString& name) {
    m_meeting.chairId = person(name);
    return *this;
}

DemoMeeting& DemoMeeting::adjusters(const QStringList& names) {
    m_meeting.adjusterIds.clear();
    for (const QString& name : names)
        m_meeting.adjusterIds << person(name);
    return *this;
}

DemoMeeting& DemoMeeting::rollCall(const QStringList& absentSubstitutes,
                                   const QStringList& absentMembers) {
    m_w.rollCall(m_meeting.id, absentSubstitutes, absentMembers);
    return *this;
}

Id DemoMeeting::paragraph(const QString& title, const QString& text, const QString& decision,
                          const QStringList& presenters) {
    QList<Id> ids;
    for (const QString& name : presenters)
        ids << person(name);
    return m_w.paragraph(m_meeting.id, title, ParagraphKind::Decision,
                         {{NoId, QStringLiteral("Bakgrund"), text}}, decision, ids);
}

Id DemoMeeting::information(const QString& title, const QString& text) {
    return m_w.paragraph(m_meeting.id, title, ParagraphKind::Information,
                         {{NoId, QString(), text}});
}

void DemoMeeting::namedVote(Id paragraphId, const QString& proposer, const QString& opponent,
                            const QString& counterMotion, const QStringList& noParties,
                            const QStringList& abstainParties) {
    Proceedings p;
    p.motions << Motion{person(proposer), MotionKind::Approval, QString(), {}, false, 1};
    p.motions << Motion{person(opponent), MotionKind::Amendment, counterMotion, {}, false, 2};
    p.vote.held = true;
    p.vote.yesMotion = 0;
    p.vote.noMotion = 1;
    // The roll call set who serves from the start; these meetings change nothing later.
    QSet<Id> replaced;
    const auto everyone = m_w.participants(m_meeting.id);
    for (const Participant& s : everyone)
        if (s.servesForAtStart != NoId)
            replaced.insert(s.servesForAtStart);
    for (const Participant& s : everyone) {
        const bool serves = s.kind == ParticipantKind::Member
                                ? s.presentAtStart && !replaced.contains(s.id)
                                : s.servesForAtStart != NoId;
        if (!serves)
            continue;
        p.vote.named.insert(s.id, noParties.contains(s.party)        ? VoteChoice::No
                                  : abstainParties.contains(s.party) ? VoteChoice::Abstain
                                                                     : VoteChoice::Yes);
    }
    m_w.proceedings(paragraphId, p);
}

void DemoMeeting::leaves(const QString& name, Id beforeParagraph, const QString& clock) {
    m_w.event(id(), {NoId, person(name), AttendanceEventKind::Leave, beforeParagraph, NoId, clock});
}

void DemoMeeting::presides(const QString& name, Id fromParagraph) {
    m_w.event(id(), {NoId, person(name), AttendanceEventKind::Preside, fromParagraph, NoId, {}});
}

void DemoMeeting::jav(const QString& name, Id paragraphId) {
    m_w.event(id(), {NoId, person(name), AttendanceEventKind::Jav, paragraphId, NoId, {}});
}

void DemoMeeting::adjourn(const QTime& start, const QTime& end, const QString& reason,
                          Id paragraphId, bool within) {
    m_w.adjournment(id(), {NoId, start, end, reason, paragraphId, within});
}

DemoMeeting& DemoMeeting::rules(const MeetingRules& rules) {
    m_w.meetingRules(id(), rules);
    return *this;
}

Id DemoMeeting::finish() {
    m_w.update(m_meeting);
    m_w.renumber(m_meeting.bodyId, m_meeting.date.year());
    return m_meeting.id;
}

} // namespace paragraf::demo
