#include "FollowUpService.h"

#include "MeetingService.h"
#include "RosterService.h"
#include "i18n/TrContexts.h"
#include "rules/FollowUpRules.h"
#include "storage/BodyRepository.h"
#include "storage/Database.h"
#include "storage/FollowUpRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/ParagraphRepository.h"
#include "storage/Transaction.h"
#include "text/FollowUpParts.h"

#include <QSet>

namespace paragraf {
namespace {

const Participant* participantOf(const QList<Participant>& participants, Id id) {
    for (const Participant& p : participants)
        if (p.id == id)
            return &p;
    return nullptr;
}

Status checkAssignment(const ParagraphReference& at, const Assignment& a) {
    const int number = at.number;
    if (a.text.trimmed().isEmpty())
        return fail(
            FollowUpText::tr("An assignment at § %1 needs to say what is to be done.").arg(number));
    if (a.holders.isEmpty())
        return fail(FollowUpText::tr("The assignment \"%1\" needs someone to hold it.")
                        .arg(a.text.trimmed()));
    for (const AssignmentHolder& h : a.holders) {
        if (h.name.trimmed().isEmpty())
            return fail(FollowUpText::tr("Every holder of the assignment \"%1\" needs a name.")
                            .arg(a.text.trimmed()));
        if (h.kind != HolderKind::Group && h.refId == NoId)
            return fail(FollowUpText::tr("%1 is neither a person nor an organisation in the file.")
                            .arg(h.name));
    }
    if (a.due.isValid() && a.due < at.meetingDate)
        return fail(FollowUpText::tr("The assignment \"%1\" cannot be due on %2, before the "
                                     "meeting that gives it.")
                        .arg(a.text.trimmed(), a.due.toString(Qt::ISODate)));
    return {};
}

Status checkViewpoint(const QList<Participant>& participants, const Viewpoint& v, int number) {
    if (v.text.trimmed().isEmpty())
        return fail(FollowUpText::tr("A remark at § %1 has no text.").arg(number));
    if (v.speakerIds.isEmpty())
        return fail(
            FollowUpText::tr("The remark \"%1\" needs the one who made it.").arg(v.text.trimmed()));
    QSet<Id> seen;
    for (Id id : v.speakerIds) {
        const Participant* who = participantOf(participants, id);
        if (!who)
            return fail(FollowUpText::tr("The remark \"%1\" names someone who is not at the "
                                         "meeting.")
                            .arg(v.text.trimmed()));
        if (seen.contains(id))
            return fail(FollowUpText::tr("The remark \"%1\" names %2 twice.")
                            .arg(v.text.trimmed(), who->name));
        seen.insert(id);
    }
    return {};
}

} // namespace

// How an assignment ended belongs to the protocol of the meeting that closed it: changed only
// while that protocol may be.
Status FollowUpService::closingMayChange(const AssignmentRow& row) const {
    if (row.closedAt.paragraphId == NoId)
        return {};
    if (auto editable = requireEditableAt(row.closedAt.paragraphId); !editable)
        return fail(FollowUpText::tr("It was closed at %1: %2")
                        .arg(referenceText(row.closedAt), editable.error()));
    return {};
}

Status FollowUpService::requireEditableAt(Id paragraphId) const {
    const auto meetingId =
        ParagraphRepository(m_database.connection()).meetingOfParagraph(paragraphId);
    if (!meetingId)
        return fail(meetingId.error());
    return MeetingService(m_database).requireEditable(meetingId.value());
}

Result<ParagraphReference> FollowUpService::checkMade(Id paragraphId, const FollowUp& made) const {
    const auto& connection = m_database.connection();
    // Only what the checks need: where the paragraph stands, and who is at its meeting.
    const auto at = FollowUpRepository(connection).reference(paragraphId);
    if (!at)
        return fail(at.failure());
    if (auto editable = MeetingService(m_database).requireEditable(at->meetingId); !editable)
        return fail(editable.failure());
    if (!made.viewpoints.isEmpty()) {
        const auto participants = MeetingRepository(connection).participants(at->meetingId);
        if (!participants)
            return fail(participants.failure());
        for (const Viewpoint& v : made.viewpoints)
            if (auto valid = checkViewpoint(participants.value(), v, at->number); !valid)
                return fail(valid.failure());
    }
    for (const Assignment& a : made.assignments)
        if (auto valid = checkAssignment(at.value(), a); !valid)
            return fail(valid.failure());
    for (const Referral& r : made.referrals) {
        if (r.toBodyId == at->bodyId)
            return fail(FollowUpText::tr("A matter is referred to another body than %1 itself.")
                            .arg(at->bodyName));
        if (!BodyRepository(connection).body(r.toBodyId))
            return fail(FollowUpText::tr("The body to refer the matter to is not in the file."));
    }
    return at;
}

Status FollowUpService::setFollowUp(Id paragraphId, const FollowUp& made) {
    if (auto checked = checkMade(paragraphId, made); !checked)
        return fail(checked.failure());
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&]() -> Status {
        return FollowUpRepository(connection).write(paragraphId, made);
    });
}

