// The rules that keep a final protocol final, enforced by the server itself: raw SQL from the
// database's owner (a superuser here) is refused with Paragraf's SQLSTATEs (PF001: adjusted and
// final, PF002: a kept record, PF003: needs an adjusted protocol), as the file's triggers refuse
// it.
#include "ServerSupport.h"
#include "storage/ServerMigrator.h"

#include <QSqlError>
#include <QSqlQuery>
#include <memory>

using namespace paragraf;
using namespace paragraf::test;

namespace {

class ServerFinalityTest : public ::testing::Test {
protected:
    void SetUp() override {
        PARAGRAF_REQUIRE_SERVER();
        server = std::make_unique<ServerDatabase>();
        owner = server->admin();
        const auto migrated = ServerMigrator::migrate(owner);
        ASSERT_TRUE(migrated.ok()) << migrated.error().toStdString();
        s = seed(owner);
    }

    void adjust(qint64 meeting) {
        ASSERT_EQ(
            changed(owner, QStringLiteral("UPDATE meeting SET status = 'adjusted' WHERE id = %1")
                               .arg(meeting)),
            1);
    }

    QString refusal(const QString& sql) { return sqlState(owner, sql.arg(s.meetingA)); }

    std::unique_ptr<ServerDatabase> server;
    QSqlDatabase owner;
    Seed s;
};

} // namespace

TEST_F(ServerFinalityTest, AnAdjustedProtocolRefusesEveryChangeEvenFromTheOwner) {
    const QString retitle =
        QStringLiteral("UPDATE paragraph SET title = 'Ändrad' WHERE meeting_id = %1");
    ASSERT_EQ(refusal(retitle), QString()) << "a draft is edited freely";
    adjust(s.meetingA);

    const QString isFinal = QStringLiteral("PF001");
    EXPECT_EQ(refusal(retitle), isFinal);
    EXPECT_EQ(refusal(QStringLiteral("DELETE FROM paragraph WHERE meeting_id = %1")), isFinal);
    EXPECT_EQ(refusal(QStringLiteral("INSERT INTO paragraph (meeting_id, position, number, kind) "
                                     "VALUES (%1, 5, 2, 'information')")),
              isFinal);
    EXPECT_EQ(
        sqlState(owner, QStringLiteral("UPDATE paragraph_section SET text = 'Nytt' WHERE id = %1")
                            .arg(s.sectionA)),
        isFinal);
    EXPECT_EQ(
        refusal(QStringLiteral("UPDATE participant SET name = 'Annan' WHERE meeting_id = %1")),
        isFinal);
    EXPECT_EQ(refusal(QStringLiteral("INSERT INTO attendance_event (meeting_id, participant_id, "
                                     "kind) SELECT %1, id, 'leave' FROM participant LIMIT 1")),
              isFinal);
    EXPECT_EQ(refusal(QStringLiteral("UPDATE meeting SET place = 'Annanstans' WHERE id = %1")),
              isFinal);
    EXPECT_EQ(refusal(QStringLiteral("UPDATE meeting SET adjustment_time = '17:00' WHERE id = %1")),
              isFinal);
    EXPECT_EQ(refusal(QStringLiteral("UPDATE meeting SET status = 'draft' WHERE id = %1")),
              isFinal);
    EXPECT_EQ(refusal(QStringLiteral("DELETE FROM meeting WHERE id = %1")), isFinal);
    EXPECT_EQ(refusal(signatureValues(s.meetingA, QStringLiteral("chair"), s.chair,
                                      QStringLiteral("in_person"))),
              isFinal);

    // It moves on, and only on.
    EXPECT_EQ(refusal(QStringLiteral("UPDATE meeting SET status = 'announced' WHERE id = %1")),
              QString());
    EXPECT_EQ(refusal(QStringLiteral("UPDATE meeting SET status = 'adjusted' WHERE id = %1")),
              isFinal);
    // The other body's draft is untouched by all this.
    EXPECT_EQ(sqlState(owner, QStringLiteral("UPDATE paragraph SET title = 'X' WHERE id = %1")
                                  .arg(s.paragraphB)),
              QString());
}

