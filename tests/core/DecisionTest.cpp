// Decisions as the law records them: who may move, vote and reserve at a paragraph (derived from
// attendance with substitutes, jäv and late arrivals), how a vote is counted (ties, abstentions,
// the chair's casting vote, a closed vote settled by lot), quorum lost mid-meeting, and the
// sentences of the protocol made from the facts.
#include "TestSupport.h"
#include "rules/AttendanceTimeline.h"
#include "rules/Proceedings.h"
#include "text/DecisionText.h"

using namespace paragraf;
using namespace paragraf::test;

namespace {

Motion motion(Id mover, MotionKind kind, const QList<Id>& supporters = {}) {
    Motion m;
    m.moverId = mover;
    m.kind = kind;
    m.supporterIds = supporters;
    return m;
}

Reservation reservation(Id who, const QString& reason = {}) {
    Reservation r;
    r.participantId = who;
    r.reason = reason;
    return r;
}

// Four members (Anna chairs), their personal substitutes 11–14, a secretary; §§ 170–175.
class DecisionTest : public ::testing::Test {
protected:
    void SetUp() override {
        const QStringList names{QStringLiteral("Anna A"), QStringLiteral("Bo B"),
                                QStringLiteral("Cecilia C"), QStringLiteral("David D")};
        const QStringList parties{QStringLiteral("S"), QStringLiteral("M"), QStringLiteral("C"),
                                  QStringLiteral("S")};
        for (int i = 0; i < 4; ++i)
            record.participants << person(i + 1, names[i], parties[i], ParticipantKind::Member);
        for (int i = 0; i < 4; ++i) {
            Participant s = person(11 + i, QStringLiteral("Ersättare %1").arg(i + 1), parties[i],
                                   ParticipantKind::Substitute);
            s.personalSubstituteOf = i + 1;
            s.presentAtStart = false;
            record.participants << s;
        }
        record.participants << person(21, QStringLiteral("Elise E"), {}, ParticipantKind::Official);
        for (int i = 0; i < 6; ++i) {
            Paragraph p;
            p.id = 101 + i;
            p.number = 170 + i;
            p.position = i;
            record.paragraphs << p;
        }
        record.body.kind = BodyKind::Deciding;
        record.body.decisionHeading = QStringLiteral("Nämndens beslut");
        record.meeting.chairId = 1;
    }
    static Participant person(Id id, const QString& name, const QString& party,
                              ParticipantKind kind) {
        Participant p;
        p.id = id;
        p.name = name;
        p.party = party;
        p.kind = kind;
        p.presentAtStart = true;
        return p;
    }
    Participant& participant(Id id) {
        for (auto& p : record.participants)
            if (p.id == id)
                return p;
        throw std::logic_error("no participant");
    }
    void event(Id who, AttendanceEventKind kind, Id beforeParagraph, Id forWhom = NoId) {
        record.events << AttendanceEvent{nextEvent++, who, kind, beforeParagraph, forWhom, {}};
    }
    ParagraphAttendance at(Id paragraphId) const {
        QList<Id> order;
        for (const auto& p : record.paragraphs)
            order << p.id;
        return *AttendanceTimeline::derive(record.participants, record.events, order)
                    .at(paragraphId);
    }
    Paragraph& paragraph(Id id) { return record.paragraphs[static_cast<int>(id - 101)]; }
    // The rules' verdict on a vote at the paragraph with these named choices.
    Status voteAt(Id paragraphId, const QMap<Id, VoteChoice>& named) {
        Paragraph& p = paragraph(paragraphId);
        p.proceedings = twoMotions();
        // Both motions by Anna, who serves throughout: only the votes are on trial here.
        p.proceedings.motions = {motion(1, MotionKind::Approval), motion(1, MotionKind::Rejection)};
        p.proceedings.vote.named = named;
        return checkProceedings(record, p, at(paragraphId));
    }
    static Proceedings twoMotions() {
        Proceedings p;
        p.motions = {motion(1, MotionKind::Approval, {4}), motion(2, MotionKind::Rejection)};
        p.adoptedMotion = 0;
        p.vote.held = true;
        p.vote.yesMotion = 0;
        p.vote.noMotion = 1;
        return p;
    }

