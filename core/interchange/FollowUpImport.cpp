#include "FollowUpImport.h"

#include "i18n/TrContexts.h"
#include "storage/BodyRepository.h"
#include "storage/FollowUpRepository.h"

namespace paragraf {

Result<Id> FollowUpImport::personNamed(const QString& name) {
    const auto found = FollowUpRepository(m_connection).personNamed(name);
    if (!found || found.value() != NoId)
        return found;
    return BodyRepository(m_connection).insertPerson(name);
}

Result<Id> FollowUpImport::bodyNamed(const QString& name) {
    BodyRepository bodies(m_connection);
    const auto found = bodies.findBody(name);
    if (!found || found.value() != NoId)
        return found;
    Body body;
    body.name = name;
    return bodies.insertBody(body);
}

Result<FollowUp> FollowUpImport::resolve(const FollowUp& parsed,
                                         const std::function<Id(Id)>& participant,
                                         const std::function<Id(Id)>& person) {
    FollowUp f;
    f.assignments = parsed.assignments;
    for (Assignment& a : f.assignments)
        for (AssignmentHolder& h : a.holders) {
            Result<Id> id = NoId;
            if (h.kind == HolderKind::Person)
                id = h.refId != NoId ? Result<Id>(person(h.refId)) : personNamed(h.name);
            else if (h.kind == HolderKind::Organisation)
                id = BodyRepository(m_connection).organisation(h.name, OrganisationKind::Other);
            if (!id)
                return fail(id.error());
            h.refId = id.value();
        }
    f.referrals = parsed.referrals;
    for (Referral& r : f.referrals) {
        if (r.toBodyName == m_ownBody)
            return fail(FollowUpText::tr("A matter is referred to another body than %1 itself.")
                            .arg(m_ownBody));
        const auto body = bodyNamed(r.toBodyName);
        if (!body)
            return fail(body.error());
        r.toBodyId = body.value();
    }
    f.viewpoints = parsed.viewpoints;
    for (Viewpoint& v : f.viewpoints)
        for (Id& speaker : v.speakerIds)
            speaker = participant(speaker);
    return f;
}

Result<Id> FollowUpImport::originRow(const ParagraphReference& origin, int position,
                                     bool assignment) {
    const QString missing =
        (assignment ? MeetingImporterText::tr("Assignment %1 of § %2 of %3 on %4 is not in the "
                                              "database; import that meeting first. Nothing was "
                                              "imported.")
                    : MeetingImporterText::tr("Referral %1 of § %2 of %3 on %4 is not in the "
                                              "database; import that meeting first. Nothing was "
                                              "imported."))
            .arg(position + 1)
            .arg(origin.number)
            .arg(origin.bodyName, origin.meetingDate.toString(Qt::ISODate));
    return FollowUpRepository(m_connection)
        .itemAt(assignment ? FollowUpItemKind::Assignment : FollowUpItemKind::Referral, origin,
                position, missing);
}

Status FollowUpImport::link(Id paragraphId, const FollowUp& parsed) {
    FollowUpRepository repository(m_connection);
    for (const ClosedAssignment& c : parsed.closedHere) {
        const auto id = originRow(c.origin, c.position, true);
        if (!id)
            return fail(id.error());
        Assignment ending = c.assignment;
        ending.closedAt = paragraphId;
        if (auto status = repository.close(id.value(), ending); !status)
            return status;
    }
    for (const IncomingReferral& in : parsed.takenUpHere) {
        const auto id = originRow(in.origin, in.position, false);
        if (!id)
            return fail(id.error());
        if (auto status = repository.setTakenUp(id.value(), paragraphId); !status)
            return status;
    }
    return {};
}

} // namespace paragraf
