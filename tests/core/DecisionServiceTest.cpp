// Proceedings in the file: saved whole or refused whole, one vote per member, carried by the
// JSON format, and a protocol decided without quorum held back until the secretary confirms.
#include "services/DecisionService.h"

#include "TestSupport.h"
#include "adjustment/AdjustmentService.h"
#include "demo/DemoData.h"
#include "interchange/MeetingImporter.h"
#include "interchange/MeetingJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace paragraf;
using namespace paragraf::test;

namespace {

constexpr Id november = 6;

class DecisionServiceTest : public DatabaseFixture {
protected:
    void SetUp() override {
        DatabaseFixture::SetUp();
        ASSERT_TRUE(buildDemo(database()).ok());
        paragraph28 = load(november).paragraphs[2].id;
    }
    Id who(const char* name) const { return participantNamed(november, QString::fromUtf8(name)); }
    Id paragraph28 = NoId;
};

TEST_F(DecisionServiceTest, ASecondVoteIsRefusedAndNothingIsHalfSaved) {
    recordSampleProceedings(november);
    DecisionService decisions(database());
    const QString before = contentsOf(database());
    const Status again = decisions.castVote(paragraph28, who("Sara Schelin"), VoteChoice::No);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error(), QStringLiteral("Sara Schelin has already voted at § 28: one member, "
                                            "one vote. Clear the vote first to correct it."));
    const Status absent =
        decisions.castVote(paragraph28, who("Anders Wennerberg"), VoteChoice::Yes);
    ASSERT_FALSE(absent.ok());
    EXPECT_NE(absent.error().indexOf(QStringLiteral("Anders Wennerberg does not serve at § 28")),
              -1)
        << absent.error().toStdString();
    Reservation byStranger;
    byStranger.participantId = who("Marita Ljung");
    EXPECT_FALSE(decisions.addReservation(paragraph28, byStranger).ok());
    EXPECT_EQ(contentsOf(database()), before);

    ASSERT_TRUE(decisions.castVote(paragraph28, who("Tomas Jonsson"), VoteChoice::Yes).ok());
    ASSERT_TRUE(decisions.clearVote(paragraph28, who("Sara Schelin")).ok());
    const VoteRecord vote = load(november).paragraphs[2].proceedings.vote;
    EXPECT_EQ(vote.named.value(who("Tomas Jonsson")), VoteChoice::Yes);
    EXPECT_FALSE(vote.named.contains(who("Sara Schelin")));
}

TEST_F(DecisionServiceTest, TheJsonFormatCarriesProceedingsUnchanged) {
    recordSampleProceedings(november);
    const QByteArray first = meetingToJson(load(november));
    EXPECT_EQ(QJsonDocument::fromJson(first).object().value(QStringLiteral("version")).toInt(), 2);
    auto other = Database::create(path(QStringLiteral("other.paragraf")));
    ASSERT_TRUE(other.ok());
    const auto parsed = meetingFromJson(first);
    ASSERT_TRUE(parsed.ok()) << parsed.error().toStdString();
    const auto id = importMeeting(*other.value(), parsed.value());
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    const auto copy = MeetingService(*other.value()).load(id.value());
    EXPECT_EQ(meetingToJson(copy.value()), first);
    EXPECT_EQ(copy->paragraphs[2].proceedings.motions.size(), 3);

    // A meeting without proceedings stays version 1, as every earlier file.
    EXPECT_EQ(
        QJsonDocument::fromJson(meetingToJson(load(7))).object().value(QStringLiteral("version")),
        1);
}

TEST_F(DecisionServiceTest, AFileWithADoubleOrForeignVoteIsRefused) {
    recordSampleProceedings(november);
    QJsonObject root = QJsonDocument::fromJson(meetingToJson(load(november))).object();
    QJsonArray paragraphs = root.value(QStringLiteral("paragraphs")).toArray();
    QJsonObject p = paragraphs[2].toObject();
    QJsonObject proceedings = p.value(QStringLiteral("proceedings")).toObject();
    QJsonObject vote = proceedings.value(QStringLiteral("vote")).toObject();
    QJsonArray named = vote.value(QStringLiteral("named")).toArray();
    named.append(named[0]);
    vote.insert(QStringLiteral("named"), named);
    proceedings.insert(QStringLiteral("vote"), vote);
    p.insert(QStringLiteral("proceedings"), proceedings);
    paragraphs[2] = p;
    root.insert(QStringLiteral("paragraphs"), paragraphs);
    const auto twice = meetingFromJson(QJsonDocument(root).toJson());
    ASSERT_FALSE(twice.ok());
    EXPECT_NE(twice.error().indexOf(QStringLiteral("$.paragraphs[2].proceedings.vote.named[4]: "
                                                   "votes a second time")),
              -1)
        << twice.error().toStdString();

    // An absent member's vote: the file is refused with the rule, the database untouched.
    QJsonObject absentVote = named[0].toObject();
    QString absentKey;
    for (const QJsonValue& participant : root.value(QStringLiteral("participants")).toArray())
        if (participant.toObject().value(QStringLiteral("name")).toString() ==
            QLatin1String("Anders Wennerberg"))
            absentKey = participant.toObject().value(QStringLiteral("key")).toString();
    ASSERT_FALSE(absentKey.isEmpty());
    absentVote.insert(QStringLiteral("participant"), absentKey);
    named[4] = absentVote;
    vote.insert(QStringLiteral("named"), named);
    proceedings.insert(QStringLiteral("vote"), vote);
    p.insert(QStringLiteral("proceedings"), proceedings);
    paragraphs[2] = p;
    root.insert(QStringLiteral("paragraphs"), paragraphs);
    const auto foreign = meetingFromJson(QJsonDocument(root).toJson());
    ASSERT_FALSE(foreign.ok());
    EXPECT_NE(foreign.error().indexOf(QStringLiteral("$.paragraphs[2].proceedings: Anders "
                                                     "Wennerberg does not serve at § 28")),
              -1)
        << foreign.error().toStdString();
}

TEST_F(DecisionServiceTest, AProtocolDecidedWithoutQuorumWaitsForTheSecretary) {
    const Id body = createBody(QStringLiteral("Socialnämnden"), 5);
    const Id meeting = createMeeting(body, QDate(2025, 3, 12), false);
    MeetingRecord record = load(meeting);
    for (Participant p : record.participants)
        if (p.name == QLatin1String("Ledamot 1") || p.name == QLatin1String("Ledamot 2")) {
            p.presentAtStart = true;
            ASSERT_TRUE(service().updateParticipant(p).ok());
        }
    addParagraph(meeting, QStringLiteral("Budget 2025"));
    Meeting m = load(meeting).meeting;
    m.chairId = participantNamed(meeting, QStringLiteral("Ledamot 1"));
    m.secretaryId = m.chairId;
    m.adjusterIds = {participantNamed(meeting, QStringLiteral("Ledamot 2"))};
    ASSERT_TRUE(service().updateMeeting(m).ok());
    AdjustmentService adjustment(database());
    const Status held = adjustment.sendForAdjustment(meeting);
    ASSERT_FALSE(held.ok());
    EXPECT_NE(held.error().indexOf(QStringLiteral("§ 1 decided without quorum")), -1)
        << held.error().toStdString();
    EXPECT_EQ(load(meeting).meeting.status, MeetingStatus::InProgress);
    ASSERT_TRUE(adjustment.sendForAdjustment(meeting, true).ok());
    EXPECT_EQ(load(meeting).meeting.status, MeetingStatus::OutForAdjustment);
}

} // namespace
