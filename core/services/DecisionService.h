#pragma once

#include "Result.h"
#include "model/Proceedings.h"

namespace paragraf {

class Database;

// The steps the desk takes one at a time while a paragraph is decided: a vote recorded as it
// is called out, a reservation as it is announced. Each is checked against the rules and saved
// at once; MeetingService::setProceedings replaces the whole (for undo and import).
class DecisionService {
public:
    explicit DecisionService(const Database& database) : m_database(database) {}

    // Refused when the member has already voted: one member, one vote.
    Status castVote(Id paragraphId, Id participantId, VoteChoice choice);
    Status clearVote(Id paragraphId, Id participantId);
    Status addReservation(Id paragraphId, const Reservation& reservation);

private:
    template <typename Change> Status change(Id paragraphId, Change&& change);

    const Database& m_database;
};

} // namespace paragraf
