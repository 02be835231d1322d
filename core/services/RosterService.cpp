#include "RosterService.h"

#include "i18n/TrContexts.h"
#include "rules/ChairRotation.h"
#include "rules/FieldLimits.h"
#include "rules/OrganisationKinds.h"
#include "storage/BodyRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QHash>
#include <algorithm>

namespace paragraf {

namespace {
Id periodContaining(const QList<MandatePeriod>& periods, const QDate& day) {
    for (const auto& period : periods)
        if (period.from <= day && day <= period.to)
            return period.id;
    return NoId;
}
} // namespace

Result<Id> RosterService::createBody(const Body& body) {
    if (auto length = checkBodyLengths(body); !length)
        return fail(length.error());
    if (auto writable = m_database.requireWritable(); !writable)
        return fail(writable.error());
    if (body.name.trimmed().isEmpty())
        return fail(RosterText::tr("A body needs a name."));
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&]() -> Result<Id> {
        BodyRepository bodies(connection);
        const auto existing = bodies.findBody(body.name.trimmed());
        if (!existing)
            return fail(existing.error());
        if (existing.value() != NoId)
            return fail(RosterText::tr("There is already a body named %1.").arg(body.name));
        Body named = body;
        named.name = body.name.trimmed();
        return bodies.insertBody(named);
    });
}

Result<Id> RosterService::addMandatePeriod(const MandatePeriod& period) {
    if (auto writable = m_database.requireWritable(); !writable)
        return fail(writable.error());
    if (!period.from.isValid() || !period.to.isValid() || period.to < period.from)
        return fail(RosterText::tr("A mandate period needs a first and a last day, in order."));
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&]() -> Result<Id> {
        BodyRepository bodies(connection);
        const auto periods = bodies.mandatePeriods(period.bodyId);
        if (!periods)
            return fail(periods.error());
        for (const auto& other : periods.value())
            if (period.from <= other.to && other.from <= period.to)
                return fail(
                    RosterText::tr("The period overlaps %1–%2.")
                        .arg(other.from.toString(Qt::ISODate), other.to.toString(Qt::ISODate)));
        return bodies.insertMandatePeriod(period);
    });
}

Result<Body> RosterService::body(Id bodyId) const {
    return BodyRepository(m_database.connection()).body(bodyId);
}

Result<QList<Body>> RosterService::bodies() const {
    return BodyRepository(m_database.connection()).bodies();
}

Result<Id> RosterService::findBody(const QString& name) const {
    return BodyRepository(m_database.connection()).findBody(name);
}

Result<QList<BodySeat>> RosterService::seats(Id bodyId) const {
    return BodyRepository(m_database.connection()).seats(bodyId);
}

Result<std::optional<ChairYear>> RosterService::chairs(Id bodyId, int year) const {
    return BodyRepository(m_database.connection()).chairYear(bodyId, year);
}

Result<QList<MandatePeriod>> RosterService::mandatePeriods(Id bodyId) const {
    return BodyRepository(m_database.connection()).mandatePeriods(bodyId);
}

namespace {

// A substitute stands in for one member (personal) or is called in by party in the order of
// election (fullmäktige); a member has no place in that order.
Status checkElectionOrder(const Membership& m) {
    if (m.role != MemberRole::Substitute) {
        if (m.electionOrder > 0)
            return fail(RosterText::tr("Only a substitute has a place in the order of election."));
        return {};
    }
    if (m.substituteForId != NoId || m.electionOrder > 0) {
        if (m.electionOrder > 0 && m.party.trimmed().isEmpty())
            return fail(RosterText::tr("A substitute called in by the order of election needs "
                                       "a party."));
        return {};
    }
    return fail(RosterText::tr("A personal substitute must name the member they stand in for."));
}

} // namespace

