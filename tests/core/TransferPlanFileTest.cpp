// Push moves every table of the file (issue 21, item 5): its plan names each table of the
// schema and every reference between them, so that a table or a reference added later cannot
// be left behind quietly.
#include "TestSupport.h"
#include "storage/TransferPlan.h"
#include "storage/TransferRows.h"

#include <QSqlQuery>

using namespace paragraf;
using namespace paragraf::test;
using namespace paragraf::transfer;

namespace {
class TransferPlanFileTest : public DatabaseFixture {};
} // namespace

TEST_F(TransferPlanFileTest, NamesEveryTableOfTheSchemaOnce) {
    const auto tables = tablesOf(database().connection());
    ASSERT_TRUE(tables.ok());
    QStringList planned;
    for (const TableMove& move : tableMoves())
        planned << move.table;
    EXPECT_EQ(planned.size(), QSet<QString>(planned.cbegin(), planned.cend()).size());
    planned.sort();
    EXPECT_EQ(planned, tables.value());
}

TEST_F(TransferPlanFileTest, FollowsEveryForeignKeyAndWritesWhatItNamesFirst) {
    QStringList written;
    for (const TableMove& move : tableMoves()) {
        QSqlQuery keys(database().connection());
        keys.prepare(QStringLiteral("SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?)"));
        keys.addBindValue(move.table);
        ASSERT_TRUE(keys.exec());
        while (keys.next()) {
            const QString column = keys.value(0).toString();
            const auto reference =
                std::find_if(move.references.cbegin(), move.references.cend(),
                             [&](const Reference& r) { return r.column == column; });
            ASSERT_NE(reference, move.references.cend())
                << move.table.toStdString() << "." << column.toStdString();
            EXPECT_EQ(reference->table, keys.value(1).toString());
        }
        const auto columns = columnsOf(database().connection(), move.table);
        ASSERT_TRUE(columns.ok());
        EXPECT_EQ(move.hasId, columns->contains(QStringLiteral("id"))) << move.table.toStdString();
        for (const Reference& reference : move.references) {
            EXPECT_TRUE(columns->contains(reference.column)) << reference.column.toStdString();
            if (!reference.later && reference.table != move.table) {
                EXPECT_TRUE(written.contains(reference.table))
                    << move.table.toStdString() << " names " << reference.table.toStdString()
                    << " before it is written";
            }
        }
        written << move.table;
    }
}
