#pragma once

#include "DemoWriter.h"

#include <QHash>
#include <QStringList>

namespace paragraf::demo {

// The seats of one party in a body: members, then substitutes in the order of election.
struct PartySeats {
    QString party;
    QStringList members;
    QStringList substitutes; // in the order of election
};

// Writes a body's roster from party lists; the first member named `chair` chairs.
void writePartyRoster(DemoWriter& w, Id bodyId, Id periodId, Id organisationId,
                      const QList<PartySeats>& parties, const QString& chair,
                      const QString& viceChair, const QDate& from);

// One example meeting, built in the order a secretary lives it: the meeting with its roster,
// the officials, the roll call, the paragraphs, the votes. Each step is one line, so that a
// later feature (an adjournment, a chair handing over, a partial signature) is one line more.
class DemoMeeting {
public:
    DemoMeeting(DemoWriter& w, Meeting meeting);

    Id id() const { return m_meeting.id; }
    const Meeting& meeting() const { return m_meeting; }
    Id person(const QString& name) { return m_w.participantNamed(m_meeting.id, name); }

    DemoMeeting& official(const QString& name, const QString& role, bool secretary = false);
    DemoMeeting& chair(const QString& name);
    DemoMeeting& adjusters(const QStringList& names);
    DemoMeeting& rollCall(const QStringList& absentSubstitutes, const QStringList& absentMembers);
    Id paragraph(const QString& title, const QString& text, const QString& decision = {},
                 const QStringList& presenters = {});
    Id information(const QString& title, const QString& text);
    // A named vote between the proposal (yes) and a counter-motion (no): each serving member
    // or substitute votes as their party does (`noParties` no, `abstainParties` abstain, the
    // rest yes).
    void namedVote(Id paragraphId, const QString& proposer, const QString& opponent,
                   const QString& counterMotion, const QStringList& noParties,
                   const QStringList& abstainParties = {});
    // Attendance during the meeting, at the clock time the secretary noted ("10.40"): the
    // participant leaves before the paragraph, presides from it on, or sits it out for jäv.
    void leaves(const QString& name, Id beforeParagraph, const QString& clock);
    void presides(const QString& name, Id fromParagraph);
    void jav(const QString& name, Id paragraphId);
    // An adjournment inside a paragraph or after it (ajournering).
    void adjourn(const QTime& start, const QTime& end, const QString& reason, Id paragraphId,
                 bool within);
    // The meeting's copy of its body's rules.
    DemoMeeting& rules(const MeetingRules& rules);
    // Writes the meeting's details (chair, secretary, adjusters) and renumbers the year.
    Id finish();

private:
    DemoWriter& m_w;
    Meeting m_meeting;
};

} // namespace paragraf::demo
