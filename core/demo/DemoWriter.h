#pragma once

#include "Result.h"
#include "model/Adjournment.h"
#include "model/BodyRules.h"
#include "model/MeetingRecord.h"
#include "model/Membership.h"
#include "model/Organisation.h"
#include "model/ScheduleEntry.h"
#include "rules/RollCall.h"
#include "storage/BodyRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/ParagraphRepository.h"

#include <QHash>
#include <QSqlDatabase>

namespace paragraf {

// Small steps for writing example data inside one transaction. The first failure is kept and
// every later step does nothing, so the builders read as plain lists of facts.
class DemoWriter {
public:
    explicit DemoWriter(const QSqlDatabase& connection);

    Id body(const Body& body);
    Id organisation(const QString& name, OrganisationKind kind);
    Id period(Id bodyId, const QDate& from, const QDate& to);
    // A member (role) with an optional personal substitute; returns the membership id.
    Id member(Id bodyId, Id periodId, const QString& name, Id organisationId, const QString& party,
              MemberRole role, const QDate& from);
    Id substitute(Id bodyId, Id periodId, const QString& name, Id organisationId,
                  const QString& party, Id forMembership, const QDate& from);
    // A substitute called in by party in the order of election (1 first), not personal.
    Id partySubstitute(Id bodyId, Id periodId, const QString& name, Id organisationId,
                       const QString& party, int electionOrder, const QDate& from);
    Id meeting(const Meeting& meeting); // with the roster's participants
    Id participant(Id meetingId, const QString& name, ParticipantKind kind, const QString& role);
    Id paragraph(Id meetingId, const QString& title, ParagraphKind kind,
                 const QList<Section>& sections = {}, const QString& decision = {},
                 const QList<Id>& presenters = {});
    void event(Id meetingId, AttendanceEvent event);
    void adjournment(Id meetingId, const Adjournment& adjournment);
    // The body's reglemente, and the copy a meeting keeps of it (see model/BodyRules.h).
    void bodyRules(Id bodyId, const BodyRules& rules);
    void meetingRules(Id meetingId, const MeetingRules& rules);
    void update(const Meeting& meeting);
    Id planned(const ScheduleEntry& entry);
    void renumber(Id bodyId, int year);
    void numberingStart(Id bodyId, int year, int firstNumber);
    // The motions and the vote of a paragraph, as the desk records them.
    void proceedings(Id paragraphId, const Proceedings& proceedings);
    // The roll call (rules/RollCall.h): every member and substitute present, the named
    // substitutes absent, then each named member absent with the next substitute of the party
    // called in to serve from the start.
    void rollCall(Id meetingId, const QStringList& absentSubstitutes,
                  const QStringList& absentMembers);
    QList<Participant> participants(Id meetingId);

    // The participant of a meeting with this name (members come from the roster).
    Id participantNamed(Id meetingId, const QString& name);
    void setPresent(Id meetingId, const QStringList& names, bool present);
    void serveFromStart(Id meetingId, const QString& substitute, const QString& member);

    Status status() const { return m_status; }

private:
    Id seat(Id bodyId, Id periodId, const QString& name, Id organisationId, const QString& party,
            MemberRole role, const QDate& from, Id forMembership, int electionOrder = 0);
    void write(const QList<RollCallChange>& changes);
    template <typename T> T keep(Result<T> result, T fallback = T());
    Participant participantRow(Id meetingId, const QString& name);
    Id person(const QString& name); // found among those written, or added

    QSqlDatabase m_connection;
    BodyRepository m_bodies;
    MeetingRepository m_meetings;
    ParagraphRepository m_paragraphs;
    Status m_status;
    QHash<QString, Id> m_people;
};

} // namespace paragraf
