#pragma once

#include "Ids.h"

#include <QDate>
#include <QString>

namespace paragraf {

// A deciding body writes a protocol that is adjusted; a group that keeps notes writes
// minnesanteckningar and has no adjustment.
enum class BodyKind { Deciding, Notes };

struct Body {
    Id id = NoId;
    QString name;
    BodyKind kind = BodyKind::Deciding;
    QString decisionHeading;   // "Samverkansgruppens beslut", "Nämndens beslut"
    bool decisionFirst = true; // the decision before the background, as in seed 001
    QString protocolKeptAt;    // förvaringsplats, printed on the notice-board certificate
};

struct MandatePeriod {
    Id id = NoId;
    Id bodyId = NoId;
    QDate from;
    QDate to;
};

// How many members an organisation appoints to a body.
struct BodySeat {
    Id organisationId = NoId;
    QString organisationName;
    int seats = 1;
};

// Chair and vice chair of a body for one calendar year (memberships; NoId when not chosen).
struct ChairYear {
    Id bodyId = NoId;
    int year = 0;
    Id chairMembershipId = NoId;
    Id viceChairMembershipId = NoId;
};

} // namespace paragraf
