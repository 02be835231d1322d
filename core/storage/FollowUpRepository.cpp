#include "FollowUpRepository.h"

#include "SqlQuery.h"
#include "i18n/TrContexts.h"
#include "model/Codes.h"

#include <QHash>

namespace paragraf {
namespace {

// Columns of the views assignment_row and referral_row (migration 0007).
enum AssignmentColumn {
    AId,
    AParagraph,
    APosition,
    AText,
    ADueDate,
    AStatus,
    ANote,
    AClosedOn,
    AClosedAt,
    AOrigin, // six columns: meeting, body, body name, date, number, title
    ADueOn = AOrigin + 6,
    AClosing // the same six of the closing paragraph
};
enum ReferralColumn {
    RId,
    RParagraph,
    RPosition,
    RKind,
    RToBody,
    RToBodyName,
    RNote,
    RTakenUpAt,
    ROrigin,
    RTakenUp = ROrigin + 6
};

ParagraphReference referenceAt(const SqlQuery& q, int paragraphColumn, int first) {
    ParagraphReference r;
    if (q.value(first).isNull())
        return r;
    r.paragraphId = q.valueId(paragraphColumn);
    r.meetingId = q.valueId(first);
    r.bodyId = q.valueId(first + 1);
    r.bodyName = q.text(first + 2);
    r.meetingDate = QDate::fromString(q.text(first + 3), Qt::ISODate);
    r.number = q.value(first + 4).toInt();
    r.title = q.text(first + 5);
    return r;
}

AssignmentRow readAssignment(const SqlQuery& q) {
    AssignmentRow row;
    Assignment& a = row.assignment;
    a.id = q.valueId(AId);
    a.text = q.text(AText);
    a.due = QDate::fromString(q.text(ADueDate), Qt::ISODate);
    a.status = enumFromCode<AssignmentStatus>(q.text(AStatus)).value_or(AssignmentStatus::Open);
    a.note = q.text(ANote);
    a.closedOn = QDate::fromString(q.text(AClosedOn), Qt::ISODate);
    a.closedAt = q.value(AClosedAt).isNull() ? NoId : q.valueId(AClosedAt);
    row.origin = referenceAt(q, AParagraph, AOrigin);
    row.dueOn = QDate::fromString(q.text(ADueOn), Qt::ISODate);
    row.closedAt = referenceAt(q, AClosedAt, AClosing);
    row.position = q.value(APosition).toInt();
    return row;
}

ReferralRow readReferral(const SqlQuery& q) {
    ReferralRow row;
    Referral& r = row.referral;
    r.id = q.valueId(RId);
    r.kind = enumFromCode<ReferralKind>(q.text(RKind)).value_or(ReferralKind::Refer);
    r.toBodyId = q.valueId(RToBody);
    r.toBodyName = q.text(RToBodyName);
    r.note = q.text(RNote);
    r.takenUpAt = q.value(RTakenUpAt).isNull() ? NoId : q.valueId(RTakenUpAt);
    row.origin = referenceAt(q, RParagraph, ROrigin);
    row.takenUpAt = referenceAt(q, RTakenUpAt, RTakenUp);
    row.position = q.value(RPosition).toInt();
    return row;
}

struct HolderRow {
    Id assignmentId;
    AssignmentHolder holder;
};

HolderRow readHolder(const SqlQuery& q) {
    HolderRow row{q.valueId(0), {}};
    if (!q.value(1).isNull())
        row.holder = {HolderKind::Person, q.valueId(1), q.text(3)};
    else if (!q.value(2).isNull())
        row.holder = {HolderKind::Organisation, q.valueId(2), q.text(3)};
    else
        row.holder = {HolderKind::Group, NoId, q.text(3)};
    return row;
}

// Rows kept by the new list (by id) and those to delete.
template <typename Item> QList<Id> missingFrom(const QList<Id>& stored, const QList<Item>& items) {
    QList<Id> missing;
    for (Id id : stored)
        if (std::none_of(items.begin(), items.end(), [id](const Item& i) { return i.id == id; }))
            missing << id;
    return missing;
}

} // namespace

namespace {

// The statements that make room for a paragraph's new list of one kind, written out whole.
struct ListStatements {
    const char* ids;    // SELECT id … WHERE paragraph_id = :p
    const char* remove; // DELETE … WHERE id = :id
    const char* park;   // UPDATE … SET position = -1 - position WHERE paragraph_id = :p
};

const ListStatements assignmentStatements{
    "SELECT id FROM assignment WHERE paragraph_id = :p", "DELETE FROM assignment WHERE id = :id",
    "UPDATE assignment SET position = -1 - position WHERE paragraph_id = :p"};
const ListStatements referralStatements{
    "SELECT id FROM referral WHERE paragraph_id = :p", "DELETE FROM referral WHERE id = :id",
    "UPDATE referral SET position = -1 - position WHERE paragraph_id = :p"};

// The ids stored for the paragraph, after deleting those the new list no longer has and moving
// the positions of the rest out of the way, so that writing the new order never meets UNIQUE.
template <typename Item>
Result<QList<Id>> makeRoom(const QSqlDatabase& connection, const ListStatements& statements,
                           Id paragraphId, const QList<Item>& items) {
    SqlQuery ids(connection, QLatin1String(statements.ids));
    const auto stored = ids.bind(QStringLiteral(":p"), paragraphId).collect([](const SqlQuery& q) {
        return q.valueId(0);
    });
    if (!stored)
        return stored;
    for (Id id : missingFrom(stored.value(), items)) {
        SqlQuery remove(connection, QLatin1String(statements.remove));
        if (auto status = remove.bind(QStringLiteral(":id"), id).exec(); !status)
            return fail(status.error());
    }
    SqlQuery park(connection, QLatin1String(statements.park));
    if (auto status = park.bind(QStringLiteral(":p"), paragraphId).exec(); !status)
        return fail(status.error());
    return stored;
}

} // namespace

Status FollowUpRepository::write(Id paragraphId, const FollowUp& made) {
    if (auto status = writeAssignments(paragraphId, made.assignments); !status)
        return status;
    if (auto status = writeReferrals(paragraphId, made.referrals); !status)
        return status;
    return writeViewpoints(paragraphId, made.viewpoints);
}

Status FollowUpRepository::writeAssignments(Id paragraphId, const QList<Assignment>& assignments) {
    const auto stored = makeRoom(m_connection, assignmentStatements, paragraphId, assignments);
    if (!stored)
        return fail(stored.error());
    for (int i = 0; i < assignments.size(); ++i) {
        const Assignment& a = assignments[i];
        Id id = a.id;
        if (stored->contains(id)) {
            SqlQuery update(m_connection,
                            QStringLiteral("UPDATE assignment SET position = :pos, text = :text, "
                                           "due_date = :due WHERE id = :id"));
            update.bind(QStringLiteral(":pos"), i)
                .bind(QStringLiteral(":text"), a.text)
                .bind(QStringLiteral(":due"), isoDate(a.due))
                .bind(QStringLiteral(":id"), id);
            if (auto status = update.exec(); !status)
                return status;
        } else {
            SqlQuery insert(m_connection,
                            QStringLiteral("INSERT INTO assignment (paragraph_id, position, text, "
                                           "due_date, status, status_note, closed_on, closed_at) "
                                           "VALUES (:p, :pos, :text, :due, :status, :note, "
                                           ":closedOn, :closedAt) RETURNING id"));
            insert.bind(QStringLiteral(":p"), paragraphId)
                .bind(QStringLiteral(":pos"), i)
                .bind(QStringLiteral(":text"), a.text)
                .bind(QStringLiteral(":due"), isoDate(a.due))
                .bind(QStringLiteral(":status"), codeOf(a.status))
                .bind(QStringLiteral(":note"), a.note)
                .bind(QStringLiteral(":closedOn"), isoDate(a.closedOn))
                .bind(QStringLiteral(":closedAt"), nullIfNone(a.closedAt));
            if (auto status = insert.exec(); !status)
                return status;
            id = insert.lastInsertId();
        }
        if (auto status = writeHolders(id, a.holders); !status)
            return status;
    }
    return {};
}

Status FollowUpRepository::writeHolders(Id assignmentId, const QList<AssignmentHolder>& holders) {
    SqlQuery stored(m_connection, QStringLiteral("SELECT assignment_id, person_id, "
                                                 "organisation_id, name FROM assignment_holder "
                                                 "WHERE assignment_id = :a ORDER BY position"));
    const auto before = stored.bind(QStringLiteral(":a"), assignmentId).collect(readHolder);
    if (!before)
        return fail(before.error());
    QList<AssignmentHolder> unchanged;
    for (const auto& row : before.value())
        unchanged << row.holder;
    if (unchanged == holders) // an adjusted protocol's holders are never rewritten
        return {};
    SqlQuery remove(m_connection,
                    QStringLiteral("DELETE FROM assignment_holder WHERE assignment_id = :a"));
    if (auto status = remove.bind(QStringLiteral(":a"), assignmentId).exec(); !status)
        return status;
    for (int i = 0; i < holders.size(); ++i) {
        const AssignmentHolder& h = holders[i];
        SqlQuery insert(m_connection,
                        QStringLiteral("INSERT INTO assignment_holder (assignment_id, position, "
                                       "person_id, organisation_id, name) VALUES (:a, :pos, "
                                       ":person, :organisation, :name)"));
        insert.bind(QStringLiteral(":a"), assignmentId)
            .bind(QStringLiteral(":pos"), i)
            .bind(QStringLiteral(":person"),
                  h.kind == HolderKind::Person ? nullIfNone(h.refId) : QVariant())
            .bind(QStringLiteral(":organisation"),
                  h.kind == HolderKind::Organisation ? nullIfNone(h.refId) : QVariant())
            .bind(QStringLiteral(":name"), h.name.trimmed());
        if (auto status = insert.exec(); !status)
            return status;
    }
    return {};
}

Status FollowUpRepository::writeReferrals(Id paragraphId, const QList<Referral>& referrals) {
    const auto stored = makeRoom(m_connection, referralStatements, paragraphId, referrals);
    if (!stored)
        return fail(stored.error());
    for (int i = 0; i < referrals.size(); ++i) {
        const Referral& r = referrals[i];
        const bool kept = stored->contains(r.id);
        SqlQuery write(m_connection,
                       kept ? QStringLiteral("UPDATE referral SET position = :pos, kind = :kind, "
                                             "to_body_id = :body, note = :note WHERE id = :id")
                            : QStringLiteral("INSERT INTO referral (paragraph_id, position, kind, "
                                             "to_body_id, note, taken_up_at) VALUES (:p, :pos, "
                                             ":kind, :body, :note, :takenUp)"));
        write.bind(QStringLiteral(":pos"), i)
            .bind(QStringLiteral(":kind"), codeOf(r.kind))
            .bind(QStringLiteral(":body"), r.toBodyId)
            .bind(QStringLiteral(":note"), r.note);
        if (kept)
            write.bind(QStringLiteral(":id"), r.id);
        else
            write.bind(QStringLiteral(":p"), paragraphId)
                .bind(QStringLiteral(":takenUp"), nullIfNone(r.takenUpAt));
        if (auto status = write.exec(); !status)
            return status;
    }
    return {};
}

Status FollowUpRepository::writeViewpoints(Id paragraphId, const QList<Viewpoint>& viewpoints) {
    // Remarks have nothing recorded after the meeting: they are written whole.
    SqlQuery remove(m_connection, QStringLiteral("DELETE FROM viewpoint WHERE paragraph_id = :p"));
    if (auto status = remove.bind(QStringLiteral(":p"), paragraphId).exec(); !status)
        return status;
    for (int i = 0; i < viewpoints.size(); ++i) {
        SqlQuery insert(m_connection,
                        QStringLiteral("INSERT INTO viewpoint (paragraph_id, "
                                       "position, text) VALUES (:p, :pos, :text) RETURNING id"));
        insert.bind(QStringLiteral(":p"), paragraphId)
            .bind(QStringLiteral(":pos"), i)
            .bind(QStringLiteral(":text"), viewpoints[i].text);
        if (auto status = insert.exec(); !status)
            return status;
        if (auto status = writeSpeakers(insert.lastInsertId(), viewpoints[i].speakerIds); !status)
            return status;
    }
    return {};
}

Status FollowUpRepository::writeSpeakers(Id viewpointId, const QList<Id>& speakers) {
    for (int s = 0; s < speakers.size(); ++s) {
        SqlQuery speaker(m_connection,
                         QStringLiteral("INSERT INTO viewpoint_speaker (viewpoint_id, "
                                        "position, participant_id) VALUES (:v, :pos, :who)"));
        speaker.bind(QStringLiteral(":v"), viewpointId)
            .bind(QStringLiteral(":pos"), s)
            .bind(QStringLiteral(":who"), speakers[s]);
        if (auto status = speaker.exec(); !status)
            return status;
    }
    return {};
}

// Each query goes from the meeting's paragraphs through an index; a meeting without any
// follow-up (most of a file's history) costs the one query that says so. One join per column
// (not an OR within one subquery): an OR kept the server from its indexes, and it ran three
// subqueries for each of the meeting's paragraphs (0.16–0.27 ms at 200 paragraphs).
Status FollowUpRepository::loadInto(Id meetingId, QList<Paragraph>& paragraphs) const {
    SqlQuery any(m_connection,
                 QStringLiteral(
                     "SELECT EXISTS (SELECT 1 FROM paragraph p JOIN assignment a ON a.paragraph_id "
                     "= p.id WHERE p.meeting_id = :m) OR EXISTS (SELECT 1 FROM paragraph p JOIN "
                     "assignment a ON a.closed_at = p.id WHERE p.meeting_id = :m) OR EXISTS "
                     "(SELECT 1 FROM paragraph p JOIN referral r ON r.paragraph_id = p.id WHERE "
                     "p.meeting_id = :m) OR EXISTS (SELECT 1 FROM paragraph p JOIN referral r ON "
                     "r.taken_up_at = p.id WHERE p.meeting_id = :m) OR EXISTS (SELECT 1 FROM "
                     "paragraph p JOIN viewpoint v ON v.paragraph_id = p.id WHERE p.meeting_id = "
                     ":m)"));
    const auto found =
        any.bind(QStringLiteral(":m"), meetingId)
            .first([](const SqlQuery& q) { return q.value(0).toInt() != 0; }, QString());
    if (!found)
        return fail(found.error());
    if (!found.value())
        return {};
    QHash<Id, FollowUp*> byParagraph;
    for (Paragraph& p : paragraphs)
        byParagraph.insert(p.id, &p.followUp);
    if (auto status = loadMade(meetingId, byParagraph); !status)
        return status;
    if (auto status = loadViewpoints(meetingId, byParagraph); !status)
        return status;
    return loadDoneHere(meetingId, byParagraph);
}

Status FollowUpRepository::loadMade(Id meetingId, QHash<Id, FollowUp*>& byParagraph) const {
    SqlQuery made(m_connection, QStringLiteral("SELECT * FROM assignment_row WHERE "
                                               "paragraph_id IN (SELECT id FROM paragraph WHERE "
                                               "meeting_id = :m) ORDER BY paragraph_id, "
                                               "position"));
    const auto assignments = made.bind(QStringLiteral(":m"), meetingId).collect(readAssignment);
    if (!assignments)
        return fail(assignments.error());
    for (const AssignmentRow& row : assignments.value())
        if (FollowUp* f = byParagraph.value(row.origin.paragraphId))
            f->assignments << row.assignment;
    // Addresses are taken once every list is complete: appending may move a list's items.
    QHash<Id, Assignment*> byId;
    for (FollowUp* f : byParagraph)
        for (Assignment& a : f->assignments)
            byId.insert(a.id, &a);
    if (auto status = loadHolders(
            QStringLiteral("SELECT h.assignment_id, h.person_id, h.organisation_id, h.name FROM "
                           "assignment_holder h JOIN assignment a ON a.id = h.assignment_id JOIN "
                           "paragraph p ON p.id = a.paragraph_id WHERE p.meeting_id = :m ORDER "
                           "BY h.assignment_id, h.position"),
            meetingId, [&byId](Id id) { return byId.value(id); });
        !status)
        return status;
    SqlQuery referrals(m_connection, QStringLiteral("SELECT * FROM referral_row WHERE "
                                                    "paragraph_id IN (SELECT id FROM paragraph "
                                                    "WHERE meeting_id = :m) ORDER BY "
                                                    "paragraph_id, position"));
    const auto rows = referrals.bind(QStringLiteral(":m"), meetingId).collect(readReferral);
    if (!rows)
        return fail(rows.error());
    for (const ReferralRow& row : rows.value())
        if (FollowUp* f = byParagraph.value(row.origin.paragraphId))
            f->referrals << row.referral;
    return {};
}

Status FollowUpRepository::loadHolders(const QString& sql, Id bindId,
                                       const std::function<Assignment*(Id)>& assignmentOf) const {
    SqlQuery query(m_connection, sql);
    const auto holders = query.bind(QStringLiteral(":m"), bindId).collect(readHolder);
    if (!holders)
        return fail(holders.error());
    for (const HolderRow& row : holders.value())
        if (Assignment* a = assignmentOf(row.assignmentId))
            a->holders << row.holder;
    return {};
}

Status FollowUpRepository::loadViewpoints(Id meetingId, QHash<Id, FollowUp*>& byParagraph) const {
    SqlQuery query(m_connection,
                   QStringLiteral("SELECT v.id, v.paragraph_id, v.text, s.participant_id FROM "
                                  "viewpoint v JOIN paragraph p ON p.id = v.paragraph_id LEFT "
                                  "JOIN viewpoint_speaker s ON s.viewpoint_id = v.id WHERE "
                                  "p.meeting_id = :m ORDER BY v.paragraph_id, v.position, "
                                  "s.position"));
    if (auto status = query.bind(QStringLiteral(":m"), meetingId).exec(); !status)
        return status;
    while (query.next()) {
        FollowUp* f = byParagraph.value(query.valueId(1));
        if (!f)
            continue;
        if (f->viewpoints.isEmpty() || f->viewpoints.last().id != query.valueId(0))
            f->viewpoints << Viewpoint{query.valueId(0), {}, query.text(2)};
        if (!query.value(3).isNull())
            f->viewpoints.last().speakerIds << query.valueId(3);
    }
    return {};
}

Status FollowUpRepository::loadDoneHere(Id meetingId, QHash<Id, FollowUp*>& byParagraph) const {
    SqlQuery closed(m_connection, QStringLiteral("SELECT * FROM assignment_row WHERE "
                                                 "closed_at IN (SELECT id FROM paragraph WHERE "
                                                 "meeting_id = :m) ORDER BY closed_at, "
                                                 "origin_date, origin_number, position"));
    const auto rows = closed.bind(QStringLiteral(":m"), meetingId).collect(readAssignment);
    if (!rows)
        return fail(rows.error());
    for (const AssignmentRow& row : rows.value())
        if (FollowUp* f = byParagraph.value(row.assignment.closedAt))
            f->closedHere << ClosedAssignment{row.assignment, row.origin, row.position};
    QHash<Id, Assignment*> byId;
    for (FollowUp* f : byParagraph)
        for (ClosedAssignment& c : f->closedHere)
            byId.insert(c.assignment.id, &c.assignment);
    if (!byId.isEmpty())
        if (auto status = loadHolders(
                QStringLiteral("SELECT h.assignment_id, h.person_id, h.organisation_id, h.name "
                               "FROM assignment_holder h JOIN assignment a ON a.id = "
                               "h.assignment_id JOIN paragraph p ON p.id = a.closed_at WHERE "
                               "p.meeting_id = :m ORDER BY h.assignment_id, h.position"),
                meetingId, [&byId](Id id) { return byId.value(id); });
            !status)
            return status;
    SqlQuery taken(m_connection, QStringLiteral("SELECT * FROM referral_row WHERE "
                                                "taken_up_at IN (SELECT id FROM paragraph WHERE "
                                                "meeting_id = :m) ORDER BY taken_up_at, "
                                                "origin_date, origin_number, position"));
    const auto incoming = taken.bind(QStringLiteral(":m"), meetingId).collect(readReferral);
    if (!incoming)
        return fail(incoming.error());
    for (const ReferralRow& row : incoming.value())
        if (FollowUp* f = byParagraph.value(row.referral.takenUpAt))
            f->takenUpHere << IncomingReferral{row.referral, row.origin, row.position};
    return {};
}

Result<QList<AssignmentRow>>
FollowUpRepository::assignments(const AssignmentSelection& selection) const {
    SqlQuery query(m_connection,
                   QStringLiteral("SELECT * FROM assignment_row WHERE (:body1 = 0 OR "
                                  "origin_body_id = :body2) AND (:person1 = 0 OR EXISTS (SELECT "
                                  "1 FROM assignment_holder h WHERE h.assignment_id = "
                                  "assignment_row.id AND h.person_id = :person2)) ORDER BY "
                                  "due_on = '', due_on, origin_date, origin_number, position"));
    query.bind(QStringLiteral(":body1"), selection.bodyId)
        .bind(QStringLiteral(":body2"), selection.bodyId)
        .bind(QStringLiteral(":person1"), selection.personId)
        .bind(QStringLiteral(":person2"), selection.personId);
    auto rows = query.collect(readAssignment);
    if (!rows)
        return rows;
    QHash<Id, Assignment*> byId;
    for (AssignmentRow& row : rows.value())
        byId.insert(row.assignment.id, &row.assignment);
    // The holders of the body's assignments only: a meeting's load reads these every time.
    SqlQuery holders(m_connection,
                     QStringLiteral("SELECT h.assignment_id, h.person_id, h.organisation_id, "
                                    "h.name FROM assignment_holder h JOIN assignment a ON a.id = "
                                    "h.assignment_id JOIN paragraph p ON p.id = a.paragraph_id "
                                    "JOIN meeting m ON m.id = p.meeting_id WHERE (:body1 = 0 OR "
                                    "m.body_id = :body2) ORDER BY h.assignment_id, h.position"));
    const auto all = holders.bind(QStringLiteral(":body1"), selection.bodyId)
                         .bind(QStringLiteral(":body2"), selection.bodyId)
                         .collect(readHolder);
    if (!all)
        return fail(all.error());
    for (const HolderRow& row : all.value())
        if (Assignment* a = byId.value(row.assignmentId))
            a->holders << row.holder;
    return rows;
}

Result<AssignmentRow> FollowUpRepository::assignment(Id assignmentId) const {
    SqlQuery query(m_connection, QStringLiteral("SELECT * FROM assignment_row WHERE id = :id"));
    auto row = query.bind(QStringLiteral(":id"), assignmentId)
                   .first(readAssignment,
                          FollowUpText::tr("There is no assignment with id %1.").arg(assignmentId));
    if (!row)
        return row;
    SqlQuery holders(m_connection, QStringLiteral("SELECT assignment_id, person_id, "
                                                  "organisation_id, name FROM assignment_holder "
                                                  "WHERE assignment_id = :id ORDER BY position"));
    const auto list = holders.bind(QStringLiteral(":id"), assignmentId).collect(readHolder);
    if (!list)
        return fail(list.error());
    for (const HolderRow& h : list.value())
        row->assignment.holders << h.holder;
    return row;
}

Result<bool> FollowUpRepository::anyCarriedTo(Id bodyId) const {
    SqlQuery any(m_connection,
                 QStringLiteral("SELECT EXISTS (SELECT 1 FROM assignment a JOIN paragraph p ON "
                                "p.id = a.paragraph_id JOIN meeting m ON m.id = p.meeting_id WHERE "
                                "m.body_id = :b1) OR EXISTS (SELECT 1 FROM referral WHERE "
                                "to_body_id = :b2)"));
    return any.bind(QStringLiteral(":b1"), bodyId)
        .bind(QStringLiteral(":b2"), bodyId)
        .first([](const SqlQuery& q) { return q.value(0).toInt() != 0; }, QString());
}

Result<QList<ReferralRow>> FollowUpRepository::referralsTo(Id bodyId) const {
    SqlQuery query(m_connection, QStringLiteral("SELECT * FROM referral_row WHERE to_body_id = "
                                                ":b ORDER BY origin_date, origin_number, "
                                                "position"));
    return query.bind(QStringLiteral(":b"), bodyId).collect(readReferral);
}

Result<ReferralRow> FollowUpRepository::referral(Id referralId) const {
    SqlQuery query(m_connection, QStringLiteral("SELECT * FROM referral_row WHERE id = :id"));
    return query.bind(QStringLiteral(":id"), referralId)
        .first(readReferral, FollowUpText::tr("There is no referral with id %1.").arg(referralId));
}

Result<ParagraphReference> FollowUpRepository::reference(Id paragraphId) const {
    SqlQuery query(m_connection,
                   QStringLiteral("SELECT p.id, m.id, b.id, b.name, m.date, p.number, p.title "
                                  "FROM paragraph p JOIN meeting m ON m.id = p.meeting_id JOIN "
                                  "body b ON b.id = m.body_id WHERE p.id = :p"));
    return query.bind(QStringLiteral(":p"), paragraphId)
        .first([](const SqlQuery& q) { return referenceAt(q, 0, 1); },
               FollowUpText::tr("There is no paragraph with id %1.").arg(paragraphId));
}

Result<Id> FollowUpRepository::personNamed(const QString& name) const {
    SqlQuery query(m_connection,
                   QStringLiteral("SELECT id FROM person WHERE name = :n ORDER BY id LIMIT 1"));
    if (auto status = query.bind(QStringLiteral(":n"), name.trimmed()).exec(); !status)
        return fail(status.error());
    return query.next() ? query.valueId(0) : NoId;
}

Result<QList<AssignmentHolder>> FollowUpRepository::organisations() const {
    SqlQuery query(m_connection, QStringLiteral("SELECT id, name FROM organisation ORDER BY name"));
    return query.collect([](const SqlQuery& q) {
        return AssignmentHolder{HolderKind::Organisation, q.valueId(0), q.text(1)};
    });
}

Status FollowUpRepository::close(Id assignmentId, const Assignment& ending) {
    SqlQuery update(m_connection,
                    QStringLiteral("UPDATE assignment SET status = :status, status_note = :note, "
                                   "closed_on = :on, closed_at = :at WHERE id = :id"));
    update.bind(QStringLiteral(":status"), codeOf(ending.status))
        .bind(QStringLiteral(":note"), ending.note)
        .bind(QStringLiteral(":on"), isoDate(ending.closedOn))
        .bind(QStringLiteral(":at"), nullIfNone(ending.closedAt))
        .bind(QStringLiteral(":id"), assignmentId);
    return update.exec();
}

Status FollowUpRepository::setTakenUp(Id referralId, Id paragraphId) {
    SqlQuery update(m_connection,
                    QStringLiteral("UPDATE referral SET taken_up_at = :at WHERE id = :id"));
    update.bind(QStringLiteral(":at"), nullIfNone(paragraphId))
        .bind(QStringLiteral(":id"), referralId);
    return update.exec();
}

} // namespace paragraf
