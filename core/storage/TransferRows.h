#pragma once

#include "Result.h"
#include "TransferPlan.h"
#include "model/TransferSummary.h"

#include <QHash>
#include <QSqlDatabase>
#include <QVariant>
#include <functional>

namespace paragraf::transfer {

// Whether a connection is to the server (QPSQL) rather than a file.
bool isServer(const QSqlDatabase& connection);
// A table's columns as the connection's schema has them, in their order.
Result<QStringList> columnsOf(const QSqlDatabase& connection, const QString& table);
// The tables of the connection's schema (Paragraf's own, not the server's bookkeeping).
Result<QStringList> tablesOf(const QSqlDatabase& connection);

using Progress = TransferProgress;

// One row on its way: its values in the order of the columns, which a hook may change.
struct Row {
    const QStringList& columns;
    QVariantList values;
    QVariant& operator[](const QString& column) { return values[columns.indexOf(column)]; }
};
// Looks at (and may change) a row before it is written; Skip leaves it out, with the id it
// stands for already in the map (e.g. an organisation the server has by that name).
enum class Verdict { Write, Skip };
using RowHook = std::function<Result<Verdict>(Row& row)>;

// Copies rows table by table from source to target, giving each moved row's id a new one from
// the target's sequence (newIds) or keeping it (into an empty file), and every reference the
// new id of the row it names. References marked `later` are written by finishLater(), once every
// row they may name is in.
class RowCopier {
public:
    RowCopier(const QSqlDatabase& source, const QSqlDatabase& target, bool newIds,
              Progress progress);

    // The rows of move.table that `where` (SQL over the source, one array value bound) picks.
    Status copy(const TableMove& move, const QString& where = {}, const QVariant& whereValue = {},
                const RowHook& hook = {});
    Status finishLater();
    // The id the row of `table` with `id` has in the target (0 stays 0, null stays null).
    Result<QVariant> mapped(const QString& table, const QVariant& id) const;
    void map(const QString& table, qint64 from, qint64 to) { m_ids[table].insert(from, to); }
    const QHash<QString, QHash<qint64, qint64>>& ids() const { return m_ids; }
    qint64 written() const { return m_written; }
    const QHash<QString, qint64>& writtenPerTable() const { return m_perTable; }

private:
    Result<QList<qint64>> newIdsFor(const QString& table, int count) const;
    Status writeBatch(const TableMove& move, const QStringList& columns,
                      const QList<QVariantList>& rows);
    Status readAndWrite(const TableMove& move, const QStringList& columns, const QString& where,
                        const QVariant& whereValue, const RowHook& hook);

    struct Later {
        QString table;
        QStringList columns;
        qint64 id = 0;
        QVariantList values; // the source's ids, mapped when written
    };
    QSqlDatabase m_source;
    QSqlDatabase m_target;
    bool m_newIds = false;
    Progress m_progress;
    QHash<QString, QHash<qint64, qint64>> m_ids;
    QList<Later> m_later;
    qint64 m_written = 0;
    QHash<QString, qint64> m_perTable;
};

} // namespace paragraf::transfer
