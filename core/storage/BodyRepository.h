#pragma once

#include "Result.h"
#include "model/Body.h"
#include "model/Membership.h"
#include "model/Organisation.h"
#include "model/Person.h"
#include "model/RosterEntry.h"

#include <QList>
#include <QSqlDatabase>

namespace paragraf {

// Bodies, the organisations that appoint to them, people and memberships. Writes must run
// inside a transaction owned by the caller (a service).
class BodyRepository {
public:
    explicit BodyRepository(const QSqlDatabase& connection) : m_connection(connection) {}

    Result<Id> insertBody(const Body& body);
    Result<Body> body(Id id) const;
    // The meeting's body with the name and kind its protocol was sent with (the body may have
    // been renamed since), or the body's own while it is not sent.
    Result<Body> bodyAsNamedBy(Id meetingId) const;
    // How many protocols sent for adjustment or adjusted name the body otherwise than `name`.
    Result<int> protocolsNamingOtherwise(Id bodyId, const QString& name) const;
    Result<Id> findBody(const QString& name) const; // NoId when there is none
    Result<QList<Body>> bodies() const;
    Status updateBody(const Body& body);

    Result<Id> organisation(const QString& name, OrganisationKind kind); // found or created
    Result<Id> insertPerson(const QString& name);
    // A person of that name already connected with the organisation, else NoId.
    Result<Id> findPerson(const QString& name, const QString& organisation) const;

    Result<Id> insertMandatePeriod(const MandatePeriod& period);
    Result<QList<MandatePeriod>> mandatePeriods(Id bodyId) const; // oldest first
    Result<Id> insertMembership(const Membership& membership);
    Status endMembership(Id membershipId, const QDate& lastDay);
    Result<QList<RosterEntry>> rosterOn(Id bodyId, const QDate& day) const;
    // Every membership the body has had, ended ones too, oldest first.
    Result<QList<RosterEntry>> memberships(Id bodyId) const;

    Status setSeats(Id bodyId, Id organisationId, int seats);
    Result<QList<BodySeat>> seats(Id bodyId) const;
    Status setChairYear(const ChairYear& chairs);
    Result<std::optional<ChairYear>> chairYear(Id bodyId, int year) const;

    Status setNumberingStart(Id bodyId, int year, int firstNumber);
    Result<int> numberingStart(Id bodyId, int year) const;

private:
    QSqlDatabase m_connection;
};

} // namespace paragraf
