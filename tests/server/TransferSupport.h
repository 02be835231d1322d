#pragma once

#include "core/TestSupport.h"
#include "storage/Transfer.h"

#include <QSqlDatabase>
#include <QStringList>

namespace paragraf::test {

// Every row of every table the move knows, as text, ids given as the source's: on the target
// each id (and each reference) is turned back through the move's map, and rows that do not
// come from the move (other secretaries' data) are left out. `skip` names columns not compared
// ("erratum.chain_hash").
QStringList rowsOf(const QSqlDatabase& connection, const QString& table,
                   const QHash<QString, QHash<qint64, qint64>>* movedIds = nullptr,
                   const QStringList& skip = {});

// The number of rows of each Paragraf table, the audit's included: what "unchanged" compares.
QString countsOf(const QSqlDatabase& server);

// Adjusts a meeting with every signatory signing on paper.
void adjustOnPaper(const Database& database, Id meetingId);

} // namespace paragraf::test