Result<Id> RosterService::addMembership(Membership membership, const QString& personName,
                                        const QString& organisation) {
    for (const auto& [field, value] :
         {std::pair{FieldLimitText::tr("The name"), personName},
          std::pair{FieldLimitText::tr("The organisation"), organisation}})
        if (auto length = checkLength(field, value, limits::name); !length)
            return fail(length.error());
    if (auto writable = m_database.requireWritable(); !writable)
        return fail(writable.error());
    if (personName.trimmed().isEmpty())
        return fail(RosterText::tr("The name is missing."));
    if (!membership.validFrom.isValid())
        return fail(RosterText::tr("A membership needs its first day."));
    if (auto order = checkElectionOrder(membership); !order)
        return fail(order.error());
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&]() -> Result<Id> {
        BodyRepository bodies(connection);
        if (!organisation.trimmed().isEmpty()) {
            const auto org =
                bodies.organisation(organisation.trimmed(), guessOrganisationKind(organisation));
            if (!org)
                return fail(org.error());
            membership.organisationId = org.value();
        }
        auto person = bodies.findPerson(personName.trimmed(), organisation.trimmed());
        if (person && person.value() == NoId)
            person = bodies.insertPerson(personName.trimmed());
        if (!person)
            return fail(person.error());
        membership.personId = person.value();
        const auto periods = bodies.mandatePeriods(membership.bodyId);
        if (!periods)
            return fail(periods.error());
        membership.mandatePeriodId = periodContaining(periods.value(), membership.validFrom);
        return bodies.insertMembership(membership);
    });
}

Status RosterService::updateBody(const Body& body) {
    if (auto length = checkBodyLengths(body); !length)
        return length;
    if (auto writable = m_database.requireWritable(); !writable)
        return writable;
    if (body.name.trimmed().isEmpty())
        return fail(RosterText::tr("A body needs a name."));
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&] { return BodyRepository(connection).updateBody(body); });
}

Result<int> RosterService::protocolsNamedOtherwise(Id bodyId, const QString& name) const {
    return BodyRepository(m_database.connection()).protocolsNamingOtherwise(bodyId, name);
}

Status RosterService::setSeats(Id bodyId, const QString& organisation, int seats) {
    if (auto writable = m_database.requireWritable(); !writable)
        return writable;
    if (seats < 1)
        return fail(RosterText::tr("An organisation holds at least one seat."));
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&]() -> Status {
        BodyRepository bodies(connection);
        const auto id = bodies.organisation(organisation, guessOrganisationKind(organisation));
        if (!id)
            return fail(id.error());
        return bodies.setSeats(bodyId, id.value(), seats);
    });
}

Result<QList<RosterEntry>> RosterService::rosterOn(Id bodyId, const QDate& day) const {
    return BodyRepository(m_database.connection()).rosterOn(bodyId, day);
}

Result<QList<RosterEntry>> RosterService::history(Id bodyId) const {
    return BodyRepository(m_database.connection()).memberships(bodyId);
}

Result<Id> RosterService::changeMembership(Id membershipId, const Membership& changed,
                                           const QString& organisation, const QDate& from) {
    if (auto writable = m_database.requireWritable(); !writable)
        return fail(writable.error());
    if (auto order = checkElectionOrder(changed); !order)
        return fail(order.error());
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&]() -> Result<Id> {
        BodyRepository bodies(connection);
        const auto all = bodies.memberships(changed.bodyId);
        if (!all)
            return fail(all.error());
        const auto old = std::find_if(all->cbegin(), all->cend(), [&](const RosterEntry& e) {
            return e.membership.id == membershipId;
        });
        if (old == all->cend())
            return fail(RosterText::tr("There is no membership with id %1.").arg(membershipId));
        if (from <= old->membership.validFrom)
            return fail(RosterText::tr("A change begins after the membership began (%1).")
                            .arg(old->membership.validFrom.toString(Qt::ISODate)));
        if (auto ended = bodies.endMembership(membershipId, from.addDays(-1)); !ended)
            return fail(ended.error());
        Membership next = changed;
        next.id = NoId;
        next.bodyId = old->membership.bodyId;
        next.personId = old->membership.personId;
        next.mandatePeriodId = old->membership.mandatePeriodId;
        next.validFrom = from;
        next.validTo = old->membership.validTo.isValid() && old->membership.validTo >= from
                           ? old->membership.validTo
                           : QDate();
        next.organisationId = NoId;
        if (!organisation.isEmpty()) {
            const auto org = bodies.organisation(organisation, guessOrganisationKind(organisation));
            if (!org)
                return fail(org.error());
            next.organisationId = org.value();
        }
        return bodies.insertMembership(next);
    });
}

