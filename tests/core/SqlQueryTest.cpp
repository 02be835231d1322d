// The one way core reads and writes SQL: values come back as they were stored, failures name the
// statement, and a prepared statement can be run again with new values.
#include "storage/SqlQuery.h"

#include "TestSupport.h"

#include <sqlite3.h>

using namespace paragraf;
using namespace paragraf::test;

namespace {

class SqlQueryTest : public DatabaseFixture {
protected:
    void SetUp() override {
        DatabaseFixture::SetUp();
        ASSERT_TRUE(SqlQuery(connection(), QStringLiteral("CREATE TABLE sample (id INTEGER"
                                                          " PRIMARY KEY, text TEXT, number,"
                                                          " bytes BLOB, label TEXT UNIQUE)"))
                        .exec());
    }
    const QSqlDatabase& connection() const { return database().connection(); }
    // Whether another connection's full checkpoint is kept waiting by a reader of ours.
    bool checkpointIsBlocked() const {
        const QString name = QStringLiteral("checkpointer");
        bool blocked = true;
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            other.setDatabaseName(path());
            other.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
            EXPECT_TRUE(other.open());
            SqlQuery checkpoint(other, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            const auto busy =
                checkpoint.first([](const SqlQuery& row) { return row.valueId(0); }, {});
            EXPECT_TRUE(busy);
            blocked = busy && busy.value() != 0;
        }
        QSqlDatabase::removeDatabase(name);
        return blocked;
    }
    Status insert(const QVariant& text, const QVariant& number = {}, const QVariant& bytes = {},
                  const QVariant& label = {}) {
        SqlQuery query(connection(), QStringLiteral("INSERT INTO sample (text, number, bytes,"
                                                    " label) VALUES (:t, :n, :b, :l)"));
        query.bind(QStringLiteral(":t"), text)
            .bind(QStringLiteral(":n"), number)
            .bind(QStringLiteral(":b"), bytes)
            .bind(QStringLiteral(":l"), label);
        return query.exec();
    }
};

TEST_F(SqlQueryTest, TextNumbersAndBytesComeBackAsStored) {
    const QString swedish = QStringLiteral("Beslut om ärendet – åtgärd för öppenhet 📄");
    const QByteArray bytes("\x00\x01\xff signatur", 13);
    ASSERT_TRUE(insert(swedish, qint64(9007199254740993), bytes));
    ASSERT_TRUE(insert(QStringLiteral("real"), 2.5));

    SqlQuery read(connection(),
                  QStringLiteral("SELECT text, number, bytes FROM sample ORDER BY id"));
    ASSERT_TRUE(read.exec());
    ASSERT_TRUE(read.next());
    EXPECT_EQ(read.text(0), swedish);
    EXPECT_EQ(read.valueId(1), qint64(9007199254740993));
    EXPECT_EQ(read.value(1).toLongLong(), qint64(9007199254740993));
    EXPECT_EQ(read.value(2).toByteArray(), bytes);
    ASSERT_TRUE(read.next());
    EXPECT_DOUBLE_EQ(read.value(1).toDouble(), 2.5);
    EXPECT_FALSE(read.next());
    EXPECT_FALSE(read.next()) << "past the end stays at the end";
}

// Text columns hold '' for "no text"; NULL only where nullIfEmpty() or nullIfNone() ask for it.
TEST_F(SqlQueryTest, AnEmptyStringIsTextAndOnlyAnExplicitNullIsNull) {
    ASSERT_TRUE(insert(QString(), nullIfNone(0)));
    ASSERT_TRUE(insert(nullIfEmpty(QString())));

    SqlQuery read(connection(), QStringLiteral("SELECT text IS NULL, number IS NULL, text FROM"
                                               " sample ORDER BY id"));
    ASSERT_TRUE(read.exec());
    ASSERT_TRUE(read.next());
    EXPECT_EQ(read.valueId(0), 0) << "a null QString is stored as ''";
    EXPECT_EQ(read.valueId(1), 1);
    ASSERT_TRUE(read.next());
    EXPECT_EQ(read.valueId(0), 1);
    EXPECT_TRUE(read.value(2).isNull());
    EXPECT_TRUE(read.text(2).isEmpty());
}

TEST_F(SqlQueryTest, APreparedStatementRunsAgainWithNewValues) {
    SqlQuery write(connection(), QStringLiteral("INSERT INTO sample (text) VALUES (:t)"));
    for (const QString& text : {QStringLiteral("första"), QStringLiteral("andra")}) {
        write.bind(QStringLiteral(":t"), text);
        ASSERT_TRUE(write.exec());
        EXPECT_EQ(write.rowsAffected(), 1);
        EXPECT_GT(write.lastInsertId(), 0);
    }
    SqlQuery read(connection(), QStringLiteral("SELECT group_concat(text, '|') FROM sample"));
    const auto joined = read.first([](const SqlQuery& row) { return row.text(0); }, {});
    ASSERT_TRUE(joined);
    EXPECT_EQ(joined.value(), QStringLiteral("första|andra"));

    SqlQuery update(connection(), QStringLiteral("UPDATE sample SET number = 1"));
    ASSERT_TRUE(update.exec());
    EXPECT_EQ(update.rowsAffected(), 2);
}

TEST_F(SqlQueryTest, AFailureNamesTheStatementAndTheValuesAndWritesNothing) {
    ASSERT_TRUE(insert(QStringLiteral("a"), {}, {}, QStringLiteral("§ 1")));
    const Status refused = insert(QStringLiteral("b"), {}, {}, QStringLiteral("§ 1"));
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().contains(QStringLiteral("UNIQUE")))
        << refused.error().toStdString();
    EXPECT_TRUE(refused.error().contains(QStringLiteral("INSERT INTO sample")));
    EXPECT_TRUE(refused.error().contains(QStringLiteral("§ 1")));
    SqlQuery count(connection(), QStringLiteral("SELECT COUNT(*) FROM sample"));
    EXPECT_EQ(count.first([](const SqlQuery& row) { return row.valueId(0); }, {}).value(), 1);
}

