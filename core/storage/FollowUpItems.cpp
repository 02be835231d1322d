#include "FollowUpRepository.h"
#include "SqlQuery.h"
#include "i18n/TrContexts.h"
#include "model/Codes.h"

// One assignment, referral or remark added to or removed from a paragraph, nothing else of it
// written: the targeted writes that let two writers add to one paragraph at once.
namespace paragraf {
namespace {

// The statements of each kind, written out here: no SQL is put together from names.
struct ItemStatements {
    const char* count; // the items of a paragraph
    const char* park;  // positions from :from on, out of the way of UNIQUE
    const char* place; // the parked positions back, moved by :by
    const char* where; // an item's paragraph and position
    const char* remove;
    const char* paragraphOf;
};

#define PARAGRAF_ITEM_STATEMENTS(table)                                                            \
    ItemStatements {                                                                               \
        "SELECT COUNT(*) FROM " table " WHERE paragraph_id = :p",                                  \
            "UPDATE " table " SET position = -1 - position WHERE paragraph_id = :p AND "           \
            "position >= :from",                                                                   \
            "UPDATE " table " SET position = -1 - position + :by WHERE paragraph_id = :p AND "     \
            "position < 0",                                                                        \
            "SELECT paragraph_id, position FROM " table " WHERE id = :id",                         \
            "DELETE FROM " table " WHERE id = :id",                                                \
            "SELECT paragraph_id FROM " table " WHERE id = :id"                                    \
    }

const ItemStatements& statementsOf(FollowUpRepository::Kind kind) {
    static const ItemStatements assignment = PARAGRAF_ITEM_STATEMENTS("assignment");
    static const ItemStatements referral = PARAGRAF_ITEM_STATEMENTS("referral");
    static const ItemStatements viewpoint = PARAGRAF_ITEM_STATEMENTS("viewpoint");
    switch (kind) {
    case FollowUpRepository::Kind::Assignment:
        return assignment;
    case FollowUpRepository::Kind::Referral:
        return referral;
    case FollowUpRepository::Kind::Viewpoint:
        break;
    }
    return viewpoint;
}
#undef PARAGRAF_ITEM_STATEMENTS

// Moves the positions from `from` on by `by` (1 or -1) in two steps through negative numbers,
// so that no step meets UNIQUE (paragraph_id, position).
Status shiftPositions(const QSqlDatabase& connection, const ItemStatements& statements,
                      Id paragraphId, int from, int by) {
    SqlQuery park(connection, QLatin1String(statements.park));
    if (auto status =
            park.bind(QStringLiteral(":p"), paragraphId).bind(QStringLiteral(":from"), from).exec();
        !status)
        return status;
    SqlQuery place(connection, QLatin1String(statements.place));
    return place.bind(QStringLiteral(":p"), paragraphId).bind(QStringLiteral(":by"), by).exec();
}
} // namespace

// The position a new item takes: the one asked for (the items there and after it moved down),
// or after the last.
Result<int> FollowUpRepository::makeRoomAt(Kind kind, Id paragraphId, int position) {
    const ItemStatements& statements = statementsOf(kind);
    SqlQuery count(m_connection, QLatin1String(statements.count));
    const auto stored = count.bind(QStringLiteral(":p"), paragraphId)
                            .first([](const SqlQuery& q) { return q.value(0).toInt(); }, {});
    if (!stored)
        return stored;
    if (position < 0 || position >= stored.value())
        return stored.value();
    if (auto status = shiftPositions(m_connection, statements, paragraphId, position, 1); !status)
        return fail(status.failure());
    return position;
}

Result<Id> FollowUpRepository::insertAssignment(Id paragraphId, const Assignment& a, int position) {
    const auto at = makeRoomAt(Kind::Assignment, paragraphId, position);
    if (!at)
        return fail(at.failure());
    SqlQuery insert(m_connection,
                    QStringLiteral("INSERT INTO assignment (paragraph_id, position, text, "
                                   "due_date) VALUES (:p, :pos, :text, :due) RETURNING id"));
    insert.bind(QStringLiteral(":p"), paragraphId)
        .bind(QStringLiteral(":pos"), at.value())
        .bind(QStringLiteral(":text"), a.text)
        .bind(QStringLiteral(":due"), isoDate(a.due));
    if (auto status = insert.exec(); !status)
        return fail(status.failure());
    const Id id = insert.lastInsertId();
    if (auto status = writeHolders(id, a.holders); !status)
        return fail(status.failure());
    return id;
}

Result<Id> FollowUpRepository::insertReferral(Id paragraphId, const Referral& r, int position) {
    const auto at = makeRoomAt(Kind::Referral, paragraphId, position);
    if (!at)
        return fail(at.failure());
    SqlQuery insert(
        m_connection,
        QStringLiteral("INSERT INTO referral (paragraph_id, position, kind, "
                       "to_body_id, note) VALUES (:p, :pos, :kind, :body, :note) RETURNING id"));
    insert.bind(QStringLiteral(":p"), paragraphId)
        .bind(QStringLiteral(":pos"), at.value())
        .bind(QStringLiteral(":kind"), codeOf(r.kind))
        .bind(QStringLiteral(":body"), r.toBodyId)
        .bind(QStringLiteral(":note"), r.note);
    if (auto status = insert.exec(); !status)
        return fail(status.failure());
    return insert.lastInsertId();
}

Result<Id> FollowUpRepository::insertViewpoint(Id paragraphId, const Viewpoint& v, int position) {
    const auto at = makeRoomAt(Kind::Viewpoint, paragraphId, position);
    if (!at)
        return fail(at.failure());
    SqlQuery insert(m_connection, QStringLiteral("INSERT INTO viewpoint (paragraph_id, position, "
                                                 "text) VALUES (:p, :pos, :text) RETURNING id"));
    insert.bind(QStringLiteral(":p"), paragraphId)
        .bind(QStringLiteral(":pos"), at.value())
        .bind(QStringLiteral(":text"), v.text);
    if (auto status = insert.exec(); !status)
        return fail(status.failure());
    const Id id = insert.lastInsertId();
    if (auto status = writeSpeakers(id, v.speakerIds); !status)
        return fail(status.failure());
    return id;
}

Status FollowUpRepository::remove(Kind kind, Id itemId) {
    const ItemStatements& statements = statementsOf(kind);
    SqlQuery where(m_connection, QLatin1String(statements.where));
    const auto found = where.bind(QStringLiteral(":id"), itemId)
                           .first(
                               [](const SqlQuery& q) {
                                   return std::pair<Id, int>(q.valueId(0), q.value(1).toInt());
                               },
                               {});
    if (!found)
        return fail(found.failure());
    SqlQuery remove(m_connection, QLatin1String(statements.remove));
    if (auto status = remove.bind(QStringLiteral(":id"), itemId).exec(); !status)
        return status;
    return shiftPositions(m_connection, statements, found->first, found->second + 1, -1);
}

Result<Id> FollowUpRepository::paragraphOf(Kind kind, Id itemId) const {
    SqlQuery query(m_connection, QLatin1String(statementsOf(kind).paragraphOf));
    return query.bind(QStringLiteral(":id"), itemId)
        .first([](const SqlQuery& q) { return q.valueId(0); }, QString());
}

Result<FollowUp> FollowUpRepository::madeAt(Id paragraphId) const {
    SqlQuery meeting(m_connection,
                     QStringLiteral("SELECT meeting_id FROM paragraph WHERE id = :id"));
    const auto meetingId =
        meeting.bind(QStringLiteral(":id"), paragraphId)
            .first([](const SqlQuery& q) { return q.valueId(0); },
                   FollowUpText::tr("The paragraph is no longer in the file; someone else may "
                                    "have deleted it."));
    if (!meetingId)
        return fail(meetingId.failure());
    QList<Paragraph> one(1);
    one[0].id = paragraphId;
    if (auto status = loadInto(meetingId.value(), one); !status)
        return fail(status.failure());
    return one[0].followUp;
}

Result<Id> FollowUpRepository::itemAt(Kind kind, const ParagraphReference& origin, int position,
                                      const QString& missing) const {
    SqlQuery query(m_connection,
                   kind == Kind::Assignment
                       ? QStringLiteral("SELECT a.id FROM assignment a JOIN paragraph p ON p.id = "
                                        "a.paragraph_id JOIN meeting m ON m.id = p.meeting_id "
                                        "JOIN body b ON b.id = m.body_id WHERE b.name = :body "
                                        "AND m.date = :date AND p.number = :n AND a.position = "
                                        ":pos")
                       : QStringLiteral("SELECT r.id FROM referral r JOIN paragraph p ON p.id = "
                                        "r.paragraph_id JOIN meeting m ON m.id = p.meeting_id "
                                        "JOIN body b ON b.id = m.body_id WHERE b.name = :body "
                                        "AND m.date = :date AND p.number = :n AND r.position = "
                                        ":pos"));
    query.bind(QStringLiteral(":body"), origin.bodyName)
        .bind(QStringLiteral(":date"), isoDate(origin.meetingDate))
        .bind(QStringLiteral(":n"), origin.number)
        .bind(QStringLiteral(":pos"), position);
    return query.first([](const SqlQuery& q) { return q.valueId(0); }, missing);
}

} // namespace paragraf
