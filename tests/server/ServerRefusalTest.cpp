// A tester's findings against the real server with real logins (issue 21): a write the login may
// not make is refused in words (row-level security alone made it change nothing and succeed), a
// reader is told their login only reads, a remark is its maker's own, and a server that goes
// away is said to be unreachable, not in libpq's and Qt's words.
#include "ServerSupport.h"
#include "adjustment/AdjustmentService.h"
#include "cli/CliRunner.h"
#include "demo/DemoData.h"
#include "services/MeetingService.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"

#include <QFile>
#include <QTemporaryDir>
#include <memory>

using namespace paragraf;
using namespace paragraf::test;

namespace {

const QString mayNot = QStringLiteral("Your login may not make this change");

class ServerRefusalTest : public ::testing::Test {
protected:
    void SetUp() override {
        PARAGRAF_REQUIRE_SERVER();
        server = std::make_unique<ServerDatabase>();
        auto created = Database::create(ownerAddress());
        ASSERT_TRUE(created.ok()) << created.error().toStdString();
        owner = std::move(created).value();
        ASSERT_TRUE(buildDemo(*owner).ok());
        admin = server->admin();
        meeting = value(admin, QStringLiteral("SELECT id FROM meeting WHERE status = 'draft' "
                                              "ORDER BY id LIMIT 1"))
                      .toLongLong();
        ASSERT_GT(meeting, 0) << "the demo has a draft";
        body =
            value(admin, QStringLiteral("SELECT body_id FROM meeting WHERE id = %1").arg(meeting))
                .toLongLong();
        otherBody =
            value(admin, QStringLiteral("SELECT min(id) FROM body WHERE id <> %1").arg(body))
                .toLongLong();
    }
    QString ownerAddress() const {
        return QStringLiteral("service=paragraf-test dbname=") + server->name();
    }
    // The address a person writes, with their login and password in it.
    QString addressOf(const QString& login) const {
        return QStringLiteral("postgresql://%1:%2@/%3?service=paragraf-test")
            .arg(login, ServerDatabase::password(), server->name());
    }
    std::unique_ptr<Database> desk(const QString& login) {
        auto opened = Database::open(addressOf(login));
        EXPECT_TRUE(opened.ok()) << opened.error().toStdString();
        return opened ? std::move(opened).value() : nullptr;
    }
    // Every change anyone made is in the audit: the same count, nothing was changed.
    int changes() {
        return value(admin, QStringLiteral("SELECT count(*) FROM paragraf_change")).toInt();
    }
    QString secretaryOfAnotherBody() {
        return server->addLogin(QStringLiteral("sec_other"), QStringLiteral("secretary"), 0,
                                {otherBody});
    }

    std::unique_ptr<ServerDatabase> server;
    std::unique_ptr<Database> owner;
    QSqlDatabase admin;
    qint64 meeting = 0, body = 0, otherBody = 0;
};

} // namespace

// The desk's and the CLI's services on another body's meeting: each refused in words, nothing
// changed; the same work by a login that may (the owner's) goes through.
TEST_F(ServerRefusalTest, ASecretarysWriteToAnotherBodysMeetingIsRefusedInWords) {
    auto secretary = desk(secretaryOfAnotherBody());
    ASSERT_TRUE(secretary);
    const auto record = MeetingService(*secretary).load(meeting);
    ASSERT_TRUE(record.ok()) << "everyone reads";
    ASSERT_FALSE(record->paragraphs.isEmpty());
    const int before = changes();

    Meeting timed = record->meeting;
    timed.adjustmentTime = QTime(16, 30);
    const Paragraph& first = record->paragraphs.first();
    QList<std::pair<const char*, Status>> attempts{
        {"send for adjustment", AdjustmentService(*secretary).sendForAdjustment(meeting)},
        {"adjustment time", MeetingService(*secretary).updateMeeting(timed, &record->meeting)},
        {"delete a paragraph", MeetingService(*secretary).deleteParagraph(first.id)}};
    if (!first.sections.isEmpty())
        attempts.append({"typed text", MeetingService(*secretary)
                                           .updateSectionText(first.sections.first().id,
                                                              first.sections.first().text,
                                                              QStringLiteral("Ändrat"))});
    for (const auto& [what, status] : attempts) {
        EXPECT_FALSE(status.ok()) << what;
        EXPECT_TRUE(status.error().contains(mayNot))
            << what << ": " << status.error().toStdString();
    }
    EXPECT_EQ(changes(), before);
    EXPECT_EQ(value(admin, QStringLiteral("SELECT status FROM meeting WHERE id = %1").arg(meeting))
                  .toString(),
              QStringLiteral("draft"));

    const Status sent = AdjustmentService(*owner).sendForAdjustment(meeting);
    EXPECT_TRUE(sent.ok()) << "the refusal was the login's: " << sent.error().toStdString();
}