Result<Id> FollowUpService::addAssignment(Id paragraphId, const Assignment& a, int position) {
    FollowUp made;
    made.assignments << a;
    if (auto checked = checkMade(paragraphId, made); !checked)
        return fail(checked.failure());
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&]() -> Result<Id> {
        return FollowUpRepository(connection).insertAssignment(paragraphId, a, position);
    });
}

Result<Id> FollowUpService::addReferral(Id paragraphId, const Referral& r, int position) {
    FollowUp made;
    made.referrals << r;
    if (auto checked = checkMade(paragraphId, made); !checked)
        return fail(checked.failure());
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&]() -> Result<Id> {
        return FollowUpRepository(connection).insertReferral(paragraphId, r, position);
    });
}

Result<Id> FollowUpService::addViewpoint(Id paragraphId, const Viewpoint& v, int position) {
    FollowUp made;
    made.viewpoints << v;
    if (auto checked = checkMade(paragraphId, made); !checked)
        return fail(checked.failure());
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&]() -> Result<Id> {
        return FollowUpRepository(connection).insertViewpoint(paragraphId, v, position);
    });
}

namespace {
QString changedMeanwhile() {
    return FollowUpText::tr("Someone else changed or removed it in the meantime (another window "
                            "or program); nothing was removed. What the file holds now is shown.");
}
} // namespace

// The item is looked up in what its paragraph holds now, inside the write transaction, so that
// nothing another writer did since the caller read it is undone unseen.
template <typename Item, typename Same>
Status FollowUpService::removeSeen(FollowUpRepository::Kind kind, const Item& seen,
                                   QList<Item> FollowUp::*list, Same same) {
    const auto& connection = m_database.connection();
    FollowUpRepository repository(connection);
    const auto at = repository.paragraphOf(kind, seen.id);
    if (!at)
        return conflict(changedMeanwhile());
    if (auto checked = checkMade(at.value(), {}); !checked)
        return fail(checked.failure());
    return inTransaction(connection, [&]() -> Status {
        const auto stored = repository.madeAt(at.value());
        if (!stored)
            return fail(stored.failure());
        const QList<Item>& items = stored.value().*list;
        const auto found = std::find_if(items.begin(), items.end(),
                                        [&](const Item& item) { return item.id == seen.id; });
        if (found == items.end() || !same(*found, seen))
            return conflict(changedMeanwhile());
        return repository.remove(kind, seen.id);
    });
}

Status FollowUpService::removeAssignment(const Assignment& seen) {
    return removeSeen(FollowUpRepository::Kind::Assignment, seen, &FollowUp::assignments,
                      [](const Assignment& a, const Assignment& b) {
                          return a.text == b.text && a.due == b.due && a.holders == b.holders;
                      });
}

Status FollowUpService::removeReferral(const Referral& seen) {
    return removeSeen(FollowUpRepository::Kind::Referral, seen, &FollowUp::referrals,
                      [](const Referral& a, const Referral& b) {
                          return a.kind == b.kind && a.toBodyId == b.toBodyId && a.note == b.note &&
                                 a.takenUpAt == b.takenUpAt;
                      });
}