TEST_F(SqlQueryTest, AStatementThatDoesNotCompileIsReportedNotRun) {
    SqlQuery broken(connection(), QStringLiteral("SELEC text FROM sample"));
    const Status status = broken.exec();
    ASSERT_FALSE(status);
    EXPECT_TRUE(status.error().contains(QStringLiteral("prepare")));
    EXPECT_FALSE(broken.next());

    SqlQuery unknown(connection(), QStringLiteral("SELECT text FROM sample WHERE id = :id"));
    unknown.bind(QStringLiteral(":no_such"), 1);
    EXPECT_FALSE(unknown.exec());
}

// A read walked to its end holds no read transaction: the file can be checkpointed at once.
TEST_F(SqlQueryTest, AReadWalkedToItsEndLeavesTheFileFree) {
    ASSERT_TRUE(insert(QStringLiteral("x")));
    ASSERT_TRUE(insert(QStringLiteral("y")));
    SqlQuery read(connection(), QStringLiteral("SELECT text FROM sample"));
    ASSERT_TRUE(read.exec());
    ASSERT_TRUE(read.next());
    EXPECT_TRUE(checkpointIsBlocked()) << "a read in progress keeps its snapshot";
    while (read.next()) {
    }
    EXPECT_FALSE(checkpointIsBlocked());
}

int statementsOf(const QSqlDatabase& connection) {
    int count = 0;
    for (sqlite3_stmt* s = sqlite3_next_stmt(sqliteHandle(connection), nullptr); s;
         s = sqlite3_next_stmt(sqliteHandle(connection), s))
        ++count;
    return count;
}

// An edit's statements carry the schema's triggers: a file's connection prepares each once, and
// still closes cleanly (SQLite refuses to close a connection with statements left).
TEST_F(SqlQueryTest, AStatementIsPreparedOnceAndTheFileStillClosesCleanly) {
    const int before = statementsOf(connection());
    const auto count = [this] {
        SqlQuery query(connection(), QStringLiteral("SELECT COUNT(*) FROM sample"));
        return query.first([](const SqlQuery& row) { return row.valueId(0); }, {}).value();
    };
    EXPECT_EQ(count(), 0);
    const int kept = statementsOf(connection());
    EXPECT_EQ(kept, before + 1);
    ASSERT_TRUE(insert(QStringLiteral("x")));
    EXPECT_EQ(count(), 1) << "a kept statement reads what was written since";
    EXPECT_EQ(statementsOf(connection()), kept + 1) << "the count was not prepared again";

    const QString wal = path() + QStringLiteral("-wal");
    ASSERT_TRUE(QFile::exists(wal));
    m_database.reset();
    EXPECT_FALSE(QFile::exists(wal)) << "the last connection closed and checkpointed the file";
}

TEST_F(SqlQueryTest, AClosedConnectionGivesAMessageNotACrash) {
    SqlQuery query(QSqlDatabase(), QStringLiteral("SELECT 1"));
    EXPECT_FALSE(query.exec());
    EXPECT_FALSE(query.next());
}

} // namespace