TEST_F(ServerFinalityTest, KeptRecordsAreOnlyEverAddedTo) {
    const QString erratum = QStringLiteral(
        "INSERT INTO erratum (meeting_id, corrected_text, reason, decided_by, decided_on, "
        "recorded_at, chain_hash) VALUES (%1, 'Rätt', 'Skrivfel', 'Ordföranden', '2024-03-20', "
        "'2024-03-20T10:00:00', repeat('b', 64))");
    const QString posting =
        QStringLiteral("INSERT INTO posting (meeting_id, posted_on) VALUES (%1, '2024-03-12')");
    EXPECT_EQ(refusal(erratum), QStringLiteral("PF003"));
    EXPECT_EQ(refusal(posting), QStringLiteral("PF003"));
    adjust(s.meetingA);

    EXPECT_EQ(refusal(erratum), QString());
    EXPECT_EQ(refusal(QStringLiteral("UPDATE erratum SET reason = 'Annat' WHERE meeting_id = %1")),
              QStringLiteral("PF002"));
    EXPECT_EQ(refusal(QStringLiteral("DELETE FROM erratum WHERE meeting_id = %1")),
              QStringLiteral("PF002"));
    EXPECT_EQ(refusal(posting), QString());
    EXPECT_EQ(refusal(QStringLiteral("UPDATE posting SET taken_down_on = '2024-04-12' WHERE "
                                     "meeting_id = %1")),
              QString());
    EXPECT_EQ(refusal(QStringLiteral("UPDATE posting SET posted_on = '2024-03-13' WHERE "
                                     "meeting_id = %1")),
              QStringLiteral("PF002"));
    EXPECT_EQ(refusal(QStringLiteral("UPDATE posting SET notice_days = 30 WHERE meeting_id = %1")),
              QStringLiteral("PF002"));
    EXPECT_EQ(refusal(QStringLiteral("DELETE FROM posting WHERE meeting_id = %1")),
              QStringLiteral("PF002"));
    EXPECT_EQ(refusal(QStringLiteral(
                  "INSERT INTO issued_document (meeting_id, kind, file_name, sha256, size, "
                  "issued_at, chain_hash) VALUES (%1, 'protocol', 'p.pdf', repeat('c', 64), 10, "
                  "'2024-03-12T09:00:00', repeat('d', 64))")),
              QString());
    EXPECT_EQ(refusal(QStringLiteral("UPDATE issued_document SET size = 11 WHERE meeting_id = %1")),
              QStringLiteral("PF002"));
}

TEST_F(ServerFinalityTest, WhereAnAdjustedYearsNumberingStartsStays) {
    const QString start = QStringLiteral(
        "INSERT INTO numbering_start (body_id, year, first_number) VALUES (%1, 2024, 5)");
    ASSERT_EQ(sqlState(owner, start.arg(s.bodyB)), QString())
        << "body B's year has no final protocol";
    adjust(s.meetingA);
    EXPECT_EQ(sqlState(owner, start.arg(s.bodyA)), QStringLiteral("PF001"));
    EXPECT_EQ(sqlState(owner, start.arg(s.bodyA).replace(QStringLiteral("2024"), "2025")),
              QString());
    EXPECT_EQ(sqlState(owner, QStringLiteral("UPDATE numbering_start SET year = 2024 WHERE "
                                             "body_id = %1 AND year = 2025")
                                  .arg(s.bodyA)),
              QStringLiteral("PF001"));
}

TEST_F(ServerFinalityTest, TheRefusalSaysWhyInTheFilesWords) {
    adjust(s.meetingA);
    QSqlQuery query(owner);
    ASSERT_FALSE(
        query.exec(QStringLiteral("DELETE FROM paragraph WHERE id = %1").arg(s.paragraphA)));
    EXPECT_TRUE(query.lastError().databaseText().contains(
        QStringLiteral("the protocol is adjusted and final")))
        << query.lastError().databaseText().toStdString();
}
