#pragma once

#include "TransferRows.h"

#include <QHash>
#include <functional>
#include <utility>

// The steps push and pull share (Transfer.cpp).
namespace paragraf::transfer {

// The rows of a table to move: a condition over the source with its one value (none: all).
using Selection = std::function<std::pair<QString, QVariant>(const TableMove& move)>;

// Copies every table in the plan's order: the content with each meeting still a draft, then the
// references set later, then the meetings' own statuses, then the kept records of final
// protocols. `hooks` look at the rows of their table first.
Status copyEverything(RowCopier& copier, const QSqlDatabase& target, const Selection& selection,
                      const QHash<QString, RowHook>& hooks);

// Undoes the move's transaction, unless the connection is gone (a push cut by the server
// stopping): the server has undone it then, and Qt would only complain that it is not open.
void rollbackIfOpen(QSqlDatabase& target);

// The ids as an array value for `= ANY(?)`: "{1,2,3}".
QString idArray(const QList<qint64>& ids);

} // namespace paragraf::transfer