// The tester's commands, which exited 0 having changed nothing.
TEST_F(ServerRefusalTest, TheCommandsOnAnotherBodysMeetingExitWithTheReason) {
    const QString address = addressOf(secretaryOfAnotherBody());
    const QString member =
        value(admin, QStringLiteral("SELECT name FROM participant WHERE meeting_id = %1 AND kind "
                                    "= 'member' ORDER BY position LIMIT 1")
                         .arg(meeting))
            .toString();
    ASSERT_FALSE(member.isEmpty());
    const QString id = QString::number(meeting);
    const int before = changes();
    for (const QStringList& command :
         {QStringList{QStringLiteral("send-for-adjustment"), address, id},
          QStringList{QStringLiteral("rollcall"), address, id, QStringLiteral("--absent"), member},
          QStringList{QStringLiteral("adjustment-time"), address, id, QStringLiteral("16:30")}}) {
        const CliRun run = cli(command);
        EXPECT_EQ(run.exitCode, 1) << command.first().toStdString();
        EXPECT_TRUE(run.err.contains(mayNot))
            << command.first().toStdString() << ": " << run.err.toStdString();
        EXPECT_FALSE(run.out.contains(member)) << "no roll call printed as if taken";
    }
    EXPECT_EQ(changes(), before);
}

// A reader's export (which enters the PDF in the register of issued documents) says that their
// login only reads; their reading commands work.
TEST_F(ServerRefusalTest, AReadersExportSaysTheirLoginOnlyReads) {
    const QString address =
        addressOf(server->addLogin(QStringLiteral("rita"), QStringLiteral("reader"), 0));
    EXPECT_EQ(cli({QStringLiteral("list"), address}).exitCode, 0);
    QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("p.pdf"));
    const CliRun run = cli({QStringLiteral("export"), address, QString::number(meeting),
                            QStringLiteral("--out"), pdf});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("may only read"))) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(ServerDatabase::password()));
    EXPECT_FALSE(QFile::exists(pdf));
    auto reader = desk(server->loginName(QStringLiteral("rita")));
    ASSERT_TRUE(reader);
    EXPECT_TRUE(reader->isReadOnly()) << "the desk opens it read-only";
    EXPECT_FALSE(owner->isReadOnly());
}

// In a file the secretary files a remark in the chair's name (it came by mail); on the server the
// chair has a login of their own, and a remark is its maker's.
TEST_F(ServerRefusalTest, ASecretaryFilesNoRemarkInTheChairsName) {
    ASSERT_TRUE(AdjustmentService(*owner).sendForAdjustment(meeting).ok());
    const auto record = MeetingService(*owner).load(meeting);
    ASSERT_TRUE(record.ok());
    const Participant* chair = record->participant(record->meeting.chairId);
    const Participant* secretaryOf = record->participant(record->meeting.secretaryId);
    ASSERT_TRUE(chair && secretaryOf);
    const QString address = addressOf(server->addLogin(
        QStringLiteral("sec"), QStringLiteral("secretary"), secretaryOf->personId, {body}));
    const int before = changes();
    const CliRun asChair = cli({QStringLiteral("remark"), address, QString::number(meeting),
                                QStringLiteral("Fel"), QStringLiteral("--by"), chair->name});
    EXPECT_EQ(asChair.exitCode, 1);
    EXPECT_TRUE(asChair.err.contains(QStringLiteral("remark is its maker's own")))
        << asChair.err.toStdString();
    EXPECT_EQ(changes(), before);
    const CliRun own = cli({QStringLiteral("remark"), address, QString::number(meeting),
                            QStringLiteral("Fel"), QStringLiteral("--by"), secretaryOf->name});
    EXPECT_EQ(own.exitCode, 0) << own.err.toStdString();
}

// The server gone between two commands of an open desk: unreachable, nothing changed, and not
// "FATAL: terminating connection … QPSQL: Unable to create query".
TEST_F(ServerRefusalTest, AServerThatGoesAwayIsSaidToBeUnreachable) {
    value(admin, QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                "datname = current_database() AND pid <> pg_backend_pid()"));
    const auto listed = MeetingService(*owner).list();
    ASSERT_FALSE(listed.ok());
    EXPECT_TRUE(listed.error().contains(QStringLiteral("cannot be reached")))
        << listed.error().toStdString();
    const Status sent = AdjustmentService(*owner).sendForAdjustment(meeting);
    ASSERT_FALSE(sent.ok());
    for (const QString& message : {listed.error(), sent.error()}) {
        EXPECT_TRUE(message.contains(QStringLiteral("Nothing was changed")))
            << message.toStdString();
        EXPECT_FALSE(message.contains(QStringLiteral("FATAL")));
        EXPECT_FALSE(message.contains(QStringLiteral("QPSQL")));
    }
}
