#include "MeetingImporter.h"

#include "FollowUpImport.h"
#include "i18n/TrContexts.h"
#include "services/Numbering.h"
#include "storage/AdjournmentRepository.h"
#include "storage/BodyRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/ParagraphRepository.h"
#include "storage/RulesRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>

namespace paragraf {
namespace {

class Importer {
public:
    Importer(const QSqlDatabase& connection, const MeetingRecord& parsed)
        : m_connection(connection), m_parsed(parsed), m_bodies(connection), m_meetings(connection),
          m_paragraphs(connection) {}

    Result<Id> run() {
        if (auto status = resolveBody(); !status)
            return fail(status.error());
        if (auto status = refuseDuplicate(); !status)
            return fail(status.error());
        Meeting meeting = m_parsed.meeting;
        meeting.bodyId = m_bodyId;
        meeting.chairId = meeting.secretaryId = NoId;
        meeting.adjusterIds.clear();
        // Numbered while still open; an adjusted meeting is locked only once its numbers stand.
        meeting.status = MeetingStatus::Draft;
        const auto meetingId = m_meetings.insertMeeting(meeting);
        if (!meetingId)
            return meetingId;
        if (auto status =
                RulesRepository(m_connection).setMeetingRules(meetingId.value(), m_parsed.rules);
            !status)
            return fail(status.error());
        for (auto step : {&Importer::insertParticipants, &Importer::insertParagraphs,
                          &Importer::insertEvents, &Importer::insertAdjournments})
            if (auto status = (this->*step)(meetingId.value()); !status)
                return fail(status.error());
        meeting.id = meetingId.value();
        meeting.chairId = m_participantIds.value(m_parsed.meeting.chairId);
        meeting.secretaryId = m_participantIds.value(m_parsed.meeting.secretaryId);
        for (Id adjuster : m_parsed.meeting.adjusterIds)
            meeting.adjusterIds << m_participantIds.value(adjuster);
        if (auto status = keepNumbers(meeting); !status)
            return fail(status.error());
        meeting.status = m_parsed.meeting.status;
        if (auto status = m_meetings.updateMeeting(meeting); !status)
            return fail(status.error());
        return meetingId;
    }

private:
    Status resolveBody() {
        const auto found = m_bodies.findBody(m_parsed.body.name);
        if (!found)
            return fail(found.error());
        if (found.value() != NoId) {
            m_bodyId = found.value();
            return takeDetailsIfOnlyNamed();
        }
        const auto created = m_bodies.insertBody(m_parsed.body);
        if (!created)
            return fail(created.error());
        m_bodyId = created.value();
        return {};
    }

    // A body known only by name, because a matter was referred to it, takes its details from
    // its first meeting in the file.
    Status takeDetailsIfOnlyNamed() {
        const auto meetings = MeetingRepository(m_connection).meetingCount(m_bodyId);
        if (!meetings)
            return fail(meetings.error());
        if (meetings.value() > 0)
            return {};
        Body details = m_parsed.body;
        details.id = m_bodyId;
        return m_bodies.updateBody(details);
    }

    Status refuseDuplicate() {
        const auto same =
            MeetingRepository(m_connection)
                .meetingCount(m_bodyId, m_parsed.meeting.date, m_parsed.meeting.start);
        if (!same)
            return fail(same.error());
        if (same.value() > 0)
            return fail(MeetingImporterText::tr(
                            "%1 already has a meeting on %2 at that time; nothing was imported.")
                            .arg(m_parsed.body.name, m_parsed.meeting.date.toString(Qt::ISODate)));
        return {};
    }

    Result<Id> person(const Participant& p) {
        const auto found = m_bodies.findPerson(p.name, p.organisation);
        if (!found)
            return found;
        if (found.value() != NoId)
            return found;
        return m_bodies.insertPerson(p.name);
    }

    Status insertParticipants(Id meetingId) {
        // References between participants point backwards or forwards; insert first, link after.
        for (const auto& p : m_parsed.participants) {
            const auto personId = person(p);
            if (!personId)
                return fail(personId.error());
            Participant copy = p;
            copy.personId = personId.value();
            copy.personalSubstituteOf = copy.servesForAtStart = NoId;
            const auto id = m_meetings.insertParticipant(meetingId, copy);
            if (!id)
                return fail(id.error());
            m_participantIds.insert(p.id, id.value());
            m_personIds.insert(p.id, personId.value());
        }
        for (const auto& p : m_parsed.participants) {
            if (p.personalSubstituteOf == NoId && p.servesForAtStart == NoId)
                continue;
            Participant linked = p;
            linked.id = m_participantIds.value(p.id);
            linked.personId = m_personIds.value(p.id);
            linked.personalSubstituteOf = m_participantIds.value(p.personalSubstituteOf);
            linked.servesForAtStart = m_participantIds.value(p.servesForAtStart);
            if (auto status = m_meetings.updateParticipant(linked); !status)
                return status;
        }
        return {};
    }

