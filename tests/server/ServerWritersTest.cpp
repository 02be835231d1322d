// Several writers on one server (issue 21, item 4): secretaries of different meetings never wait
// for each other, and a stale write to the same text is refused as on the file.
#include "ServerSupport.h"
#include "services/MeetingService.h"
#include "services/RosterService.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <memory>

using namespace paragraf;
using namespace paragraf::test;

namespace {

class ServerWritersTest : public ::testing::Test {
protected:
    void SetUp() override {
        PARAGRAF_REQUIRE_SERVER();
        server = std::make_unique<ServerDatabase>();
        auto owner = Database::create(address());
        ASSERT_TRUE(owner.ok()) << owner.error().toStdString();
        QSqlDatabase admin = server->admin();
        s = seed(admin);
        sectionB = value(admin, QStringLiteral("INSERT INTO paragraph_section (paragraph_id, "
                                               "position, text) VALUES (%1, 0, 'Ärendet') "
                                               "RETURNING id")
                                    .arg(s.paragraphB))
                       .toLongLong();
        admin.close();
    }
    QString address() const {
        return QStringLiteral("service=paragraf-test dbname=%1").arg(server->name());
    }
    // A desk of the secretary `base` (of `body`), with the given wait for another's lock.
    std::unique_ptr<Database> desk(const QString& base, qint64 body) {
        const QString login =
            server->addLogin(base, QStringLiteral("secretary"), s.secretaryPerson, {body});
        auto parsed = ServerAddress::parse(address() + QStringLiteral(" user=") + login);
        EXPECT_TRUE(parsed.ok());
        auto opened = Database::openServer(parsed.value(), ServerDatabase::password());
        EXPECT_TRUE(opened.ok()) << opened.error().toStdString();
        return opened ? std::move(opened).value() : nullptr;
    }

    std::unique_ptr<ServerDatabase> server;
    Seed s;
    qint64 sectionB = 0;
};

} // namespace

TEST_F(ServerWritersTest, SecretariesOfDifferentMeetingsNeverWaitForEachOther) {
    auto first = desk(QStringLiteral("sec_a"), s.bodyA);
    auto second = desk(QStringLiteral("sec_b"), s.bodyB);
    ASSERT_TRUE(first && second);
    // A wait for another's lock would be refused as busy after 300 ms, not hang the test.
    second->waitWhenBusy(300);
    Transaction open(first->connection()); // the first secretary's change, not yet committed
    ASSERT_TRUE(open.started().ok()) << open.started().error().toStdString();
    ASSERT_TRUE(
        MeetingService(*first)
            .updateSectionText(s.sectionA, QStringLiteral("Ärendet"), QStringLiteral("Budget 2025"))
            .ok());
    QElapsedTimer clock;
    clock.start();
    const Status other = MeetingService(*second).updateSectionText(
        sectionB, QStringLiteral("Ärendet"), QStringLiteral("Bygglov"));
    EXPECT_TRUE(other.ok()) << other.error().toStdString();
    EXPECT_LT(clock.elapsed(), 250);
    EXPECT_TRUE(open.commit().ok());
    EXPECT_EQ(MeetingService(*second).load(s.meetingA)->paragraphs[0].sections[0].text,
              QStringLiteral("Budget 2025"));
    EXPECT_EQ(MeetingService(*first).load(s.meetingB)->paragraphs[0].sections[0].text,
              QStringLiteral("Bygglov"));
}

// The file's message for the same two writers, said of the server and its desks (it said "the
// file" on the server too: the tester's finding 4).
TEST_F(ServerWritersTest, AStaleWriteIsRefusedWithTheFilesMessageSaidOfTheServer) {
    // The file's message for the same two writers.
    QTemporaryDir folder;
    auto file = Database::create(folder.filePath(QStringLiteral("a.paragraf")));
    ASSERT_TRUE(file.ok());
    QString filesMessage;
    {
        MeetingService service(*file.value());
        Body body;
        body.name = QStringLiteral("Kommunstyrelsen");
        const Id bodyId = RosterService(*file.value()).createBody(body).value();
        Meeting meeting;
        meeting.bodyId = bodyId;
        meeting.date = QDate(2024, 3, 4);
        meeting.form = MeetingForm::Physical;
        const Id meetingId = service.createMeeting(meeting).value();
        Paragraph paragraph;
        paragraph.meetingId = meetingId;
        paragraph.title = QStringLiteral("Budget");
        paragraph.sections << Section{NoId, QStringLiteral("Bakgrund"), QString()};
        const Id paragraphId = service.addParagraph(paragraph).value();
        const Id section = service.load(meetingId)->paragraphs[0].sections[0].id;
        (void)paragraphId;
        auto other = Database::openSecond(*file.value());
        ASSERT_TRUE(other.ok());
        ASSERT_TRUE(MeetingService(*other.value()).updateSectionText(section, {}, "X").ok());
        const Status stale = service.updateSectionText(section, {}, QStringLiteral("Y"));
        ASSERT_EQ(stale.errorKind(), ErrorKind::Conflict);
        filesMessage = stale.error();
    }
    auto first = desk(QStringLiteral("sec_1"), s.bodyA);
    auto second = desk(QStringLiteral("sec_2"), s.bodyA);
    ASSERT_TRUE(first && second);
    const QString seen = QStringLiteral("Ärendet");
    ASSERT_TRUE(MeetingService(*second).updateSectionText(s.sectionA, seen, "Andras text").ok());
    const Status stale = MeetingService(*first).updateSectionText(s.sectionA, seen, "Min text");
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.errorKind(), ErrorKind::Conflict);
    EXPECT_TRUE(filesMessage.contains(QStringLiteral("What the file holds now is shown.")));
    EXPECT_EQ(stale.error(), QString(filesMessage)
                                 .replace(QStringLiteral("another window or program"),
                                          QStringLiteral("another desk or program"))
                                 .replace(QStringLiteral("What the file holds"),
                                          QStringLiteral("What the server holds")));
    EXPECT_EQ(MeetingService(*first).load(s.meetingA)->paragraphs[0].sections[0].text,
              QStringLiteral("Andras text"));
}
