// The chair reviews and signs at their own desk (issue 21, item 3): each signatory logged in to
// the server as themselves sees what waits for them, remarks, reads the secretary's answers and
// signs through the program's own signing path; the server names the login and gives the time,
// the printed page says so, and the other desks hear of it within a second (LISTEN/NOTIFY).
#include "ServerSupport.h"
#include "adjustment/AdjustmentService.h"
#include "adjustment/ReviewService.h"
#include "adjustment/WaitingService.h"
#include "core/DocumentFixture.h"
#include "services/ChangesElsewhere.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QRegularExpression>
#include <QTimeZone>
#include <QTimer>
#include <iostream>

using namespace paragraf;
using namespace paragraf::test;

namespace {

constexpr Id november = 6; // seed 001, §§ 26–31: Elise Ackerot, Martin Söderström, Sara Schelin

// The demo organisation on a fresh server database, November sent for adjustment, and a login
// of each signatory's own (the secretary's writing the body's meetings).
class ServerReviewTest : public DocumentFixture {
protected:
    void SetUp() override {
        qputenv("PARAGRAF_TEST_ENGINE", "server"); // DatabaseFixture: a server database
        DocumentFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        ASSERT_TRUE(AdjustmentService(database()).sendForAdjustment(november).ok());
        const MeetingRecord record = load(november);
        signatories = AdjustmentService::signatories(record);
        ASSERT_EQ(signatories.size(), 3);
        paragraph = record.paragraphs.first().id;
        const QStringList bases{QStringLiteral("elise"), QStringLiteral("martin"),
                                QStringLiteral("sara")};
        const QStringList groups{QStringLiteral("secretary"), QStringLiteral("chair"),
                                 QStringLiteral("adjuster")};
        for (int i = 0; i < 3; ++i) {
            const Id person = record.participant(signatories[i].participantId)->personId;
            logins << m_server->addLogin(bases[i], groups[i], person,
                                         i == 0 ? QList<qint64>{record.body.id} : QList<qint64>{});
            auto opened = Database::open(path() + QStringLiteral(" user=") + logins[i],
                                         Database::Check::Now, ServerDatabase::password());
            ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
            desks.push_back(std::move(opened.value()));
        }
    }
    void TearDown() override {
        desks.clear(); // before the database is dropped
        qunsetenv("PARAGRAF_TEST_ENGINE");
    }

    Database& secretaryDesk() { return *desks[0]; }
    Database& chairDesk() { return *desks[1]; }
    Database& adjusterDesk() { return *desks[2]; }

    // Milliseconds until `listener` hears of `meeting` after `act` began; -1 after two seconds.
    static qint64 heard(ChangesElsewhere& listener, Id meeting, const std::function<void()>& act) {
        QEventLoop loop;
        qint64 after = -1;
        QElapsedTimer clock;
        QObject::connect(&listener, &ChangesElsewhere::changed, &loop, [&](Id changed) {
            if (changed == meeting && after < 0) {
                after = clock.elapsed();
                loop.quit();
            }
        });
        QTimer::singleShot(2000, &loop, &QEventLoop::quit);
        clock.start();
        act();
        if (after < 0)
            loop.exec();
        return after;
    }

    QList<Signatory> signatories;
    Id paragraph = NoId;
    QStringList logins;
    std::vector<std::unique_ptr<Database>> desks;
};

TEST_F(ServerReviewTest, EachSignatorySignsAsTheirLoginAndTheServerSaysWhoAndWhen) {
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-60);
    for (Database* desk : {&secretaryDesk(), &chairDesk(), &adjusterDesk()}) {
        const auto made = AdjustmentService(*desk).signAsLogin(november);
        ASSERT_TRUE(made.ok()) << made.error().toStdString();
        ASSERT_EQ(made->size(), 1) << "each signs in their own role only";
    }
    const MeetingRecord record = load(november);
    EXPECT_EQ(record.meeting.status, MeetingStatus::Adjusted)
        << "the adjuster's signature, the last, adjusted the protocol";
    ASSERT_EQ(record.trail.signatures.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const Signature& s = record.trail.signatures[i];
        EXPECT_EQ(s.login, logins[i]);
        EXPECT_TRUE(s.byOwnLogin);
        EXPECT_EQ(s.name, signatories[i].name) << "the meeting's name, nothing typed";
        EXPECT_GE(s.signedAt, before);
        EXPECT_LE(s.signedAt, QDateTime::currentDateTimeUtc().addSecs(60));
    }
    const auto verified = AdjustmentService(database()).verify(november);
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->intact()) << verified->problems().join(QLatin1Char('\n')).toStdString();
}

TEST_F(ServerReviewTest, TheSecretarysLoginCannotSignAsTheChairThroughTheProgram) {
    const Signatory& chair = signatories[1];
    const auto typed =
        AdjustmentService(secretaryDesk())
            .sign(november, chair.role, chair.participantId, chair.name, SigningMethod::InPerson);
    ASSERT_FALSE(typed.ok()) << "the server refuses the secretary's login in the chair's name";
    EXPECT_TRUE(typed.error().contains(QStringLiteral("login"))) << typed.error().toStdString();
    // Signing as themselves signs the secretary's own part, never the chair's.
    const auto own = AdjustmentService(secretaryDesk()).signAsLogin(november);
    ASSERT_TRUE(own.ok()) << own.error().toStdString();
    ASSERT_EQ(own->size(), 1);
    EXPECT_EQ(own->first().role, SignatoryRole::Secretary);
    // And a login that is no one's (the owner's) signs with a name typed, never "as itself".
    EXPECT_FALSE(AdjustmentService(database()).signAsLogin(november).ok());
    const auto signatures = load(november).trail.signatures;
    ASSERT_EQ(signatures.size(), 1);
    EXPECT_EQ(signatures.first().login, logins[0]);
}

