#include "BodyRepository.h"

#include "SqlQuery.h"
#include "model/Codes.h"

#include <QCoreApplication>

namespace paragraf {
Result<Id> BodyRepository::insertBody(const Body& body) {
    SqlQuery query(
        m_connection,
        QStringLiteral(
            "INSERT INTO body (name, kind, decision_heading, decision_first, protocol_kept_at) "
            "VALUES (:name, :kind, :heading, :first, :kept) RETURNING id"));
    query.bind(QStringLiteral(":name"), body.name)
        .bind(QStringLiteral(":kind"), codeOf(body.kind))
        .bind(QStringLiteral(":heading"), body.decisionHeading)
        .bind(QStringLiteral(":first"), body.decisionFirst ? 1 : 0)
        .bind(QStringLiteral(":kept"), body.protocolKeptAt);
    if (auto status = query.exec(); !status)
        return fail(status.error());
    return query.lastInsertId();
}

namespace {
Result<Body> bodyOf(SqlQuery& query, const QString& missing) {
    if (auto status = query.exec(); !status)
        return fail(status.error());
    if (!query.next())
        return fail(missing);
    Body body;
    body.id = query.valueId(0);
    body.name = query.text(1);
    body.kind = enumFromCode<BodyKind>(query.text(2)).value_or(BodyKind::Deciding);
    body.decisionHeading = query.text(3);
    body.protocolKeptAt = query.text(4);
    body.decisionFirst = query.value(5).toInt() != 0;
    return body;
}
} // namespace

Result<Body> BodyRepository::body(Id id) const {
    SqlQuery query(
        m_connection,
        QStringLiteral(
            "SELECT id, name, kind, decision_heading, protocol_kept_at, decision_first FROM body"
            " WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id);
    return bodyOf(
        query,
        QCoreApplication::translate("BodyRepository", "There is no body with id %1.").arg(id));
}

Result<Body> BodyRepository::bodyAsNamedBy(Id meetingId) const {
    SqlQuery query(m_connection,
                   QStringLiteral("SELECT b.id, COALESCE(m.body_name, b.name), COALESCE("
                                  "m.body_kind, b.kind), b.decision_heading, b.protocol_kept_at,"
                                  " b.decision_first FROM meeting m JOIN body b ON b.id ="
                                  " m.body_id WHERE m.id = :m"));
    query.bind(QStringLiteral(":m"), meetingId);
    return bodyOf(query,
                  QCoreApplication::translate("BodyRepository", "There is no meeting with id %1.")
                      .arg(meetingId));
}

Result<int> BodyRepository::protocolsNamingOtherwise(Id bodyId, const QString& name) const {
    SqlQuery query(m_connection,
                   QStringLiteral("SELECT COUNT(*) FROM meeting WHERE body_id = :b AND"
                                  " body_name IS NOT NULL AND body_name <> :name"));
    query.bind(QStringLiteral(":b"), bodyId).bind(QStringLiteral(":name"), name);
    return query.first([](const SqlQuery& row) { return row.value(0).toInt(); }, QString());
}

Result<Id> BodyRepository::findBody(const QString& name) const {
    SqlQuery query(m_connection, QStringLiteral("SELECT id FROM body WHERE name = :name"));
    query.bind(QStringLiteral(":name"), name);
    if (auto status = query.exec(); !status)
        return fail(status.error());
    return query.next() ? query.valueId(0) : NoId;
}

Result<QList<Body>> BodyRepository::bodies() const {
    SqlQuery query(m_connection, QStringLiteral("SELECT id FROM body ORDER BY name"));
    if (auto status = query.exec(); !status)
        return fail(status.error());
    QList<Body> result;
    while (query.next()) {
        auto one = body(query.valueId(0));
        if (!one)
            return fail(one.error());
        result << one.value();
    }
    return result;
}

Result<Id> BodyRepository::organisation(const QString& name, OrganisationKind kind) {
    SqlQuery find(m_connection, QStringLiteral("SELECT id FROM organisation WHERE name = :name"));
    find.bind(QStringLiteral(":name"), name);
    if (auto status = find.exec(); !status)
        return fail(status.error());
    if (find.next())
        return find.valueId(0);
    SqlQuery insert(
        m_connection,
        QStringLiteral("INSERT INTO organisation (name, kind) VALUES (:name, :kind) RETURNING id"));
    insert.bind(QStringLiteral(":name"), name).bind(QStringLiteral(":kind"), codeOf(kind));
    if (auto status = insert.exec(); !status)
        return fail(status.error());
    return insert.lastInsertId();
}

Result<Id> BodyRepository::insertPerson(const QString& name) {
    SqlQuery query(m_connection,
                   QStringLiteral("INSERT INTO person (name) VALUES (:name) RETURNING id"));
    query.bind(QStringLiteral(":name"), name);
    if (auto status = query.exec(); !status)
        return fail(status.error());
    return query.lastInsertId();
}

Result<Id> BodyRepository::findPerson(const QString& name, const QString& organisation) const {
    SqlQuery query(
        m_connection,
        QStringLiteral(
            "SELECT p.id FROM person p WHERE p.name = :name AND ("
            " EXISTS (SELECT 1 FROM participant t WHERE t.person_id = p.id AND t.organisation = "
            ":org)"
            " OR EXISTS (SELECT 1 FROM membership m JOIN organisation o ON o.id = m.organisation_id"
            "            WHERE m.person_id = p.id AND o.name = :org)) ORDER BY p.id LIMIT 1"));
    query.bind(QStringLiteral(":name"), name).bind(QStringLiteral(":org"), organisation);
    if (auto status = query.exec(); !status)
        return fail(status.error());
    return query.next() ? query.valueId(0) : NoId;
}

Result<Id> BodyRepository::insertMandatePeriod(const MandatePeriod& period) {
    SqlQuery query(m_connection,
                   QStringLiteral("INSERT INTO mandate_period (body_id, starts, ends) VALUES "
                                  "(:body, :starts, :ends) RETURNING id"));
    query.bind(QStringLiteral(":body"), period.bodyId)
        .bind(QStringLiteral(":starts"), isoDate(period.from))
        .bind(QStringLiteral(":ends"), isoDate(period.to));
    if (auto status = query.exec(); !status)
        return fail(status.error());
    return query.lastInsertId();
}

Result<QList<MandatePeriod>> BodyRepository::mandatePeriods(Id bodyId) const {
    SqlQuery query(m_connection, QStringLiteral("SELECT id, starts, ends FROM mandate_period"
                                                " WHERE body_id = :body ORDER BY starts"));
    query.bind(QStringLiteral(":body"), bodyId);
    return query.collect([bodyId](const SqlQuery& row) {
        return MandatePeriod{row.valueId(0), bodyId, QDate::fromString(row.text(1), Qt::ISODate),
                             QDate::fromString(row.text(2), Qt::ISODate)};
    });
}

Result<Id> BodyRepository::insertMembership(const Membership& m) {
    SqlQuery query(m_connection,
                   QStringLiteral("INSERT INTO membership (body_id, person_id, "
                                  "mandate_period_id, organisation_id, party, role,"
                                  " substitute_for_id, valid_from, valid_to,"
                                  " election_order) VALUES "
                                  "(:body, :person, :period, :org, :party,"
                                  " :role, :subFor, :from, :to, :order) RETURNING id"));
    query.bind(QStringLiteral(":body"), m.bodyId)
        .bind(QStringLiteral(":person"), m.personId)
        .bind(QStringLiteral(":period"), nullIfNone(m.mandatePeriodId))
        .bind(QStringLiteral(":org"), nullIfNone(m.organisationId))
        .bind(QStringLiteral(":party"), m.party)
        .bind(QStringLiteral(":role"), codeOf(m.role))
        .bind(QStringLiteral(":subFor"), nullIfNone(m.substituteForId))
        .bind(QStringLiteral(":from"), isoDate(m.validFrom))
        .bind(QStringLiteral(":to"), nullIfEmpty(isoDate(m.validTo)))
        .bind(QStringLiteral(":order"), m.electionOrder);
    if (auto status = query.exec(); !status)
        return fail(status.error());
    return query.lastInsertId();
}

Status BodyRepository::endMembership(Id membershipId, const QDate& lastDay) {
    SqlQuery query(m_connection,
                   QStringLiteral("UPDATE membership SET valid_to = :to WHERE id = :id"));
    query.bind(QStringLiteral(":to"), isoDate(lastDay)).bind(QStringLiteral(":id"), membershipId);
    return query.exec();
}

namespace {
const QString rosterColumns = QStringLiteral(
    "SELECT m.id, m.person_id, COALESCE(m.mandate_period_id, 0), COALESCE(m.organisation_id, 0),"
    " m.party, m.role, COALESCE(m.substitute_for_id, 0), m.valid_from, COALESCE(m.valid_to, ''),"
    " p.name, COALESCE(o.name, ''), COALESCE(o.kind, 'other'), m.body_id, m.election_order"
    " FROM membership m JOIN person p ON p.id = m.person_id"
    " LEFT JOIN organisation o ON o.id = m.organisation_id");

RosterEntry readRosterEntry(const SqlQuery& row) {
    RosterEntry entry;
    Membership& m = entry.membership;
    m.id = row.valueId(0);
    m.personId = row.valueId(1);
    m.mandatePeriodId = row.valueId(2);
    m.organisationId = row.valueId(3);
    m.party = row.text(4);
    m.role = enumFromCode<MemberRole>(row.text(5)).value_or(MemberRole::Member);
    m.substituteForId = row.valueId(6);
    m.validFrom = QDate::fromString(row.text(7), Qt::ISODate);
    m.validTo = QDate::fromString(row.text(8), Qt::ISODate);
    m.bodyId = row.valueId(12);
    m.electionOrder = row.value(13).toInt();
    entry.personName = row.text(9);
    entry.organisationName = row.text(10);
    entry.organisationKind =
        enumFromCode<OrganisationKind>(row.text(11)).value_or(OrganisationKind::Other);
    return entry;
}
} // namespace

Result<QList<RosterEntry>> BodyRepository::rosterOn(Id bodyId, const QDate& day) const {
    SqlQuery query(m_connection,
                   rosterColumns +
                       QStringLiteral(" WHERE m.body_id = :body AND m.valid_from <= :day"
                                      " AND (m.valid_to IS NULL OR m.valid_to >= :day)"
                                      " ORDER BY m.id"));
    query.bind(QStringLiteral(":body"), bodyId).bind(QStringLiteral(":day"), isoDate(day));
    return query.collect(readRosterEntry);
}

Result<QList<RosterEntry>> BodyRepository::memberships(Id bodyId) const {
    SqlQuery query(m_connection, rosterColumns + QStringLiteral(" WHERE m.body_id = :body"
                                                                " ORDER BY m.valid_from, m.id"));
    query.bind(QStringLiteral(":body"), bodyId);
    return query.collect(readRosterEntry);
}

Status BodyRepository::updateBody(const Body& body) {
    SqlQuery query(m_connection,
                   QStringLiteral("UPDATE body SET name = :name, kind = :kind,"
                                  " decision_heading = :heading, decision_first = :first,"
                                  " protocol_kept_at = :kept WHERE id = :id"));
    query.bind(QStringLiteral(":name"), body.name)
        .bind(QStringLiteral(":kind"), codeOf(body.kind))
        .bind(QStringLiteral(":heading"), body.decisionHeading)
        .bind(QStringLiteral(":first"), body.decisionFirst ? 1 : 0)
        .bind(QStringLiteral(":kept"), body.protocolKeptAt)
        .bind(QStringLiteral(":id"), body.id);
    return query.exec();
}

Status BodyRepository::setSeats(Id bodyId, Id organisationId, int seats) {
    SqlQuery query(m_connection,
                   QStringLiteral("INSERT INTO body_seat (body_id, organisation_id, seats)"
                                  " VALUES (:body, :org, :seats) ON CONFLICT (body_id,"
                                  " organisation_id) DO UPDATE SET seats = excluded.seats"));
    query.bind(QStringLiteral(":body"), bodyId)
        .bind(QStringLiteral(":org"), organisationId)
        .bind(QStringLiteral(":seats"), seats);
    return query.exec();
}

Result<QList<BodySeat>> BodyRepository::seats(Id bodyId) const {
    SqlQuery query(m_connection,
                   QStringLiteral("SELECT s.organisation_id, o.name, s.seats FROM body_seat s"
                                  " JOIN organisation o ON o.id = s.organisation_id"
                                  " WHERE s.body_id = :body ORDER BY o.name"));
    query.bind(QStringLiteral(":body"), bodyId);
    return query.collect([](const SqlQuery& row) {
        return BodySeat{row.valueId(0), row.text(1), row.value(2).toInt()};
    });
}

Status BodyRepository::setChairYear(const ChairYear& chairs) {
    SqlQuery query(m_connection,
                   QStringLiteral("INSERT INTO chair_year (body_id, year, chair_membership_id,"
                                  " vice_chair_membership_id) VALUES (:body, :year, :chair, :vice)"
                                  " ON CONFLICT (body_id, year) DO UPDATE SET"
                                  " chair_membership_id = excluded.chair_membership_id,"
                                  " vice_chair_membership_id = excluded.vice_chair_membership_id"));
    query.bind(QStringLiteral(":body"), chairs.bodyId)
        .bind(QStringLiteral(":year"), chairs.year)
        .bind(QStringLiteral(":chair"), nullIfNone(chairs.chairMembershipId))
        .bind(QStringLiteral(":vice"), nullIfNone(chairs.viceChairMembershipId));
    return query.exec();
}

Result<std::optional<ChairYear>> BodyRepository::chairYear(Id bodyId, int year) const {
    SqlQuery query(m_connection,
                   QStringLiteral("SELECT COALESCE(chair_membership_id, 0),"
                                  " COALESCE(vice_chair_membership_id, 0) FROM chair_year"
                                  " WHERE body_id = :body AND year = :year"));
    query.bind(QStringLiteral(":body"), bodyId).bind(QStringLiteral(":year"), year);
    if (auto status = query.exec(); !status)
        return fail(status.error());
    if (!query.next())
        return std::optional<ChairYear>();
    return std::optional<ChairYear>(ChairYear{bodyId, year, query.valueId(0), query.valueId(1)});
}

Status BodyRepository::setNumberingStart(Id bodyId, int year, int firstNumber) {
    SqlQuery query(
        m_connection,
        QStringLiteral(
            "INSERT INTO numbering_start (body_id, year, first_number) VALUES (:body, :year, "
            ":first)"
            " ON CONFLICT (body_id, year) DO UPDATE SET first_number = excluded.first_number"));
    query.bind(QStringLiteral(":body"), bodyId)
        .bind(QStringLiteral(":year"), year)
        .bind(QStringLiteral(":first"), firstNumber);
    return query.exec();
}

Result<int> BodyRepository::numberingStart(Id bodyId, int year) const {
    SqlQuery query(
        m_connection,
        QStringLiteral(
            "SELECT first_number FROM numbering_start WHERE body_id = :body AND year = :year"));
    query.bind(QStringLiteral(":body"), bodyId).bind(QStringLiteral(":year"), year);
    if (auto status = query.exec(); !status)
        return fail(status.error());
    return query.next() ? query.value(0).toInt() : 1;
}

} // namespace paragraf
