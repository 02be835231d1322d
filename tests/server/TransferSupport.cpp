#include "TransferSupport.h"

#include "ServerSupport.h"
#include "adjustment/AdjustmentService.h"
#include "storage/TransferPlan.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace paragraf::test {

using namespace transfer;

QStringList rowsOf(const QSqlDatabase& connection, const QString& table,
                   const QHash<QString, QHash<qint64, qint64>>* movedIds, const QStringList& skip) {
    const TableMove* move = tableMove(table);
    QHash<QString, QHash<qint64, qint64>> back;
    if (movedIds)
        for (auto t = movedIds->cbegin(); t != movedIds->cend(); ++t)
            for (auto id = t->cbegin(); id != t->cend(); ++id)
                back[t.key()].insert(id.value(), id.key());
    QHash<QString, QString> referenced{{QStringLiteral("id"), table}};
    for (const Reference& reference : move->references)
        referenced.insert(reference.column, reference.table);
    QSqlQuery query(connection);
    EXPECT_TRUE(query.exec(QStringLiteral("SELECT * FROM ") + table)) << table.toStdString();
    QStringList rows;
    while (query.next()) {
        const QSqlRecord record = query.record();
        QStringList values;
        bool ours = true;
        for (int i = 0; i < record.count(); ++i) {
            const QString column = record.fieldName(i);
            if (skip.contains(table + QLatin1Char('.') + column) ||
                serverOnlyColumns(table).contains(column))
                continue;
            QVariant value = record.value(i);
            if (movedIds && referenced.contains(column) && !value.isNull() &&
                value.toLongLong() != 0) {
                const auto& ids = back[referenced.value(column)];
                ours = ours && ids.contains(value.toLongLong());
                value = ids.value(value.toLongLong());
            }
            values << column + QLatin1Char('=') +
                          (value.isNull() ? QStringLiteral("NULL") : value.toString());
        }
        if (ours || !movedIds)
            rows << values.join(QLatin1Char('|'));
    }
    rows.sort();
    return rows;
}

QString countsOf(const QSqlDatabase& server) {
    QStringList counts;
    QStringList tables;
    for (const TableMove& move : tableMoves())
        tables << move.table;
    tables << QStringLiteral("paragraf_change") << QStringLiteral("paragraf_login");
    for (const QString& table : tables)
        counts << table + QLatin1Char('=') +
                      value(server, QStringLiteral("SELECT count(*) FROM ") + table).toString();
    return counts.join(QLatin1Char(' '));
}

void adjustOnPaper(const Database& database, Id meetingId) {
    AdjustmentService adjustment(database);
    ASSERT_TRUE(adjustment.sendForAdjustment(meetingId).ok());
    const MeetingRecord record = MeetingService(database).load(meetingId).value();
    for (const Signatory& who : AdjustmentService::signatories(record))
        ASSERT_TRUE(
            adjustment
                .sign(meetingId, who.role, who.participantId, who.name, SigningMethod::OnPaper)
                .ok());
}

} // namespace paragraf::test
