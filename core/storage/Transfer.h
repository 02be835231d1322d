#pragma once

#include "Result.h"
#include "TransferRows.h"
#include "model/Review.h"
#include "model/TransferSummary.h"

#include <QHash>
#include <QSqlDatabase>
#include <functional>

namespace paragraf {

// A rättelse's link in its protocol's chain (ErratumService::chainHash): the chain names the
// paragraph by its id, which a move changes (see pushFile).
using ErratumChain = std::function<QString(const QString& previous, const Erratum& erratum)>;

// Moves a secretary's whole file onto the server, in one transaction of the server's: every
// table of the file, each row under a new id from the server's sequences and every reference
// following it. Refused, with nothing written, when the server already has a body of the file
// (named in the message) or the file has a table or column the server does not know. Meetings
// are written as drafts and become final after their content, so the server's finality
// triggers accept every row. Organisations the server has by name are shared, not doubled.
// Signatures, their chain and every content hash are written as they are; a rättelse's link is
// recomputed for its paragraph's new id, after its link with the file's id was checked (a
// broken chain is refused, not carried over).
Result<TransferSummary> pushFile(const QSqlDatabase& file, const QSqlDatabase& server,
                                 const ErratumChain& chain,
                                 const transfer::Progress& progress = {});

// Takes one body's protocols out of the server into an empty file: the body, its roster and
// schedule, every meeting with everything in it, the people and organisations they name, and
// the meetings (and bodies) of other bodies that its follow-up names (an assignment closed, a
// matter taken up). Ids are kept, so the rättelser's links stay as the server has them.
Result<TransferSummary> pullBody(const QSqlDatabase& server, const QSqlDatabase& file,
                                 const QString& bodyName, const transfer::Progress& progress = {});

} // namespace paragraf