Status FollowUpService::removeViewpoint(const Viewpoint& seen) {
    return removeSeen(FollowUpRepository::Kind::Viewpoint, seen, &FollowUp::viewpoints,
                      [](const Viewpoint& a, const Viewpoint& b) {
                          return a.text == b.text && a.speakerIds == b.speakerIds;
                      });
}

Status FollowUpService::closeAssignment(Id assignmentId, const Assignment& ending) {
    if (auto writable = m_database.requireWritable(); !writable)
        return writable;
    const auto& connection = m_database.connection();
    FollowUpRepository repository(connection);
    const auto row = repository.assignment(assignmentId);
    if (!row)
        return fail(row.error());
    if (auto changeable = closingMayChange(row.value()); !changeable)
        return changeable;
    if (ending.status == AssignmentStatus::Open) // open again: nothing of the ending stays
        return inTransaction(
            connection, [&]() -> Status { return repository.close(assignmentId, Assignment{}); });
    if (!ending.closedOn.isValid())
        return fail(FollowUpText::tr("Closing an assignment needs the day it was closed."));
    if (ending.closedAt != NoId) {
        const auto at = repository.reference(ending.closedAt);
        if (!at)
            return fail(at.error());
        if (at->bodyId != row->origin.bodyId || at->meetingDate <= row->origin.meetingDate)
            return fail(
                FollowUpText::tr("An assignment is closed at a later meeting of %1 than "
                                 "the one that gave it (%2).")
                    .arg(row->origin.bodyName, row->origin.meetingDate.toString(Qt::ISODate)));
        if (auto editable = requireEditableAt(ending.closedAt); !editable)
            return editable;
    }
    if (ending.closedOn < row->origin.meetingDate)
        return fail(FollowUpText::tr("An assignment cannot be closed before it was given (%1).")
                        .arg(row->origin.meetingDate.toString(Qt::ISODate)));
    return inTransaction(connection,
                         [&]() -> Status { return repository.close(assignmentId, ending); });
}

Status FollowUpService::reopenAssignment(Id assignmentId) {
    return closeAssignment(assignmentId, Assignment{});
}

Status FollowUpService::takeUp(Id referralId, Id paragraphId) {
    if (auto writable = m_database.requireWritable(); !writable)
        return writable;
    const auto& connection = m_database.connection();
    FollowUpRepository repository(connection);
    const auto row = repository.referral(referralId);
    if (!row)
        return fail(row.error());
    if (row->takenUpAt.paragraphId != NoId)
        if (auto editable = requireEditableAt(row->takenUpAt.paragraphId); !editable)
            return fail(FollowUpText::tr("It was taken up at %1: %2")
                            .arg(referenceText(row->takenUpAt), editable.error()));
    if (paragraphId != NoId) {
        const auto at = repository.reference(paragraphId);
        if (!at)
            return fail(at.error());
        if (at->bodyId != row->referral.toBodyId)
            return fail(FollowUpText::tr("The matter was referred to %1, not to %2.")
                            .arg(row->referral.toBodyName, at->bodyName));
        if (at->meetingDate < row->origin.meetingDate)
            return fail(FollowUpText::tr("The matter is taken up at a meeting after %1.")
                            .arg(row->origin.meetingDate.toString(Qt::ISODate)));
        if (auto editable = requireEditableAt(paragraphId); !editable)
            return editable;
    }
    return inTransaction(
        connection, [&]() -> Status { return repository.setTakenUp(referralId, paragraphId); });
}

Result<QList<AssignmentHolder>>
FollowUpService::holderCandidates(const MeetingRecord& record) const {
    QList<AssignmentHolder> candidates;
    QSet<Id> people;
    for (const Participant& p : record.participants)
        if (!people.contains(p.personId)) {
            people.insert(p.personId);
            candidates << AssignmentHolder{HolderKind::Person, p.personId, p.name};
        }
    const auto roster = RosterService(m_database).rosterOn(record.body.id, record.meeting.date);
    if (!roster)
        return fail(roster.error());
    for (const RosterEntry& e : roster.value())
        if (!people.contains(e.membership.personId)) {
            people.insert(e.membership.personId);
            candidates << AssignmentHolder{HolderKind::Person, e.membership.personId, e.personName};
        }
    const auto organisations = FollowUpRepository(m_database.connection()).organisations();
    if (!organisations)
        return fail(organisations.error());
    return candidates + organisations.value();
}

