// Marks for the web copy on the server with real logins (schema 15): the body's secretary marks,
// and the server, not the program, says who and when; a reader, or another body's secretary,
// cannot add or remove a mark; the record of publications is only ever added to.
#include "ServerSupport.h"
#include "demo/DemoData.h"
#include "publish/PublicationMarks.h"
#include "services/MeetingService.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <memory>

using namespace paragraf;
using namespace paragraf::test;

namespace {

class ServerPublicationMarksTest : public ::testing::Test {
protected:
    void SetUp() override {
        PARAGRAF_REQUIRE_SERVER();
        server = std::make_unique<ServerDatabase>();
        auto created =
            Database::create(QStringLiteral("service=paragraf-test dbname=") + server->name());
        ASSERT_TRUE(created.ok()) << created.error().toStdString();
        owner = std::move(created).value();
        ASSERT_TRUE(buildDemo(*owner).ok());
        admin = server->admin();
        meeting = value(admin, QStringLiteral("SELECT id FROM meeting WHERE status = 'draft' "
                                              "ORDER BY id LIMIT 1"))
                      .toLongLong();
        ASSERT_GT(meeting, 0);
        body =
            value(admin, QStringLiteral("SELECT body_id FROM meeting WHERE id = %1").arg(meeting))
                .toLongLong();
        const auto record = MeetingService(*owner).load(meeting);
        ASSERT_TRUE(record.ok() && !record->paragraphs.isEmpty());
        paragraph = record->paragraphs.first().id;
        title = record->paragraphs.first().title;
        ASSERT_FALSE(title.isEmpty());
    }
    std::unique_ptr<Database> desk(const QString& login) {
        auto opened = Database::open(QStringLiteral("postgresql://%1:%2@/%3?service=paragraf-test")
                                         .arg(login, ServerDatabase::password(), server->name()));
        EXPECT_TRUE(opened.ok()) << opened.error().toStdString();
        return opened ? std::move(opened).value() : nullptr;
    }
    int marks() {
        return value(admin, QStringLiteral("SELECT count(*) FROM publication_mark")).toInt();
    }
    // A statement run by the login itself, past the program: the server's rules alone decide.
    QSqlError run(const QString& login, const QString& sql) {
        QSqlDatabase connection = server->as(login, ServerDatabase::password());
        QSqlQuery query(connection);
        query.exec(sql);
        return query.lastError();
    }
    QString insertMark(const QString& by) const {
        return QStringLiteral("INSERT INTO publication_mark (meeting_id, paragraph_id, passage, "
                              "made_at, made_by) VALUES (%1, %2, 'x', '2000-01-01T00:00:00Z', "
                              "'%3')")
            .arg(meeting)
            .arg(paragraph)
            .arg(by);
    }

    std::unique_ptr<ServerDatabase> server;
    std::unique_ptr<Database> owner;
    QSqlDatabase admin;
    qint64 meeting = 0, body = 0;
    Id paragraph = NoId;
    QString title;
};

} // namespace

TEST_F(ServerPublicationMarksTest, TheServerSaysWhoMarkedAndWhen) {
    const QString login =
        server->addLogin(QStringLiteral("sec"), QStringLiteral("secretary"), 0, {body});
    auto secretary = desk(login);
    ASSERT_TRUE(secretary);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-60);
    const auto made = PublicationMarkService(*secretary).mark(meeting, paragraph, title);
    ASSERT_TRUE(made.ok()) << made.error().toStdString();
    ASSERT_TRUE(PublicationMarkService(*secretary).setIndividual(meeting, paragraph, true).ok());
    const auto stored = PublicationMarkService(*owner).stored(meeting);
    ASSERT_TRUE(stored.ok()) << stored.error().toStdString();
    ASSERT_EQ(stored->passages.size(), 1);
    EXPECT_EQ(stored->passages.first().mark.madeBy, login);
    EXPECT_GE(stored->passages.first().mark.madeAt, before);
    EXPECT_LE(stored->passages.first().mark.madeAt, QDateTime::currentDateTimeUtc().addSecs(60));
    ASSERT_EQ(stored->individual.size(), 1);
    EXPECT_EQ(stored->individual.first().madeBy, login);

    // Another maker and another time sent past the program are replaced by the server's.
    EXPECT_FALSE(run(login, insertMark(QStringLiteral("rektor"))).isValid());
    const auto again = PublicationMarkService(*owner).stored(meeting);
    ASSERT_EQ(again->passages.size(), 2);
    EXPECT_EQ(again->passages.last().mark.madeBy, login);
    EXPECT_GE(again->passages.last().mark.madeAt, before);
}

