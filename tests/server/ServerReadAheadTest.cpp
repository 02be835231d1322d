// A meeting's reads sent to the server together (storage/ReadAhead.h): the second load of a
// meeting takes its statements from one round trip, and what it reads is never other than what
// the statements run one by one would read — after a change by someone else, after a write
// within, when a statement sent ahead fails, when the connection is gone.
#include "ServerAndFileFixture.h"
#include "services/MeetingService.h"
#include "storage/ReadAhead.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

using namespace paragraf;
using namespace paragraf::test;

namespace {

class ServerReadAheadTest : public ServerAndFileFixture {
protected:
    void SetUp() override {
        ServerAndFileFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        made = seed(server->admin());
    }

    const QSqlDatabase& connection() const { return onServer->connection(); }

    // The value of `sql` with :k bound to `k`, run through SqlQuery (and so through what was
    // sent ahead, when a ReadAhead is open).
    Result<qint64> valueOf(const QString& sql, qint64 k) const {
        SqlQuery query(connection(), sql);
        query.bind(QStringLiteral(":k"), k);
        return query.first([](const SqlQuery& row) { return row.value(0).toLongLong(); },
                           QStringLiteral("no row"));
    }

    QString titleOfFirstParagraph(Id meeting) const {
        const auto record = MeetingService(*onServer).load(meeting);
        EXPECT_TRUE(record.ok()) << record.error().toStdString();
        return record.ok() && !record->paragraphs.isEmpty() ? record->paragraphs.first().title
                                                            : QString();
    }

    Seed made;
};

const QString what = QStringLiteral("test");

} // namespace

// The first load is recorded; the next, of the same meeting or another of the same shape, finds
// every statement among those sent ahead and runs none by itself.
TEST_F(ServerReadAheadTest, ASecondLoadRunsNoStatementByItself) {
    MeetingService meetings(*onServer);
    {
        const ReadAhead first(connection(), what, made.meetingA);
        ASSERT_TRUE(meetings.load(made.meetingA).ok());
        EXPECT_EQ(first.taken(), 0) << "nothing recorded yet";
        EXPECT_GE(first.ranAlone(), 15);
    }
    {
        const ReadAhead second(connection(), what, made.meetingA);
        ASSERT_TRUE(meetings.load(made.meetingA).ok());
        EXPECT_GE(second.taken(), 15);
        EXPECT_EQ(second.ranAlone(), 0);
    }
    const ReadAhead other(connection(), what, made.meetingB);
    const auto loaded = meetings.load(made.meetingB);
    ASSERT_TRUE(loaded.ok()) << loaded.error().toStdString();
    EXPECT_EQ(loaded->meeting.id, made.meetingB);
    EXPECT_GE(other.taken(), 10) << "the statements keyed by the meeting are sent for this one";
}

// What is sent ahead is sent when the load begins: a title changed by someone else since the
// last load is the title loaded.
TEST_F(ServerReadAheadTest, ALoadReadsWhatOthersChangedSinceTheLastOne) {
    for (int i = 0; i < 3; ++i)
        titleOfFirstParagraph(made.meetingA);
    QSqlQuery other(server->admin());
    ASSERT_TRUE(other.exec(QStringLiteral("UPDATE paragraph SET title = 'Ändrad av någon annan' "
                                          "WHERE id = %1")
                               .arg(made.paragraphA)));
    EXPECT_EQ(titleOfFirstParagraph(made.meetingA), QStringLiteral("Ändrad av någon annan"));
}

// A write within a ReadAhead: the reads after it read the written rows, not those sent ahead
// before it.
TEST_F(ServerReadAheadTest, AReadAfterAWriteWithinReadsTheWrite) {
    const QString title =
        QStringLiteral("SELECT length(title) FROM paragraph WHERE meeting_id = :k ORDER BY id "
                       "LIMIT 1");
    const QString count = QStringLiteral("SELECT count(*) FROM meeting WHERE id = :k");
    for (int i = 0; i < 2; ++i) {
        const ReadAhead reads(connection(), what, made.meetingA);
        ASSERT_TRUE(valueOf(count, made.meetingA).ok());
        ASSERT_TRUE(valueOf(title, made.meetingA).ok());
    }
    const ReadAhead reads(connection(), what, made.meetingA);
    ASSERT_TRUE(valueOf(count, made.meetingA).ok());
    SqlQuery write(connection(),
                   QStringLiteral("UPDATE paragraph SET title = 'Fem!!' WHERE id = :id"));
    ASSERT_TRUE(write.bind(QStringLiteral(":id"), made.paragraphA).exec().ok());
    const auto after = valueOf(title, made.meetingA);
    ASSERT_TRUE(after.ok()) << after.error().toStdString();
    EXPECT_EQ(after.value(), 5);
}

