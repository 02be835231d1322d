#pragma once

#include "Result.h"
#include "model/TransferSummary.h"

#include <QPair>
#include <QString>

namespace paragraf {

class Database;

// Moving in and out of the organisation's server (issue 21, item 5): a secretary's whole file
// pushed onto the server, one body's protocols pulled out into a new file.
class TransferService {
public:
    // The file is read in one snapshot (a desk writing to it meanwhile changes nothing of what
    // moves); the server gets all of it in one transaction, or nothing.
    static Result<TransferSummary> push(const Database& file, const Database& server,
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

    // What `verify` finds wrong with each adjusted protocol of the file, and how many there are.
    static Result<QPair<int, QStringList>> verifyAdjusted(const Database& database);
};

} // namespace paragraf
