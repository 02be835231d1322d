#pragma once

#include "Result.h"
#include "model/TransferSummary.h"

#include <QString>

namespace paragraf {

class Database;

// Moving in and out of the organisation's server (issue 21, item 5): a secretary's whole file
// pushed onto the server, one body's protocols pulled out into a new file.
class TransferService {
public:
    // What `verify` finds in the adjusted protocols of a database, meeting by meeting
    // ("meeting 12 (body, date): …").
    struct AdjustedCheck {
        int adjusted = 0;    // adjusted protocols checked
        QStringList altered; // changed outside Paragraf (Verification::altered)
        QStringList missing; // what else: signatures not recorded, refused, not covered
        QStringList all() const { return altered + missing; }
    };

    struct Pushed {
        TransferSummary summary;
        AdjustedCheck check; // of the file, as it moved
    };
    // The file is read in one snapshot (a desk writing to it meanwhile changes nothing of what
    // moves); the server gets all of it in one transaction, or nothing. Every adjusted protocol
    // is verified first, in that snapshot: one whose content or chain was changed outside
    // Paragraf is refused, with the whole push, since the server would keep it final for ever.
    // One adjusted without recorded signatures moves as it is, and `check.missing` says so.
    static Result<Pushed> push(const Database& file, const Database& server,
                               const TransferProgress& progress = {});

    struct Pulled {
        TransferSummary summary;
        int adjusted = 0;     // adjusted protocols in the new file
        QStringList problems; // what `verify` finds wrong with any of them ("meeting 12: …")
    };
    // Writes a new file at `path` (an existing one is never touched) with the body's protocols,
    // and verifies every adjusted one in it. The file is removed again when the pull fails.
    static Result<Pulled> pull(const Database& server, const QString& path, const QString& bodyName,
                               const TransferProgress& progress = {});

    static Result<AdjustedCheck> verifyAdjusted(const Database& database);
};

} // namespace paragraf
