#pragma once

#include "Result.h"
#include "model/TransferSummary.h"

#include <QPair>
#include <QSqlDatabase>
#include <QString>

namespace paragraf {

class Database;

// Moving in and out of the organisation's server (issue 21, item 5): a secretary's whole file
// pushed onto the server, one body's protocols pulled out into a new file.
class TransferService {
public:
    // A connection to the server at `address` (postgresql://host[:port]/db?options, or a libpq
    // string "host=… dbname=…"), brought up to this program's schema. Closed and removed when
    // the returned name's holder calls closeServer. (Until Database::openServer of issue 21's
    // engine step takes its place.)
    static Result<QSqlDatabase> openServer(const QString& address, const QString& password = {});
    static void closeServer(const QString& connectionName);

    // The file is read in one snapshot (a desk writing to it meanwhile changes nothing of what
    // moves); the server gets all of it in one transaction, or nothing.
    static Result<TransferSummary> push(const Database& file, const QSqlDatabase& server,
                                        const TransferProgress& progress = {});

    struct Pulled {
        TransferSummary summary;
        int adjusted = 0;     // adjusted protocols in the new file
        QStringList problems; // what `verify` finds wrong with any of them ("meeting 12: …")
    };
    // Writes a new file at `path` (an existing one is never touched) with the body's protocols,
    // and verifies every adjusted one in it. The file is removed again when the pull fails.
    static Result<Pulled> pull(const QSqlDatabase& server, const QString& path,
                               const QString& bodyName, const TransferProgress& progress = {});

    // What `verify` finds wrong with each adjusted protocol of the file, and how many there are.
    static Result<QPair<int, QStringList>> verifyAdjusted(const Database& database);
};

} // namespace paragraf
