// People sign in as themselves, and the server enforces what each may do (grants and row-level
// security of resources/migrations-pg/roles.sql), whatever SQL their login sends.
#include "ServerSupport.h"
#include "storage/ServerMigrator.h"

#include <QDateTime>
#include <QSqlQuery>
#include <memory>

using namespace paragraf;
using namespace paragraf::test;

namespace {

const QString permissionDenied = QStringLiteral("42501");

class ServerRolesTest : public ::testing::Test {
protected:
    void SetUp() override {
        PARAGRAF_REQUIRE_SERVER();
        server = std::make_unique<ServerDatabase>();
        owner = server->admin();
        const auto migrated = ServerMigrator::migrate(owner);
        ASSERT_TRUE(migrated.ok()) << migrated.error().toStdString();
        s = seed(owner);
        secretaryLogin = server->addLogin(QStringLiteral("sven"), QStringLiteral("secretary"),
                                          s.secretaryPerson, {s.bodyA});
        chairLogin =
            server->addLogin(QStringLiteral("anna"), QStringLiteral("chair"), s.chairPerson);
        readerLogin = server->addLogin(QStringLiteral("rita"), QStringLiteral("reader"), 0);
        secretary = server->as(secretaryLogin, ServerDatabase::password());
        chair = server->as(chairLogin, ServerDatabase::password());
        reader = server->as(readerLogin, ServerDatabase::password());
    }

    void adjust(qint64 meeting) {
        ASSERT_EQ(
            changed(owner, QStringLiteral("UPDATE meeting SET status = 'adjusted' WHERE id = %1")
                               .arg(meeting)),
            1);
    }

    std::unique_ptr<ServerDatabase> server;
    QSqlDatabase owner, secretary, chair, reader;
    QString secretaryLogin, chairLogin, readerLogin;
    Seed s;
};

} // namespace

TEST_F(ServerRolesTest, TheSecretaryCannotSignAsTheChair) {
    const QString chairSigns =
        signatureValues(s.meetingA, QStringLiteral("chair"), s.chair, QStringLiteral("in_person"));
    EXPECT_EQ(sqlState(secretary, chairSigns), permissionDenied);
    EXPECT_EQ(value(owner, QStringLiteral("SELECT count(*) FROM signature")).toInt(), 0);

    // The chair signs as the chair, and the row says which login signed.
    EXPECT_EQ(sqlState(chair, chairSigns), QString());
    EXPECT_EQ(value(owner, QStringLiteral("SELECT login FROM signature")).toString(), chairLogin);
    // … but not as the adjuster, who is someone else.
    EXPECT_EQ(sqlState(chair, signatureValues(s.meetingA, QStringLiteral("adjuster"), s.adjuster,
                                              QStringLiteral("in_person"))),
              permissionDenied);
}

TEST_F(ServerRolesTest, ASignatureNamingAnotherLoginIsRefused) {
    QString spoofed =
        signatureValues(s.meetingA, QStringLiteral("chair"), s.chair, QStringLiteral("in_person"));
    spoofed.replace(QStringLiteral("chain_hash)"), QStringLiteral("chain_hash, login)"));
    spoofed.chop(1);
    spoofed += QStringLiteral(", '%1')").arg(chairLogin);
    EXPECT_EQ(sqlState(secretary, spoofed), permissionDenied);
    EXPECT_EQ(sqlState(chair, spoofed), QString());
}

TEST_F(ServerRolesTest, TheSecretaryRecordsASignatureMadeOnPaperUnderTheirOwnLogin) {
    EXPECT_EQ(sqlState(secretary, signatureValues(s.meetingA, QStringLiteral("chair"), s.chair,
                                                  QStringLiteral("on_paper"))),
              QString());
    EXPECT_EQ(value(owner, QStringLiteral("SELECT login FROM signature")).toString(),
              secretaryLogin);
}

