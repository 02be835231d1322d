#include "DemoWriter.h"

#include "services/Numbering.h"
#include "services/RosterSnapshot.h"
#include "storage/AdjournmentRepository.h"
#include "storage/ProceedingsRepository.h"
#include "storage/RulesRepository.h"
#include "storage/ScheduleRepository.h"

namespace paragraf {

DemoWriter::DemoWriter(const QSqlDatabase& connection)
    : m_connection(connection), m_bodies(connection), m_meetings(connection),
      m_paragraphs(connection) {}

template <typename T> T DemoWriter::keep(Result<T> result, T fallback) {
    if (!result) {
        if (m_status)
            m_status = fail(result.error());
        return fallback;
    }
    return result.value();
}

Id DemoWriter::body(const Body& body) {
    return m_status ? keep(m_bodies.insertBody(body)) : NoId;
}

Id DemoWriter::organisation(const QString& name, OrganisationKind kind) {
    return m_status ? keep(m_bodies.organisation(name, kind)) : NoId;
}

Id DemoWriter::period(Id bodyId, const QDate& from, const QDate& to) {
    return m_status ? keep(m_bodies.insertMandatePeriod({NoId, bodyId, from, to})) : NoId;
}

Id DemoWriter::seat(Id bodyId, Id periodId, const QString& name, Id organisationId,
                    const QString& party, MemberRole role, const QDate& from, Id forMembership,
                    int electionOrder) {
    if (!m_status)
        return NoId;
    Membership m;
    m.bodyId = bodyId;
    m.personId = person(name);
    m.mandatePeriodId = periodId;
    m.organisationId = organisationId;
    m.party = party;
    m.role = role;
    m.substituteForId = forMembership;
    m.electionOrder = electionOrder;
    m.validFrom = from;
    return keep(m_bodies.insertMembership(m));
}

Id DemoWriter::member(Id bodyId, Id periodId, const QString& name, Id organisationId,
                      const QString& party, MemberRole role, const QDate& from) {
    return seat(bodyId, periodId, name, organisationId, party, role, from, NoId);
}

Id DemoWriter::substitute(Id bodyId, Id periodId, const QString& name, Id organisationId,
                          const QString& party, Id forMembership, const QDate& from) {
    return seat(bodyId, periodId, name, organisationId, party, MemberRole::Substitute, from,
                forMembership);
}

Id DemoWriter::partySubstitute(Id bodyId, Id periodId, const QString& name, Id organisationId,
                               const QString& party, int electionOrder, const QDate& from) {
    return seat(bodyId, periodId, name, organisationId, party, MemberRole::Substitute, from, NoId,
                electionOrder);
}

Id DemoWriter::meeting(const Meeting& meeting) {
    if (!m_status)
        return NoId;
    const Id id = keep(m_meetings.insertMeeting(meeting));
    if (auto status = addRosterParticipants(m_connection, id, meeting.bodyId, meeting.date);
        !status && m_status)
        m_status = status;
    return id;
}

Id DemoWriter::participant(Id meetingId, const QString& name, ParticipantKind kind,
                           const QString& role) {
    if (!m_status)
        return NoId;
    Participant p;
    p.personId = person(name);
    p.name = name;
    p.kind = kind;
    p.roleLabel = role;
    p.presentAtStart = true;
    return keep(m_meetings.insertParticipant(meetingId, p));
}

Id DemoWriter::paragraph(Id meetingId, const QString& title, ParagraphKind kind,
                         const QList<Section>& sections, const QString& decision,
                         const QList<Id>& presenters) {
    if (!m_status)
        return NoId;
    Paragraph p;
    p.meetingId = meetingId;
    p.position = keep(m_paragraphs.count(meetingId));
    p.title = title;
    p.kind = kind;
    p.sections = sections;
    p.decision = decision;
    p.presenterIds = presenters;
    return keep(m_paragraphs.insertParagraph(p));
}

void DemoWriter::event(Id meetingId, AttendanceEvent event) {
    if (m_status)
        keep(m_meetings.insertEvent(meetingId, event));
}

void DemoWriter::adjournment(Id meetingId, const Adjournment& adjournment) {
    if (m_status)
        keep(AdjournmentRepository(m_connection).insert(meetingId, adjournment));
}

void DemoWriter::bodyRules(Id bodyId, const BodyRules& rules) {
    if (m_status)
        if (auto status = RulesRepository(m_connection).setBodyRules(bodyId, rules); !status)
            m_status = status;
}

void DemoWriter::meetingRules(Id meetingId, const MeetingRules& rules) {
    if (m_status)
        if (auto status = RulesRepository(m_connection).setMeetingRules(meetingId, rules); !status)
            m_status = status;
}

void DemoWriter::update(const Meeting& meeting) {
    if (m_status)
        if (auto status = m_meetings.updateMeeting(meeting); !status)
            m_status = status;
}

Id DemoWriter::planned(const ScheduleEntry& entry) {
    return m_status ? keep(ScheduleRepository(m_connection).insert(entry)) : NoId;
}

void DemoWriter::renumber(Id bodyId, int year) {
    if (m_status)
        if (auto status = renumberYear(m_connection, bodyId, year); !status)
            m_status = status;
}

// One read of the meeting's participants per lookup, and an error kept when the name is unknown.
Participant DemoWriter::participantRow(Id meetingId, const QString& name) {
    for (const auto& p : keep(m_meetings.participants(meetingId)))
        if (p.name == name)
            return p;
    if (m_status)
        m_status = fail(QStringLiteral("demo: no participant named ") + name);
    return {};
}

Id DemoWriter::participantNamed(Id meetingId, const QString& name) {
    return participantRow(meetingId, name).id;
}

Id DemoWriter::person(const QString& name) {
    if (!m_people.contains(name))
        m_people.insert(name, keep(m_bodies.insertPerson(name)));
    return m_people.value(name);
}

void DemoWriter::setPresent(Id meetingId, const QStringList& names, bool present) {
    for (const QString& name : names) {
        Participant p = participantRow(meetingId, name);
        p.presentAtStart = present;
        if (m_status)
            if (auto status = m_meetings.updateParticipant(p); !status)
                m_status = status;
    }
}

void DemoWriter::serveFromStart(Id meetingId, const QString& substitute, const QString& member) {
    Participant p = participantRow(meetingId, substitute);
    p.presentAtStart = true;
    p.servesForAtStart = participantNamed(meetingId, member);
    if (m_status)
        if (auto status = m_meetings.updateParticipant(p); !status)
            m_status = status;
}

void DemoWriter::numberingStart(Id bodyId, int year, int firstNumber) {
    if (m_status)
        if (auto status = m_bodies.setNumberingStart(bodyId, year, firstNumber); !status)
            m_status = status;
}

void DemoWriter::proceedings(Id paragraphId, const Proceedings& proceedings) {
    if (m_status)
        if (auto status = ProceedingsRepository(m_connection).write(paragraphId, proceedings);
            !status)
            m_status = status;
}

QList<Participant> DemoWriter::participants(Id meetingId) {
    return m_status ? keep(m_meetings.participants(meetingId)) : QList<Participant>();
}

void DemoWriter::write(const QList<RollCallChange>& changes) {
    for (const auto& change : changes)
        if (m_status)
            if (auto status = m_meetings.updateParticipant(change.after); !status)
                m_status = status;
}

void DemoWriter::rollCall(Id meetingId, const QStringList& absentSubstitutes,
                          const QStringList& absentMembers) {
    write(RollCall::allPresent(participants(meetingId)));
    for (const QString& name : absentSubstitutes + absentMembers) {
        const Id who = participantNamed(meetingId, name);
        if (!m_status)
            return;
        const auto step = RollCall::markAbsent(participants(meetingId), who);
        if (!step) {
            m_status = fail(step.error());
            return;
        }
        write(step.value().changes);
    }
}

} // namespace paragraf
