#pragma once

#include "Result.h"
#include "model/Ids.h"

namespace paragraf {

class Database;

// Where a body's numbering of a calendar year starts: § 1 unless the body adopted Paragraf in
// the middle of a year and its earlier protocols of that year were kept elsewhere.
class NumberingService {
public:
    static constexpr int MinYear = 1000;
    static constexpr int MaxYear = 9999;
    static constexpr int MaxFirstNumber = 99999;

    explicit NumberingService(const Database& database) : m_database(database) {}

    Result<int> firstNumber(Id bodyId, int year) const;
    // Sets the year's first number and renumbers the year's meetings that are still drafts, in
    // one transaction. Refused, naming the protocol, when a protocol of that year that is out
    // for adjustment or adjusted would get other numbers.
    Status setFirstNumber(Id bodyId, int year, int firstNumber);

private:
    const Database& m_database;
};

} // namespace paragraf