Result<AssignmentHolder> FollowUpService::holderNamed(const MeetingRecord& record,
                                                      const QString& name) const {
    const QString wanted = name.trimmed();
    const auto candidates = holderCandidates(record);
    if (!candidates)
        return fail(candidates.error());
    for (const AssignmentHolder& h : candidates.value())
        if (h.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return h;
    // "Magnus" or "Mag" for Magnus Aspegren, when no one else at the meeting fits.
    QList<AssignmentHolder> fitting;
    for (const Participant& p : record.participants)
        if (nameStartsWith(p.name, wanted))
            fitting << AssignmentHolder{HolderKind::Person, p.personId, p.name};
    if (fitting.size() == 1)
        return fitting.first();
    // The start of more than one name present is asked about, as for a remark by name, not
    // taken as a group called by those letters.
    if (fitting.size() > 1) {
        QStringList names;
        for (const AssignmentHolder& h : fitting)
            names << h.name;
        return fail(FollowUpText::tr("\"%1\" could be any of %2: type more of the name.")
                        .arg(wanted, names.join(QStringLiteral(", "))));
    }
    return AssignmentHolder{HolderKind::Group, NoId, wanted};
}

Result<QList<ReferralRow>> FollowUpService::referralsTo(Id bodyId) const {
    return FollowUpRepository(m_database.connection()).referralsTo(bodyId);
}

Result<ParagraphReference> FollowUpService::reference(Id paragraphId) const {
    return FollowUpRepository(m_database.connection()).reference(paragraphId);
}

Result<Id> FollowUpService::personNamed(const QString& name) const {
    return FollowUpRepository(m_database.connection()).personNamed(name);
}

Result<QList<AssignmentRow>>
FollowUpService::assignments(const AssignmentSelection& selection) const {
    return FollowUpRepository(m_database.connection()).assignments(selection);
}

Result<MeetingFollowUp> FollowUpService::followUpOf(const Meeting& meeting) const {
    FollowUpRepository repository(m_database.connection());
    // Read with every load of a meeting: a body without follow-up costs one query.
    const auto any = repository.anyCarriedTo(meeting.bodyId);
    if (!any)
        return fail(any.error());
    if (!any.value())
        return MeetingFollowUp{};
    const auto ofBody = repository.assignments({meeting.bodyId, NoId});
    if (!ofBody)
        return fail(ofBody.error());
    const auto referred = repository.referralsTo(meeting.bodyId);
    if (!referred)
        return fail(referred.error());
    MeetingFollowUp followUp;
    followUp.assignments = carriedTo(ofBody.value(), meeting);
    for (const ReferralRow& row : referred.value()) {
        const bool waiting =
            row.takenUpAt.paragraphId == NoId && row.origin.meetingDate <= meeting.date;
        if (waiting || row.takenUpAt.meetingId == meeting.id)
            followUp.incoming << row;
    }
    return followUp;
}

Result<Id> FollowUpService::addFollowUpParagraph(Id meetingId) {
    MeetingService meetings(m_database);
    const auto record = meetings.load(meetingId);
    if (!record)
        return fail(record.error());
    const auto carried = followUpOf(record->meeting);
    if (!carried)
        return fail(carried.error());
    QStringList lines;
    for (const AssignmentRow& row : carried->assignments)
        if (row.assignment.status == AssignmentStatus::Open)
            lines << QStringLiteral("- ") + carriedLine(row);
    Paragraph p;
    p.meetingId = meetingId;
    p.position = static_cast<int>(record->paragraphs.size());
    p.title = QStringLiteral("Uppföljning av uppdrag");
    p.kind = ParagraphKind::Information;
    p.sections << Section{NoId, QStringLiteral("Öppna uppdrag"),
                          lines.isEmpty() ? QStringLiteral("Inga öppna uppdrag.")
                                          : lines.join(QLatin1Char('\n'))};
    return meetings.addParagraph(p);
}

} // namespace paragraf