// A statement sent ahead that fails (here: the key of this time divides by zero) fails as it
// fails alone, in its own words, and the statements after it still read their rows.
TEST_F(ServerReadAheadTest, AStatementThatFailsAheadFailsAsItWouldAlone) {
    const QString divide = QStringLiteral("SELECT 10 / (:k - 1)");
    const QString plus = QStringLiteral("SELECT :k + 1");
    for (int i = 0; i < 2; ++i) {
        const ReadAhead reads(connection(), what, 3);
        ASSERT_EQ(valueOf(divide, 3).value(), 5);
        ASSERT_EQ(valueOf(plus, 3).value(), 4);
    }
    const auto alone = valueOf(divide, 1);
    ASSERT_FALSE(alone.ok());
    const ReadAhead reads(connection(), what, 1);
    const auto ahead = valueOf(divide, 1);
    ASSERT_FALSE(ahead.ok());
    EXPECT_EQ(ahead.error().toStdString(), alone.error().toStdString());
    const auto next = valueOf(plus, 1);
    ASSERT_TRUE(next.ok()) << next.error().toStdString();
    EXPECT_EQ(next.value(), 2);
}

// Within a transaction nothing is sent ahead (a statement that failed ahead would abort the
// transaction), and the load reads the transaction's own writes.
TEST_F(ServerReadAheadTest, WithinATransactionTheLoadRunsAloneAndSeesItsWrites) {
    for (int i = 0; i < 2; ++i)
        titleOfFirstParagraph(made.meetingA);
    const auto status = inTransaction(connection(), [&]() -> Status {
        SqlQuery write(connection(),
                       QStringLiteral("UPDATE paragraph SET title = 'Inom' WHERE id = :id"));
        if (auto written = write.bind(QStringLiteral(":id"), made.paragraphA).exec(); !written)
            return written;
        const ReadAhead reads(connection(), what, made.meetingA);
        EXPECT_EQ(titleOfFirstParagraph(made.meetingA), QStringLiteral("Inom"));
        EXPECT_EQ(reads.taken(), 0);
        return {};
    });
    ASSERT_TRUE(status.ok()) << status.error().toStdString();
}

// The server ends the connection between two loads: the load sent ahead fails as a load does
// when the server is gone (offline), neither hanging nor crashing, and says so.
TEST_F(ServerReadAheadTest, AConnectionEndedByTheServerFailsTheLoadAsOffline) {
    for (int i = 0; i < 2; ++i)
        titleOfFirstParagraph(made.meetingA);
    const auto pid = valueOf(QStringLiteral("SELECT pg_backend_pid() + 0 * :k"), 0);
    ASSERT_TRUE(pid.ok());
    QSqlQuery admin(server->admin());
    ASSERT_TRUE(admin.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid.value())));
    const auto loaded = MeetingService(*onServer).load(made.meetingA);
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.errorKind(), ErrorKind::Offline) << loaded.error().toStdString();
}

// The server ends the connection after the statements were sent ahead and before their rows
// are read: the reads fail as offline, and nothing hangs.
TEST_F(ServerReadAheadTest, AConnectionEndedWhileStatementsAreAheadFailsAsOffline) {
    const QString plus = QStringLiteral("SELECT :k + 1");
    const auto pid = valueOf(QStringLiteral("SELECT pg_backend_pid() + 0 * :k"), 0);
    ASSERT_TRUE(pid.ok());
    for (int i = 0; i < 2; ++i) {
        const ReadAhead reads(connection(), what, 3);
        for (int j = 0; j < 3; ++j)
            ASSERT_EQ(valueOf(plus, 3).value(), 4);
    }
    const ReadAhead reads(connection(), what, 3);
    QSqlQuery admin(server->admin());
    ASSERT_TRUE(admin.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid.value())));
    for (int j = 0; j < 3; ++j) {
        const auto after = valueOf(plus, 3);
        if (after.ok()) // the rows may have come back before the server ended the connection
            EXPECT_EQ(after.value(), 4);
        else
            EXPECT_EQ(after.errorKind(), ErrorKind::Offline) << after.error().toStdString();
    }
    const auto later = valueOf(QStringLiteral("SELECT :k"), 5);
    ASSERT_FALSE(later.ok());
    EXPECT_EQ(later.errorKind(), ErrorKind::Offline) << later.error().toStdString();
}

// On the file a ReadAhead does nothing.
TEST_F(ServerReadAheadTest, OnTheFileNothingIsSentAhead) {
    const ReadAhead reads(database().connection(), what, 1);
    EXPECT_EQ(reads.taken(), 0);
    EXPECT_EQ(reads.ranAlone(), 0);
}
