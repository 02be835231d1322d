#pragma once

#include "Result.h"
#include "model/Body.h"
#include "model/RosterEntry.h"
#include "model/RosterFile.h"

#include <optional>

namespace paragraf {

class Database;

// Bodies and their rosters: who sits for whom, from when to when, and who chairs each year.
// A change never rewrites a membership: it ends the old row and begins a new one, so the roster
// of any past day (and every old protocol) stays as it was.
class RosterService {
public:
    explicit RosterService(const Database& database) : m_database(database) {}

    Result<Id> createBody(const Body& body);
    Status updateBody(const Body& body);
    // How many protocols sent for adjustment or adjusted keep another name than the body's
    // `name` (each keeps the name and kind it was sent with: a reorganisation renames the body,
    // not its old protocols).
    Result<int> protocolsNamedOtherwise(Id bodyId, const QString& name) const;
    Result<Body> body(Id bodyId) const;
    Result<QList<Body>> bodies() const;
    Result<Id> findBody(const QString& name) const; // NoId when there is none
    // A mandate period (mandatperiod) of the body; periods may not overlap.
    Result<Id> addMandatePeriod(const MandatePeriod& period);
    Result<QList<MandatePeriod>> mandatePeriods(Id bodyId) const;
    Status setSeats(Id bodyId, const QString& organisation, int seats);
    Result<QList<BodySeat>> seats(Id bodyId) const;
    Result<QList<RosterEntry>> rosterOn(Id bodyId, const QDate& day) const;
    Result<QList<RosterEntry>> history(Id bodyId) const;

    // A new member or substitute: the person and the organisation found by name or created; the
    // membership belongs to the mandate period of its first day, if there is one.
    Result<Id> addMembership(Membership membership, const QString& personName,
                             const QString& organisation);
    // A changed membership from `from` on: the old row ends the day before. The person stays;
    // the organisation is found by name or created.
    Result<Id> changeMembership(Id membershipId, const Membership& changed,
                                const QString& organisation, const QDate& from);
    Status endMembership(Id membershipId, const QDate& lastDay);

    // All rows or none. Problems (with line and column) are returned in the file's list, and
    // then nothing has been written. Rows without a first day begin on `defaultFrom`.
    Status importRoster(Id bodyId, RosterFile& file, const QDate& defaultFrom);
    // The dry run of importRoster(): every check it makes, the same problems in the file's list,
    // and nothing written.
    Status checkRoster(Id bodyId, RosterFile& file, const QDate& defaultFrom) const;

    ChairYear suggestChairs(Id bodyId, int year) const;
    Status setChairs(const ChairYear& chairs);
    // The chair and vice chair stored for the year, if they have been chosen.
    Result<std::optional<ChairYear>> chairs(Id bodyId, int year) const;

private:
    const Database& m_database;
};

} // namespace paragraf
