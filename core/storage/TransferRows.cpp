#include "TransferRows.h"

#include "i18n/TrContexts.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace paragraf::transfer {
namespace {

// Values per INSERT: rows go in batches, each one statement, so that a large file is not a
// round trip per row.
constexpr int valuesPerStatement = 2000;

Error failureOf(const QSqlQuery& query, const QString& what) {
    return fail(DatabaseText::tr("%1: %2").arg(what, query.lastError().text()));
}

Result<QStringList> texts(QSqlQuery& query) {
    if (!query.exec())
        return fail(failureOf(query, query.lastQuery()));
    QStringList all;
    while (query.next())
        all << query.value(0).toString();
    return all;
}

QString placeholders(int count) {
    QStringList marks;
    for (int i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
}

} // namespace

bool isServer(const QSqlDatabase& connection) {
    return connection.driverName() == QLatin1String("QPSQL");
}

// Table and column names cannot be bound as values, so the copy's statements name them in their
// text; they come from the schema's catalogue, and a file's schema is the file's to say. Only
// plain lower-case identifiers pass (every name of Paragraf's schema is one), so a hostile file
// cannot put SQL into those statements.
Result<QStringList> plainIdentifiers(Result<QStringList> names) {
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    if (!names)
        return names;
    for (const QString& name : names.value())
        if (!plain.match(name).hasMatch())
            return fail(DatabaseText::tr("The schema names a table or column \"%1\" that is "
                                         "not Paragraf's; nothing was moved.")
                            .arg(name));
    return names;
}

Result<QStringList> columnsOf(const QSqlDatabase& connection, const QString& table) {
    QSqlQuery query(connection);
    query.prepare(isServer(connection)
                      ? QStringLiteral("SELECT column_name FROM information_schema.columns"
                                       " WHERE table_schema = 'public' AND table_name = ?"
                                       " ORDER BY ordinal_position")
                      : QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
    query.addBindValue(table);
    return plainIdentifiers(texts(query));
}

Result<QStringList> tablesOf(const QSqlDatabase& connection) {
    QSqlQuery query(connection);
    query.prepare(
        isServer(connection)
            ? QStringLiteral("SELECT table_name FROM information_schema.tables"
                             " WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
                             " AND table_name NOT LIKE 'paragraf\\_%' ORDER BY 1")
            : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                             " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                             " AND name NOT LIKE 'paragraf\\_%' ESCAPE '\\' ORDER BY 1"));
    return plainIdentifiers(texts(query));
}

RowCopier::RowCopier(const QSqlDatabase& source, const QSqlDatabase& target, bool newIds,
                     Progress progress)
    : m_source(source), m_target(target), m_newIds(newIds), m_progress(std::move(progress)) {}

Result<QVariant> RowCopier::mapped(const QString& table, const QVariant& id) const {
    if (id.isNull() || id.toLongLong() == 0)
        return id;
    const auto ids = m_ids.constFind(table);
    if (ids != m_ids.cend()) {
        const auto found = ids->constFind(id.toLongLong());
        if (found != ids->cend())
            return QVariant(found.value());
    }
    return fail(DatabaseText::tr("A row names %1 %2, which is not among the rows moved.")
                    .arg(table)
                    .arg(id.toLongLong()));
}

Result<QList<qint64>> RowCopier::newIdsFor(const QString& table, int count) const {
    QSqlQuery query(m_target);
    query.prepare(QStringLiteral("SELECT nextval(pg_get_serial_sequence(?, 'id'))"
                                 " FROM generate_series(1, ?)"));
    query.addBindValue(table);
    query.addBindValue(count);
    if (!query.exec())
        return fail(failureOf(query, table));
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

Status RowCopier::copy(const TableMove& move, const QString& where, const QVariant& whereValue,
                       const RowHook& hook) {
    const QSqlDatabase& server = isServer(m_target) ? m_target : m_source;
    const QSqlDatabase& file = isServer(m_target) ? m_source : m_target;
    const auto serverColumns = columnsOf(server, move.table);
    const auto fileColumns = columnsOf(file, move.table);
    if (!serverColumns || !fileColumns)
        return fail(serverColumns ? fileColumns.error() : serverColumns.error());
    QStringList columns;
    for (const QString& column : serverColumns.value())
        if (!serverOnlyColumns(move.table).contains(column))
            columns << column;
    // A file of another make is refused rather than moved in part. (The order may differ: a
    // column added to an old file comes last there.)
    QStringList sortedFile = fileColumns.value();
    QStringList sortedServer = columns;
    sortedFile.sort();
    sortedServer.sort();
    if (sortedFile != sortedServer)
        return fail(DatabaseText::tr("The table %1 of the file has the columns %2; the server's "
                                     "has %3.")
                        .arg(move.table, fileColumns->join(QStringLiteral(", ")),
                             columns.join(QStringLiteral(", "))));
    return readAndWrite(move, columns, where, whereValue, hook);
}

Status RowCopier::readAndWrite(const TableMove& move, const QStringList& columns,
                               const QString& where, const QVariant& whereValue,
                               const RowHook& hook) {
    const QString filter = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where;
    QSqlQuery count(m_source);
    count.prepare(QStringLiteral("SELECT count(*) FROM ") + move.table + filter);
    if (!where.isEmpty())
        count.addBindValue(whereValue);
    if (!count.exec() || !count.next())
        return fail(failureOf(count, move.table));
    const qint64 total = count.value(0).toLongLong();
    QSqlQuery read(m_source);
    read.setForwardOnly(true);
    read.prepare(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) +
                 QStringLiteral(" FROM ") + move.table + filter + QStringLiteral(" ORDER BY ") +
                 move.order);
    if (!where.isEmpty())
        read.addBindValue(whereValue);
    if (!read.exec())
        return fail(failureOf(read, move.table));
    const int batchRows = qMax(1, valuesPerStatement / int(columns.size()));
    QList<QVariantList> batch;
    qint64 done = 0;
    while (read.next()) {
        Row row{columns, {}};
        for (int i = 0; i < columns.size(); ++i)
            row.values << read.value(i);
        if (hook) {
            const auto verdict = hook(row);
            if (!verdict)
                return fail(verdict.error());
            if (verdict.value() == Verdict::Skip) {
                ++done;
                continue;
            }
        }
        batch << row.values;
        if (batch.size() == batchRows) {
            if (auto written = writeBatch(move, columns, batch); !written)
                return written;
            done += batch.size();
            batch.clear();
            if (m_progress)
                m_progress(move.table, done, total);
        }
    }
    if (!batch.isEmpty()) {
        if (auto written = writeBatch(move, columns, batch); !written)
            return written;
        done += batch.size();
    }
    if (m_progress)
        m_progress(move.table, done, total);
    return {};
}

Status RowCopier::writeBatch(const TableMove& move, const QStringList& columns,
                             const QList<QVariantList>& rows) {
    const int idColumn = move.hasId ? int(columns.indexOf(QStringLiteral("id"))) : -1;
    QList<qint64> ids;
    if (idColumn >= 0 && m_newIds) {
        const auto allocated = newIdsFor(move.table, int(rows.size()));
        if (!allocated)
            return fail(allocated.error());
        ids = allocated.value();
    }
    const QStringList extra =
        isServer(m_target) ? serverOnlyColumnsPushed(move.table) : QStringList();
    QList<QVariantList> out;
    for (int r = 0; r < rows.size(); ++r) {
        QVariantList values = rows[r];
        if (idColumn >= 0) {
            const qint64 from = values[idColumn].toLongLong();
            const qint64 to = m_newIds ? ids[r] : from;
            m_ids[move.table].insert(from, to);
            values[idColumn] = to;
        }
        Later later{move.table, {}, values.value(idColumn).toLongLong(), {}};
        for (const Reference& reference : move.references) {
            const int at = int(columns.indexOf(reference.column));
            if (reference.later) {
                later.columns << reference.column;
                later.values << values[at];
                values[at] = QVariant();
                continue;
            }
            const auto target = mapped(reference.table, values[at]);
            if (!target)
                return fail(DatabaseText::tr("%1: %2").arg(move.table, target.error()));
            values[at] = target.value();
        }
        if (!later.columns.isEmpty())
            m_later << later;
        // A value the server keeps of its own that a file's row cannot have: empty.
        for (int i = 0; i < extra.size(); ++i)
            values << QString::fromLatin1("");
        out << values;
    }
    QStringList rowMarks;
    for (int r = 0; r < out.size(); ++r)
        rowMarks << placeholders(int(columns.size() + extra.size()));
    QSqlQuery insert(m_target);
    insert.prepare(QStringLiteral("INSERT INTO ") + move.table + QStringLiteral(" (") +
                   (columns + extra).join(QStringLiteral(", ")) + QStringLiteral(") VALUES ") +
                   rowMarks.join(QLatin1Char(',')));
    for (const QVariantList& values : out)
        for (const QVariant& value : values)
            insert.addBindValue(value);
    if (!insert.exec())
        return fail(failureOf(insert, move.table));
    m_written += out.size();
    m_perTable[move.table] += out.size();
    return {};
}

Status RowCopier::finishLater() {
    for (const Later& later : m_later) {
        QVariantList values;
        bool any = false;
        for (int i = 0; i < later.columns.size(); ++i) {
            const Reference* reference = nullptr;
            for (const Reference& r : tableMove(later.table)->references)
                if (r.column == later.columns[i])
                    reference = &r;
            const auto target = mapped(reference->table, later.values[i]);
            if (!target)
                return fail(DatabaseText::tr("%1: %2").arg(later.table, target.error()));
            any = any || !target->isNull();
            values << target.value();
        }
        if (!any)
            continue;
        QStringList sets;
        for (const QString& column : later.columns)
            sets << column + QStringLiteral(" = ?");
        QSqlQuery update(m_target);
        update.prepare(QStringLiteral("UPDATE ") + later.table + QStringLiteral(" SET ") +
                       sets.join(QStringLiteral(", ")) + QStringLiteral(" WHERE id = ?"));
        for (const QVariant& value : values)
            update.addBindValue(value);
        update.addBindValue(later.id);
        if (!update.exec())
            return fail(failureOf(update, later.table));
    }
    m_later.clear();
    return {};
}

} // namespace paragraf::transfer