    MeetingRecord record;
    Id nextEvent = 1;
};

TEST_F(DecisionTest, OnlyThoseServingAtTheParagraphVote) {
    // Bo leaves before § 172 and his substitute serves §§ 172–174.
    participant(12).presentAtStart = true;
    event(2, AttendanceEventKind::Leave, 103);
    event(12, AttendanceEventKind::ServeStart, 103, 2);
    event(12, AttendanceEventKind::ServeEnd, 106);
    const Status bo = voteAt(103, {{2, VoteChoice::No}});
    ASSERT_FALSE(bo.ok());
    EXPECT_EQ(bo.error(), QStringLiteral("Bo B does not serve at § 172 and cannot vote: only the "
                                         "members serving at a paragraph vote."));
    EXPECT_TRUE(voteAt(103, {{12, VoteChoice::No}}).ok());
    EXPECT_TRUE(voteAt(101, {{2, VoteChoice::No}}).ok()) << "Bo served at § 170";
    EXPECT_FALSE(voteAt(106, {{12, VoteChoice::No}}).ok()) << "the substitute stopped at § 175";
}

TEST_F(DecisionTest, JavAndLateArrivalDecideWhoVotes) {
    participant(14).presentAtStart = true;
    event(4, AttendanceEventKind::Jav, 102);
    event(14, AttendanceEventKind::ServeStart, 102, 4);
    event(14, AttendanceEventKind::ServeEnd, 103);
    participant(3).presentAtStart = false;
    event(3, AttendanceEventKind::Arrive, 104);
    EXPECT_FALSE(voteAt(102, {{4, VoteChoice::Yes}}).ok()) << "David sits out § 171";
    EXPECT_TRUE(voteAt(102, {{14, VoteChoice::Yes}}).ok()) << "his substitute serves";
    EXPECT_TRUE(voteAt(103, {{4, VoteChoice::Yes}}).ok()) << "and David is back at § 172";
    EXPECT_FALSE(voteAt(103, {{3, VoteChoice::Yes}}).ok()) << "Cecilia is not there yet";
    EXPECT_TRUE(voteAt(104, {{3, VoteChoice::Yes}}).ok());
    // Motions too are made by those taking part.
    Paragraph& p = paragraph(102);
    p.proceedings = {};
    p.proceedings.motions = {motion(4, MotionKind::Approval)};
    EXPECT_FALSE(checkProceedings(record, p, at(102)).ok());
}

TEST_F(DecisionTest, VotesAreCountedWithTiesAbstentionsAndTheCastingVote) {
    VoteRecord vote = twoMotions().vote;
    vote.named = {
        {1, VoteChoice::Yes}, {2, VoteChoice::No}, {3, VoteChoice::No}, {4, VoteChoice::Abstain}};
    VoteOutcome outcome = countVote(vote, at(101), 1);
    EXPECT_EQ(outcome.yes, 1);
    EXPECT_EQ(outcome.no, 2);
    EXPECT_EQ(outcome.abstain, 1);
    EXPECT_EQ(outcome.winner, 1);
    EXPECT_EQ(outcome.settled, VoteOutcome::Settled::Majority);

    vote.named[4] = VoteChoice::Yes; // 2–2: Anna, the chair, voted yes
    outcome = countVote(vote, at(101), 1);
    EXPECT_EQ(outcome.winner, 0);
    EXPECT_EQ(outcome.settled, VoteOutcome::Settled::CastingVote);
    vote.named[1] =
        VoteChoice::Abstain; // 1–2 now; with Anna's abstention the chair decides nothing
    vote.named[2] = VoteChoice::Abstain;
    vote.named[3] = VoteChoice::Yes;
    vote.named[4] = VoteChoice::No;
    outcome = countVote(vote, at(101), 1);
    EXPECT_EQ(outcome.settled, VoteOutcome::Settled::Undecided) << "tie, the chair abstained";
    EXPECT_EQ(outcome.winner, -1);

    vote.named.remove(4);
    EXPECT_EQ(countVote(vote, at(101), 1).notVoted, QList<Id>{4});

    VoteRecord closed = twoMotions().vote;
    closed.closed = true;
    closed.closedYes = 2;
    closed.closedNo = 2;
    EXPECT_EQ(countVote(closed, at(101), 1).settled, VoteOutcome::Settled::Undecided);
    closed.lotWinner = 1;
    EXPECT_EQ(countVote(closed, at(101), 1).winner, 1);
    EXPECT_EQ(countVote(closed, at(101), 1).settled, VoteOutcome::Settled::Lot);
    Paragraph& p = paragraph(101);
    p.proceedings = twoMotions();
    p.proceedings.vote = closed;
    p.proceedings.vote.closedAbstain = 1;
    EXPECT_FALSE(checkProceedings(record, p, at(101)).ok()) << "5 votes, 4 serving";
}

TEST_F(DecisionTest, QuorumIsLostWhenHalfTheMembersLeave) {
    EXPECT_TRUE(paragraphsWithoutQuorum(record).isEmpty());
    event(2, AttendanceEventKind::Leave, 104);
    EXPECT_TRUE(paragraphsWithoutQuorum(record).isEmpty()) << "3 of 4 still serve";
    event(3, AttendanceEventKind::Leave, 105);
    EXPECT_EQ(paragraphsWithoutQuorum(record), (QList<int>{174, 175})) << "2 of 4 is not more "
                                                                          "than half";
    paragraph(106).kind = ParagraphKind::Information;
    EXPECT_EQ(paragraphsWithoutQuorum(record), QList<int>{174}) << "information needs none";
}

TEST_F(DecisionTest, OnlyThoseWhoTookPartReserveAgainstTheDecision) {
    participant(14).presentAtStart = true;
    event(4, AttendanceEventKind::Jav, 101);
    Paragraph& p = paragraph(101);
    p.proceedings = twoMotions();
    p.proceedings.motions[0].supporterIds.clear();
    p.proceedings.vote.named = {
        {1, VoteChoice::Yes}, {2, VoteChoice::No}, {3, VoteChoice::Abstain}};
    p.proceedings.reservations = {reservation(4)};
    Status status = checkProceedings(record, p, at(101));
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error(), QStringLiteral("David D did not take part in the decision at § 170 "
                                             "and cannot reserve against it (Kommunallagen 4 kap. "
                                             "27 §)."));
    p.proceedings.reservations = {reservation(3)};
    EXPECT_NE(checkProceedings(record, p, at(101)).error().indexOf(QStringLiteral("abstained")),
              -1);
    p.proceedings.reservations = {reservation(2), reservation(2)};
    EXPECT_NE(checkProceedings(record, p, at(101)).error().indexOf(QStringLiteral("already")), -1);
    p.proceedings.reservations = {reservation(2, QStringLiteral("Förslaget är inte finansierat"))};
    EXPECT_TRUE(checkProceedings(record, p, at(101)).ok());
}