TEST_F(ServerRolesTest, RawSqlByTheSecretaryCannotChangeAnAdjustedProtocol) {
    const QString retitle =
        QStringLiteral("UPDATE paragraph SET title = 'Ändrad' WHERE id = %1").arg(s.paragraphA);
    ASSERT_EQ(changed(secretary, retitle), 1) << "the secretary edits their body's draft";
    adjust(s.meetingA);

    EXPECT_EQ(sqlState(secretary, retitle), QStringLiteral("PF001"));
    EXPECT_EQ(sqlState(secretary,
                       QStringLiteral("DELETE FROM paragraph WHERE id = %1").arg(s.paragraphA)),
              QStringLiteral("PF001"));
    EXPECT_EQ(
        sqlState(
            secretary,
            QStringLiteral("UPDATE meeting SET status = 'draft' WHERE id = %1").arg(s.meetingA)),
        QStringLiteral("PF001"));
    // The ways around a trigger are the owner's and the superuser's only.
    EXPECT_EQ(sqlState(secretary, QStringLiteral("ALTER TABLE paragraph DISABLE TRIGGER ALL")),
              permissionDenied);
    EXPECT_EQ(sqlState(secretary, QStringLiteral("SET session_replication_role = replica")),
              permissionDenied);
    EXPECT_EQ(
        sqlState(secretary, QStringLiteral("CREATE TEMP TABLE meeting (id bigint, status text)")),
        permissionDenied);
    EXPECT_EQ(
        value(owner, QStringLiteral("SELECT title FROM paragraph WHERE id = %1").arg(s.paragraphA))
            .toString(),
        QStringLiteral("Ändrad"));
}

// Another body's rows cannot be changed, deleted or added to, and the refusal is a refusal: the
// statement fails (42501), where row-level security alone would have left the row out and let
// it succeed having changed nothing (before, this test asserted that: 0 rows changed).
TEST_F(ServerRolesTest, ASecretaryWritesTheMeetingsOfTheirOwnBodiesOnly) {
    for (const QString& write :
         {QStringLiteral("UPDATE paragraph SET title = 'X' WHERE id = %1").arg(s.paragraphB),
          QStringLiteral("DELETE FROM paragraph WHERE id = %1").arg(s.paragraphB),
          QStringLiteral("UPDATE meeting SET status = 'out_for_adjustment' WHERE id = %1")
              .arg(s.meetingB),
          QStringLiteral("UPDATE meeting SET body_id = %1 WHERE id = %2")
              .arg(s.bodyA)
              .arg(s.meetingB)})
        EXPECT_EQ(sqlState(secretary, write), permissionDenied) << write.toStdString();
    // A statement that finds nothing is no refusal.
    EXPECT_EQ(changed(secretary, QStringLiteral("UPDATE paragraph SET title = 'X' WHERE id = -1")),
              0);
    EXPECT_EQ(
        value(owner, QStringLiteral("SELECT title FROM paragraph WHERE id = %1").arg(s.paragraphB))
            .toString(),
        QStringLiteral("Budget"));
    EXPECT_EQ(sqlState(secretary, QStringLiteral("INSERT INTO paragraph (meeting_id, position, "
                                                 "number, kind) VALUES (%1, 1, 2, 'decision')")
                                      .arg(s.meetingB)),
              permissionDenied);
    EXPECT_EQ(
        sqlState(secretary, QStringLiteral("INSERT INTO meeting (body_id, date, form, status) "
                                           "VALUES (%1, '2024-05-01', 'physical', 'planned')")
                                .arg(s.bodyB)),
        permissionDenied);
    // Their own body's are theirs to write; the roster is the registry's.
    EXPECT_EQ(
        sqlState(secretary, QStringLiteral("INSERT INTO meeting (body_id, date, form, status) "
                                           "VALUES (%1, '2024-05-01', 'physical', 'planned')")
                                .arg(s.bodyA)),
        QString());
    EXPECT_EQ(sqlState(secretary,
                       QStringLiteral("UPDATE body SET name = 'X' WHERE id = %1").arg(s.bodyA)),
              permissionDenied);
}

TEST_F(ServerRolesTest, AReaderCannotWrite) {
    EXPECT_EQ(value(reader, QStringLiteral("SELECT count(*) FROM paragraph")).toInt(), 2)
        << "a reader reads";
    for (const QString& write :
         {QStringLiteral("INSERT INTO body (name, kind) VALUES ('Ny', 'deciding')"),
          QStringLiteral("UPDATE paragraph SET title = 'X'"), QStringLiteral("DELETE FROM meeting"),
          QStringLiteral(
              "INSERT INTO remark (meeting_id, participant_id, author, written_at, text) "
              "SELECT meeting_id, id, 'Rita', '2024-03-05', 'Fel' FROM participant"),
          QStringLiteral("INSERT INTO paragraf_login (login) VALUES ('rita2')")})
        EXPECT_EQ(sqlState(reader, write), permissionDenied) << write.toStdString();
    EXPECT_EQ(
        value(owner, QStringLiteral("SELECT string_agg(title, ',') FROM paragraph")).toString(),
        QStringLiteral("Budget,Budget"));
}