Status RosterService::endMembership(Id membershipId, const QDate& lastDay) {
    if (auto writable = m_database.requireWritable(); !writable)
        return writable;
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&] {
        return BodyRepository(connection).endMembership(membershipId, lastDay);
    });
}

namespace {

QString problemsMessage(const RosterFile& file) {
    return RosterText::tr("The roster has %n problem(s); nothing was imported.", nullptr,
                          int(file.problems.size()));
}

// Every check of an import, before anything is written: the dry run and the import both ask
// this, so that they cannot disagree. Adds the problems to the file's list; the members on the
// roster on `defaultFrom` by name when there are none.
Result<QHash<QString, Id>> checkRows(const BodyRepository& bodies, Id bodyId, RosterFile& file,
                                     const QDate& defaultFrom) {
    if (auto body = bodies.body(bodyId); !body)
        return fail(body.error());
    if (!defaultFrom.isValid())
        return fail(RosterText::tr("A membership needs its first day."));
    QHash<QString, Id> onRoster;
    const auto current = bodies.rosterOn(bodyId, defaultFrom);
    if (!current)
        return fail(current.error());
    for (const auto& entry : current.value())
        onRoster.insert(entry.personName, entry.membership.id);
    QHash<QString, int> lineOfName;
    for (const RosterRow& row : file.rows) {
        const auto problem = [&](int column, const QString& message) {
            file.problems << CsvProblem{row.line, column, message};
        };
        if (lineOfName.contains(row.name))
            problem(file.columns.name, RosterText::tr("%1 is already listed on line %2.")
                                           .arg(row.name)
                                           .arg(lineOfName.value(row.name)));
        else
            lineOfName.insert(row.name, row.line);
        if (row.role != MemberRole::Substitute && onRoster.contains(row.name))
            problem(file.columns.name,
                    RosterText::tr("%1 is already on the roster.").arg(row.name));
        const QDate first = row.from.isValid() ? row.from : defaultFrom;
        if (row.to.isValid() && row.to < first)
            problem(file.columns.to,
                    RosterText::tr("The last day %1 is before the first, %2.")
                        .arg(row.to.toString(Qt::ISODate), first.toString(Qt::ISODate)));
    }
    for (const RosterRow& row : file.rows) {
        if (row.role != MemberRole::Substitute)
            continue;
        if (row.substituteFor.isEmpty() && row.electionOrder > 0)
            continue; // called in by party in the order of election
        if (row.substituteFor.isEmpty()) {
            file.problems << CsvProblem{
                row.line, file.columns.substituteFor,
                RosterText::tr("A personal substitute must name the member they stand in for.")};
            continue;
        }
        const auto member = std::find_if(file.rows.cbegin(), file.rows.cend(), [&](const auto& m) {
            return m.role != MemberRole::Substitute && m.name == row.substituteFor;
        });
        if (member == file.rows.cend() && !onRoster.contains(row.substituteFor))
            file.problems << CsvProblem{
                row.line, file.columns.substituteFor,
                RosterText::tr("%1 is not a member of the body.").arg(row.substituteFor)};
    }
    if (!file.ok())
        return fail(problemsMessage(file));
    return onRoster;
}

// Members first, so that each substitute finds the membership they stand in for. Runs only
// after checkRows() found nothing: what is left to fail here is the database itself.
Status importRows(BodyRepository& bodies, Id bodyId, const RosterFile& file,
                  const QDate& defaultFrom, QHash<QString, Id> membershipOfName) {
    const auto knownPeriods = bodies.mandatePeriods(bodyId);
    if (!knownPeriods)
        return fail(knownPeriods.error());
    const QList<MandatePeriod> periods = knownPeriods.value();
    for (bool substitutes : {false, true}) {
        for (const RosterRow& row : file.rows) {
            if ((row.role == MemberRole::Substitute) != substitutes)
                continue;
            Membership m;
            m.bodyId = bodyId;
            m.party = row.party;
            m.role = row.role;
            m.validFrom = row.from.isValid() ? row.from : defaultFrom;
            m.validTo = row.to;
            m.electionOrder = row.electionOrder;
            m.mandatePeriodId = periodContaining(periods, m.validFrom);
            if (substitutes)
                m.substituteForId = membershipOfName.value(row.substituteFor, NoId);
            if (!row.organisation.isEmpty()) {
                const auto org = bodies.organisation(row.organisation, row.organisationKind);
                if (!org)
                    return fail(org.error());
                m.organisationId = org.value();
            }
            auto person = bodies.findPerson(row.name, row.organisation);
            if (person && person.value() == NoId)
                person = bodies.insertPerson(row.name);
            if (!person)
                return fail(person.error());
            m.personId = person.value();
            const auto id = bodies.insertMembership(m);
            if (!id)
                return fail(id.error());
            membershipOfName.insert(row.name, id.value());
        }
    }
    return {};
}

} // namespace