    Status insertParagraphs(Id meetingId) {
        int position = 0;
        for (const auto& p : m_parsed.paragraphs) {
            Paragraph copy = p;
            copy.meetingId = meetingId;
            copy.presenterIds.clear();
            for (Id presenter : p.presenterIds)
                copy.presenterIds << m_participantIds.value(presenter);
            copy.proceedings = withParticipantsMapped(p.proceedings, [this](Id participant) {
                return m_participantIds.value(participant);
            });
            FollowUpImport followUp(m_connection, m_parsed.body.name);
            const auto made = followUp.resolve(
                p.followUp, [this](Id participant) { return m_participantIds.value(participant); },
                [this](Id participant) { return m_personIds.value(participant); });
            if (!made)
                return fail(made.error());
            copy.followUp = made.value();
            const auto id = m_paragraphs.appendParagraph(copy, position++);
            if (!id)
                return fail(id.error());
            if (auto status = followUp.link(id.value(), p.followUp); !status)
                return status;
            m_paragraphIds.insert(p.id, id.value());
        }
        return {};
    }

    Status insertEvents(Id meetingId) {
        for (const auto& e : m_parsed.events) {
            AttendanceEvent copy = e;
            copy.participantId = m_participantIds.value(e.participantId);
            copy.forParticipantId = m_participantIds.value(e.forParticipantId);
            copy.paragraphId = m_paragraphIds.value(e.paragraphId);
            if (auto id = m_meetings.insertEvent(meetingId, copy); !id)
                return fail(id.error());
        }
        return {};
    }

    Status insertAdjournments(Id meetingId) {
        AdjournmentRepository adjournments(m_connection);
        for (Adjournment a : m_parsed.adjournments) {
            a.paragraphId = m_paragraphIds.value(a.paragraphId);
            if (auto id = adjournments.insert(meetingId, a); !id)
                return fail(id.error());
        }
        return {};
    }

    // The file's numbers are the protocol's numbers. When this is the body's only meeting that
    // year they set where the year starts; otherwise the year's numbering must agree with them.
    Status keepNumbers(const Meeting& meeting) {
        const int year = meeting.date.year();
        const auto ofYear = m_meetings.meetingsOfYear(m_bodyId, year);
        if (!ofYear)
            return fail(ofYear.error());
        if (ofYear->size() == 1 && !m_parsed.paragraphs.isEmpty())
            if (auto status =
                    m_bodies.setNumberingStart(m_bodyId, year, m_parsed.paragraphs.first().number);
                !status)
                return status;
        if (auto status = renumberYear(m_connection, m_bodyId, year); !status)
            return status;
        const auto stored = m_paragraphs.paragraphs(meeting.id);
        if (!stored)
            return fail(stored.error());
        for (int i = 0; i < stored->size(); ++i)
            if (stored->at(i).number != m_parsed.paragraphs[i].number)
                return fail(
                    MeetingImporterText::tr(
                        "The paragraphs of the file are numbered from %1, but the numbering of "
                        "%2 in %3 gives them %4; nothing was imported.")
                        .arg(m_parsed.paragraphs.first().number)
                        .arg(m_parsed.body.name)
                        .arg(year)
                        .arg(stored->first().number));
        return {};
    }

    QSqlDatabase m_connection;
    const MeetingRecord& m_parsed;
    BodyRepository m_bodies;
    MeetingRepository m_meetings;
    ParagraphRepository m_paragraphs;
    Id m_bodyId = NoId;
    QHash<Id, Id> m_participantIds; // id in the file -> id in the database
    QHash<Id, Id> m_personIds;
    QHash<Id, Id> m_paragraphIds;
};

} // namespace

Result<Id> importMeeting(const Database& database, const MeetingRecord& parsed) {
    if (auto writable = database.requireWritable(); !writable)
        return fail(writable.error());
    return inTransaction(database.connection(), [&]() -> Result<Id> {
        return Importer(database.connection(), parsed).run();
    });
}

} // namespace paragraf