TEST_F(ServerReviewTest, TheChairSeesWhatWaitsRemarksAndReadsTheSecretarysAnswer) {
    auto waiting = WaitingService(chairDesk()).waiting();
    ASSERT_TRUE(waiting.ok()) << waiting.error().toStdString();
    ASSERT_EQ(waiting->size(), 1);
    EXPECT_EQ(waiting->first().meetingId, november);
    ASSERT_EQ(waiting->first().roles.size(), 1);
    EXPECT_EQ(waiting->first().roles.first().role, SignatoryRole::Chair);
    EXPECT_TRUE(WaitingService(database()).waiting()->isEmpty()) << "the owner is no one";

    const auto remark = ReviewService(chairDesk())
                            .addRemark(november, paragraph, signatories[1].participantId,
                                       QStringLiteral("Stavfel i rubriken"));
    ASSERT_TRUE(remark.ok()) << remark.error().toStdString();
    EXPECT_FALSE(ReviewService(chairDesk())
                     .addRemark(november, paragraph, signatories[2].participantId,
                                QStringLiteral("I någon annans namn"))
                     .ok())
        << "not in the adjuster's name";
    ASSERT_TRUE(ReviewService(secretaryDesk())
                    .rejectRemark(remark.value(), QStringLiteral("Rubriken är kallelsens"))
                    .ok());
    const auto remarks = ReviewService(chairDesk()).remarks(november);
    ASSERT_TRUE(remarks.ok());
    ASSERT_EQ(remarks->size(), 1);
    EXPECT_EQ(remarks->first().answer, QStringLiteral("Rubriken är kallelsens"));
    waiting = WaitingService(chairDesk()).waiting();
    ASSERT_EQ(waiting->size(), 1);
    EXPECT_EQ(waiting->first().answeredRemarks, 1);

    ASSERT_TRUE(AdjustmentService(chairDesk()).signAsLogin(november).ok());
    EXPECT_TRUE(WaitingService(chairDesk()).waiting()->isEmpty()) << "signed: nothing waits";
}

TEST_F(ServerReviewTest, RemarksAnswersAndSignaturesArriveAtTheOtherDeskWithinASecond) {
    ChangesElsewhere atSecretary(secretaryDesk());
    ChangesElsewhere atChair(chairDesk());
    ASSERT_TRUE(atSecretary.listening());
    Id remark = NoId;
    const qint64 remarked = heard(atSecretary, november, [&] {
        remark = ReviewService(chairDesk())
                     .addRemark(november, paragraph, signatories[1].participantId,
                                QStringLiteral("Datum saknas"))
                     .value();
    });
    const qint64 answered = heard(atChair, november, [&] {
        ASSERT_TRUE(
            ReviewService(secretaryDesk()).rejectRemark(remark, QStringLiteral("Nej")).ok());
    });
    const qint64 signedAt = heard(atSecretary, november, [&] {
        ASSERT_TRUE(AdjustmentService(chairDesk()).signAsLogin(november).ok());
    });
    std::cout << "[ latency ] remark " << remarked << " ms, answer " << answered
              << " ms, signature " << signedAt << " ms (from the start of the write)\n";
    for (qint64 ms : {remarked, answered, signedAt}) {
        EXPECT_GE(ms, 0) << "never heard";
        EXPECT_LT(ms, 1000);
    }
}

// The page as printed: the login and the server's time, golden per page with the parts that
// differ from run to run (the login's database prefix, today's date and clock) masked.
TEST_F(ServerReviewTest, TheSignaturePageNamesTheLoginAndTheServersTime) {
    ASSERT_TRUE(
        AdjustmentService(chairDesk())
            .signAsLogin(november, SigningMethod::Refused, QStringLiteral("§ 26 saknar beslutet"))
            .ok());
    for (Database* desk : {&secretaryDesk(), &adjusterDesk()})
        ASSERT_TRUE(AdjustmentService(*desk).signAsLogin(november).ok());
    const QString pdf = exported(november, {}, QStringLiteral("signed-on-server.pdf"));
    keepDocument(pdf, QStringLiteral("server-signed-protocol"));
    const QString today = QDateTime::currentDateTimeUtc()
                              .toTimeZone(QTimeZone("Europe/Stockholm"))
                              .date()
                              .toString(Qt::ISODate);
    const QRegularExpression clock(today + QStringLiteral(" kl. \\d\\d\\.\\d\\d"));
    QStringList pages;
    for (QString page : pdfPages(pdf))
        pages << page.replace(m_server->name(), QStringLiteral("DB"))
                     .replace(clock, QStringLiteral("DATUM kl. TT.MM"))
                     .replace(today, QStringLiteral("DATUM"));
    EXPECT_TRUE(pages.last().simplified().contains(QStringLiteral(
        "Martin Söderström, ordförande: vägrade justera DATUM kl. TT.MM på servern, inloggad "
        "som DB_martin (serverns tid). Skäl: § 26 saknar beslutet")))
        << pages.last().toStdString();
    expectGoldenTexts(pages, QStringLiteral("server-signed-protocol"),
                      QStringLiteral(TEST_DATA_DIR "/golden"));
}

} // namespace