Status RosterService::checkRoster(Id bodyId, RosterFile& file, const QDate& defaultFrom) const {
    if (!file.ok())
        return fail(problemsMessage(file));
    const auto checked =
        checkRows(BodyRepository(m_database.connection()), bodyId, file, defaultFrom);
    return checked ? Status() : Status(fail(checked.error()));
}

Status RosterService::importRoster(Id bodyId, RosterFile& file, const QDate& defaultFrom) {
    if (!file.ok())
        return fail(problemsMessage(file));
    if (auto writable = m_database.requireWritable(); !writable)
        return writable;
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&]() -> Status {
        BodyRepository bodies(connection);
        const auto onRoster = checkRows(bodies, bodyId, file, defaultFrom);
        if (!onRoster)
            return fail(onRoster.error());
        return importRows(bodies, bodyId, file, defaultFrom, onRoster.value());
    });
}

ChairYear RosterService::suggestChairs(Id bodyId, int year) const {
    BodyRepository bodies(m_database.connection());
    const auto roster = bodies.rosterOn(bodyId, QDate(year, 1, 1));
    const auto previous = bodies.chairYear(bodyId, year - 1);
    const auto previousRoster = bodies.memberships(bodyId);
    ChairYear suggestion =
        paragraf::suggestChairs(roster ? roster.value() : QList<RosterEntry>(), year,
                                previous ? previous.value() : std::nullopt,
                                previousRoster ? previousRoster.value() : QList<RosterEntry>());
    suggestion.bodyId = bodyId;
    return suggestion;
}

Status RosterService::setChairs(const ChairYear& chairs) {
    if (auto writable = m_database.requireWritable(); !writable)
        return writable;
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&]() -> Status {
        BodyRepository bodies(connection);
        const auto roster = bodies.rosterOn(chairs.bodyId, QDate(chairs.year, 1, 1));
        if (!roster)
            return fail(roster.error());
        for (Id chosen : {chairs.chairMembershipId, chairs.viceChairMembershipId}) {
            const bool onRoster =
                chosen == NoId ||
                std::any_of(roster->cbegin(), roster->cend(),
                            [&](const RosterEntry& e) { return e.membership.id == chosen; });
            if (!onRoster)
                return fail(RosterText::tr("The chair and the vice chair must be members on "
                                           "1 January %1.")
                                .arg(chairs.year));
        }
        if (chairs.chairMembershipId != NoId &&
            chairs.chairMembershipId == chairs.viceChairMembershipId)
            return fail(RosterText::tr("The chair cannot also be the vice chair."));
        return bodies.setChairYear(chairs);
    });
}

} // namespace paragraf