TEST_F(ServerRolesTest, EveryChangeRecordsTheLoginAndTheServersTime) {
    const QDateTime before = value(owner, QStringLiteral("SELECT now()")).toDateTime();
    ASSERT_EQ(changed(secretary, QStringLiteral("UPDATE paragraph SET title = 'Ny' WHERE id = %1")
                                     .arg(s.paragraphA)),
              1);
    const QDateTime after = value(owner, QStringLiteral("SELECT now()")).toDateTime();
    QSqlQuery last(owner);
    ASSERT_TRUE(last.exec(QStringLiteral("SELECT login, operation, row_key->>'id', changed_at FROM "
                                         "paragraf_change WHERE table_name = 'paragraph' ORDER BY "
                                         "id DESC LIMIT 1")));
    ASSERT_TRUE(last.next());
    EXPECT_EQ(last.value(0).toString(), secretaryLogin);
    EXPECT_EQ(last.value(1).toString(), QStringLiteral("UPDATE"));
    EXPECT_EQ(last.value(2).toLongLong(), s.paragraphA);
    EXPECT_GE(last.value(3).toDateTime(), before);
    EXPECT_LE(last.value(3).toDateTime(), after);
    // The record is the server's: no login writes or removes it.
    EXPECT_EQ(sqlState(secretary, QStringLiteral("DELETE FROM paragraf_change")), permissionDenied);
    EXPECT_EQ(sqlState(secretary, QStringLiteral("INSERT INTO paragraf_change (table_name, "
                                                 "operation, row_key) VALUES ('x', 'x', '{}')")),
              permissionDenied);
}

TEST_F(ServerRolesTest, AChairRemarksOnTheProtocolsTheyAreNamedInOnly) {
    const QString remark = QStringLiteral(
        "INSERT INTO remark (meeting_id, participant_id, author, written_at, text) VALUES "
        "(%1, %2, 'Anna Ek', '2024-03-05T10:00:00', 'Stavfel i § 1')");
    EXPECT_EQ(sqlState(chair, remark.arg(s.meetingA).arg(s.chair)), QString());
    EXPECT_EQ(sqlState(chair, remark.arg(s.meetingA).arg(s.adjuster)), permissionDenied)
        << "not in someone else's name";
    EXPECT_EQ(sqlState(chair, remark.arg(s.meetingB).arg(s.chair)), permissionDenied)
        << "not on a protocol they do not sign";
    EXPECT_EQ(sqlState(chair, QStringLiteral("UPDATE paragraph SET title = 'X' WHERE id = %1")
                                  .arg(s.paragraphA)),
              permissionDenied)
        << "a chair reviews; the secretary writes";
}

// On the server a remark is its maker's: the secretary files none in the chair's name (in a file
// they may: the file has no logins), and answers the chair's. A chair's update of a row that is
// not theirs is refused, not skipped.
TEST_F(ServerRolesTest, ARemarkIsItsMakersOwnAndOthersRowsAreRefusedNotSkipped) {
    const QString remark = QStringLiteral(
        "INSERT INTO remark (meeting_id, participant_id, author, written_at, text) VALUES "
        "(%1, %2, '%3', '2024-03-05T10:00:00', 'Stavfel i § 1') RETURNING id");
    EXPECT_EQ(
        sqlState(secretary, remark.arg(s.meetingA).arg(s.chair).arg(QStringLiteral("Anna Ek"))),
        permissionDenied)
        << "not in the chair's name";
    const qint64 own =
        value(secretary, remark.arg(s.meetingA).arg(s.secretary).arg(QStringLiteral("Sven Al")))
            .toLongLong();
    EXPECT_GT(own, 0) << "the secretary's own remark";
    const qint64 chairs =
        value(chair, remark.arg(s.meetingA).arg(s.chair).arg(QStringLiteral("Anna Ek")))
            .toLongLong();
    ASSERT_GT(chairs, 0);
    EXPECT_EQ(
        changed(secretary,
                QStringLiteral("UPDATE remark SET answer = 'Rättat' WHERE id = %1").arg(chairs)),
        1)
        << "the secretary answers the chair's remark";
    EXPECT_EQ(
        sqlState(chair, QStringLiteral("UPDATE remark SET text = 'X' WHERE id = %1").arg(own)),
        permissionDenied)
        << "the chair's login changes its own remarks only";
    EXPECT_EQ(sqlState(chair, QStringLiteral("UPDATE meeting SET status = 'adjusted' WHERE id = %1")
                                  .arg(s.meetingA)),
              permissionDenied)
        << "a draft is not out for adjustment";
    EXPECT_EQ(
        value(owner, QStringLiteral("SELECT status FROM meeting WHERE id = %1").arg(s.meetingA))
            .toString(),
        QStringLiteral("draft"));
}