TEST_F(ServerPublicationMarksTest, AReaderOrAnotherBodysSecretaryCannotMark) {
    ASSERT_TRUE(PublicationMarkService(*owner).mark(meeting, paragraph, title).ok());
    const QString reader = server->addLogin(QStringLiteral("rita"), QStringLiteral("reader"), 0);
    const qint64 otherBody =
        value(admin, QStringLiteral("SELECT min(id) FROM body WHERE id <> %1").arg(body))
            .toLongLong();
    const QString other =
        server->addLogin(QStringLiteral("sec_other"), QStringLiteral("secretary"), 0, {otherBody});
    const int before = marks();

    auto readerDesk = desk(reader);
    ASSERT_TRUE(readerDesk);
    EXPECT_FALSE(PublicationMarkService(*readerDesk).mark(meeting, paragraph, title).ok());
    auto otherDesk = desk(other);
    ASSERT_TRUE(otherDesk);
    const auto refused = PublicationMarkService(*otherDesk).mark(meeting, NoId, title);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("may not")))
        << refused.error().toStdString();
    EXPECT_FALSE(PublicationMarkService(*otherDesk).setIndividual(meeting, paragraph, true).ok());

    for (const QString& login : {reader, other}) {
        EXPECT_TRUE(run(login, insertMark(login)).isValid()) << login.toStdString();
        EXPECT_TRUE(run(login, QStringLiteral("DELETE FROM publication_mark")).isValid());
        EXPECT_TRUE(
            run(login, QStringLiteral("UPDATE publication_mark SET passage = 'y'")).isValid());
        EXPECT_TRUE(run(login, QStringLiteral("INSERT INTO individual_paragraph (paragraph_id) "
                                              "VALUES (%1)")
                                   .arg(paragraph))
                        .isValid());
    }
    EXPECT_EQ(marks(), before);
    EXPECT_EQ(value(admin, QStringLiteral("SELECT passage FROM publication_mark")).toString(),
              title);
}

TEST_F(ServerPublicationMarksTest, TheRecordOfPublicationsIsOnlyEverAddedTo) {
    const QString login =
        server->addLogin(QStringLiteral("sec"), QStringLiteral("secretary"), 0, {body});
    auto secretary = desk(login);
    ASSERT_TRUE(secretary);
    Publication publication;
    publication.meetingId = meeting;
    publication.files = {QStringLiteral("protokoll.html")};
    publication.masked = {QStringLiteral("personnummer\t§ 1")};
    const auto recorded = PublicationMarkService(*secretary).recordPublication(publication);
    ASSERT_TRUE(recorded.ok()) << recorded.error().toStdString();
    const auto done = PublicationMarkService(*owner).publications(meeting);
    ASSERT_EQ(done->size(), 1);
    EXPECT_EQ(done->first().madeBy, login);
    EXPECT_EQ(done->first().masked, publication.masked);
    EXPECT_TRUE(run(login, QStringLiteral("DELETE FROM publication")).isValid());
    EXPECT_TRUE(run(login, QStringLiteral("UPDATE publication SET made_by = 'x'")).isValid());
    QSqlQuery asOwner(admin);
    EXPECT_FALSE(asOwner.exec(QStringLiteral("DELETE FROM publication"))) << "not even the owner";
    EXPECT_EQ(PublicationMarkService(*owner).publications(meeting)->size(), 1);
}
