// Several writers of the same meeting at the same moment on the server (issue 21, item 4): the
// file's single writer makes every check-then-write run alone; the server must come out as if
// the writers had come one after another — nothing lost, no chain forked, no duplicate.
#include "ServerSupport.h"
#include "adjustment/AdjustmentService.h"
#include "adjustment/ReviewService.h"
#include "core/TestSupport.h"
#include "demo/DemoData.h"
#include "interchange/MeetingImporter.h"
#include "interchange/MeetingJson.h"
#include "services/FollowUpService.h"

#include <latch>
#include <thread>
#include <vector>

using namespace paragraf;
using namespace paragraf::test;

namespace {

constexpr Id november = 6; // seed 001, §§ 26–31, in the demo database

class ServerRacesTest : public DatabaseFixture {
protected:
    void SetUp() override {
        PARAGRAF_REQUIRE_SERVER();
        m_server = std::make_unique<ServerDatabase>();
        auto opened = Database::create(path());
        ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
        m_database = std::move(opened.value());
        ASSERT_TRUE(buildDemo(database()).ok());
    }

    // Runs work(database, i) for i < n, each on a connection and a thread of its own (as n
    // desks or CLI commands), all let go at the same moment; what each said, in order of i.
    template <typename Work> std::vector<Status> race(int n, Work work) {
        std::vector<Status> outcomes(static_cast<size_t>(n));
        std::latch start(n);
        std::vector<std::thread> threads;
        for (int i = 0; i < n; ++i)
            threads.emplace_back([&, i] {
                auto own = Database::open(path());
                start.arrive_and_wait();
                outcomes[static_cast<size_t>(i)] =
                    own ? work(*own.value(), i) : Status(fail(own.error()));
            });
        for (auto& thread : threads)
            thread.join();
        return outcomes;
    }

    qint64 count(const QString& sql) {
        QSqlDatabase admin = m_server->admin();
        const qint64 n = value(admin, sql).toLongLong();
        admin.close();
        return n;
    }
};

int successes(const std::vector<Status>& outcomes) {
    int n = 0;
    for (const Status& s : outcomes)
        n += s.ok() ? 1 : 0;
    return n;
}

std::string errors(const std::vector<Status>& outcomes) {
    QStringList all;
    for (const Status& s : outcomes)
        if (!s)
            all << s.error();
    return all.join(QLatin1Char('\n')).toStdString();
}

} // namespace

TEST_F(ServerRacesTest, TwoSigningAtTheSameMomentLeaveOneUnbrokenChain) {
    ASSERT_TRUE(AdjustmentService(database()).sendForAdjustment(november).ok());
    const QList<Signatory> who = AdjustmentService::signatories(load(november));
    ASSERT_EQ(who.size(), 3);
    const QDateTime at(QDate(2024, 11, 19), QTime(10, 0), Qt::UTC);
    ASSERT_TRUE(AdjustmentService(database())
                    .sign(november, who[0].role, who[0].participantId, who[0].name,
                          SigningMethod::InPerson, {}, at)
                    .ok());
    const auto outcomes = race(2, [&](const Database& desk, int i) -> Status {
        const Signatory& s = who[i + 1];
        const auto signed_ = AdjustmentService(desk).sign(november, s.role, s.participantId, s.name,
                                                          SigningMethod::InPerson, {}, at);
        return signed_ ? Status() : Status(signed_.failure());
    });
    EXPECT_EQ(successes(outcomes), 2) << errors(outcomes);
    const auto verification = AdjustmentService(database()).verify(november);
    ASSERT_TRUE(verification.ok()) << verification.error().toStdString();
    EXPECT_TRUE(verification->intact())
        << verification->problems().join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(load(november).meeting.status, MeetingStatus::Adjusted);
}

TEST_F(ServerRacesTest, CorrectionsAtTheSameMomentFollowOneAnother) {
    ASSERT_TRUE(AdjustmentService(database()).sendForAdjustment(november).ok());
    const Paragraph paragraph = load(november).paragraphs[1];
    const QString original = paragraph.decision;
    const auto outcomes = race(6, [&](const Database& desk, int i) {
        const TextEdit edit{paragraph.id, TextField::Decision, NoId,
                            QStringLiteral("Beslut nummer %1.").arg(i)};
        return ReviewService(desk).correct(november, edit, QStringLiteral("Skrivfel"));
    });
    EXPECT_EQ(successes(outcomes), 6) << errors(outcomes);
    // Each correction starts from the text the one before it left: a chain, nothing lost.
    const auto changes = ReviewService(database()).changes(november);
    ASSERT_TRUE(changes.ok());
    ASSERT_EQ(changes->size(), successes(outcomes));
    QString text = original;
    for (const TextChange& change : changes.value()) {
        EXPECT_EQ(change.before, text);
        text = change.after;
    }
    EXPECT_EQ(load(november).paragraphs[1].decision, text);
}

TEST_F(ServerRacesTest, TheSameMeetingImportedAtTheSameMomentIsImportedOnce) {
    MeetingRecord copy = load(november);
    copy.meeting.date = QDate(2025, 2, 3);
    const QByteArray json = meetingToJson(copy);
    const auto outcomes = race(4, [&](const Database& desk, int) -> Status {
        const auto parsed = meetingFromJson(json);
        if (!parsed)
            return fail(parsed.error());
        const auto imported = importMeeting(desk, parsed.value());
        return imported ? Status() : Status(imported.failure());
    });
    EXPECT_EQ(successes(outcomes), 1) << errors(outcomes);
    for (const Status& s : outcomes) {
        if (!s) {
            EXPECT_TRUE(s.error().contains(QStringLiteral("already has a meeting")) ||
                        s.errorKind() == ErrorKind::Busy)
                << s.error().toStdString();
        }
    }
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM meeting WHERE date = '2025-02-03'")), 1);
}

TEST_F(ServerRacesTest, ViewpointsAtTheSameMomentAreAllKeptInTurn) {
    const MeetingRecord record = load(november);
    const Id paragraph = record.paragraphs[0].id;
    const Id speaker = record.participants[0].id;
    const auto outcomes = race(4, [&](const Database& desk, int i) -> Status {
        Viewpoint v;
        v.speakerIds = {speaker};
        v.text = QStringLiteral("Synpunkt %1").arg(i);
        const auto added = FollowUpService(desk).addViewpoint(paragraph, v);
        return added ? Status() : Status(added.failure());
    });
    EXPECT_EQ(successes(outcomes), 4) << errors(outcomes);
    const QString where = QStringLiteral(" FROM viewpoint WHERE paragraph_id = %1").arg(paragraph);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*)") + where), 4);
    EXPECT_EQ(count(QStringLiteral("SELECT count(DISTINCT position)") + where), 4);
}