// Words a member gave with a motion of approval or rejection are printed with it (a secretary's
// "bifall med tillägget att …" vanished from the protocol).
TEST_F(DecisionTest, ApprovalAndRejectionKeepTheirOwnWords) {
    Paragraph& p = paragraph(101);
    p.proceedings = twoMotions();
    p.proceedings.motions[0].supporterIds.clear();
    p.proceedings.motions[0].text =
        QStringLiteral("med tillägget att förvaltningen återrapporterar");
    p.proceedings.motions[1].text = QStringLiteral("Förslaget är inte finansierat");
    auto before = proceedingsBeforeDecision(record, p);
    ASSERT_FALSE(before.isEmpty());
    EXPECT_EQ(before[0].text, QStringLiteral("Anna A (S) yrkar bifall till förslaget med tillägget "
                                             "att förvaltningen återrapporterar. Bo B (M) yrkar "
                                             "avslag med motiveringen: Förslaget är inte "
                                             "finansierat."));
    p.proceedings.motions[0].text = QStringLiteral("Bra för barnen!");
    p.proceedings.motions[1].text = QStringLiteral("med hänvisning till budgeten");
    before = proceedingsBeforeDecision(record, p);
    EXPECT_EQ(before[0].text, QStringLiteral("Anna A (S) yrkar bifall till förslaget: Bra för "
                                             "barnen! Bo B (M) yrkar avslag med hänvisning till "
                                             "budgeten."));
}

TEST_F(DecisionTest, TheProtocolSaysItInStandardWords) {
    Paragraph& p = paragraph(101);
    p.proceedings = twoMotions();
    p.proceedings.vote.named = {
        {1, VoteChoice::Yes}, {2, VoteChoice::No}, {3, VoteChoice::Yes}, {4, VoteChoice::Yes}};
    p.proceedings.reservations = {reservation(2)};
    const auto before = proceedingsBeforeDecision(record, p);
    ASSERT_EQ(before.size(), 4);
    EXPECT_EQ(before[0].label, QStringLiteral("Yrkanden"));
    EXPECT_EQ(before[0].text, QStringLiteral("Anna A (S) yrkar bifall till förslaget. David D (S) "
                                             "instämmer. Bo B (M) yrkar avslag."));
    EXPECT_EQ(before[1].text, QStringLiteral("Ordföranden ställer proposition på bifall och avslag "
                                             "och finner att nämnden beslutar bifalla förslaget."));
    EXPECT_EQ(before[2].text, QStringLiteral("Omröstning begärs och verkställs. Följande "
                                             "propositionsordning godkänns: ja-röst för bifall, "
                                             "nej-röst för avslag. Med 3 ja-röster mot 1 nej-röst "
                                             "beslutar nämnden bifalla förslaget."));
    ASSERT_EQ(before[3].kind, ParagraphPart::Table);
    EXPECT_EQ(before[3].rows.size(), 6) << "header, four members, the sum";
    EXPECT_EQ(before[3].rows[2], (QStringList{"Bo B (M)", "", "X", ""}));
    EXPECT_EQ(before[3].rows.last(), (QStringList{"Summa", "3", "1", "0"}));
    const auto after = proceedingsAfterDecision(record, p);
    ASSERT_EQ(after.size(), 1);
    EXPECT_EQ(after[0].text, QStringLiteral("Bo B (M) reserverar sig mot beslutet."));

    p.proceedings.wording = QStringLiteral("Nämnden beslutar efter omröstning att bifalla.");
    const auto edited = proceedingsBeforeDecision(record, p);
    ASSERT_EQ(edited.size(), 2) << "the secretary's words, and the vote list stays";
    EXPECT_EQ(edited[0].text, p.proceedings.wording);
    // A reservation and a protocol note are the members' own, recorded as they made them: the
    // secretary's words for the proceedings do not replace them (a note printed nowhere was
    // found by a secretary only in the search).
    const auto afterEdited = proceedingsAfterDecision(record, p);
    ASSERT_EQ(afterEdited.size(), 1);
    EXPECT_EQ(afterEdited[0].text, QStringLiteral("Bo B (M) reserverar sig mot beslutet."));
}

} // namespace
