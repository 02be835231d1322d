// A decision that reads against what the body decided (text/DecisionCheck): the secretary is
// asked before a protocol that contradicts itself goes to the chair and the adjusters.
#include "text/DecisionCheck.h"

#include <gtest/gtest.h>

using namespace paragraf;

namespace {

Motion motion(MotionKind kind, const QString& text = {}) {
    Motion m;
    m.moverId = 1;
    m.kind = kind;
    m.text = text;
    return m;
}

// A paragraph where the proposal (approval) met `other`, and the chair found for motion
// `carried` without a vote.
Paragraph decided(const Motion& other, int carried, const QString& decision) {
    Paragraph p;
    p.id = 7;
    p.number = 34;
    p.kind = ParagraphKind::Decision;
    p.proceedings.motions = {motion(MotionKind::Approval), other};
    p.proceedings.adoptedMotion = carried;
    p.decision = decision;
    return p;
}

QString against(const Paragraph& p) {
    return decisionAgainstOutcome(MeetingRecord{}, p, ParagraphAttendance{});
}

const QString proposal = QStringLiteral("Kommunstyrelsen beslutar att godkänna förslaget.");

TEST(DecisionCheck, ARejectionCarriedMustBeTheDecision) {
    const Motion rejection = motion(MotionKind::Rejection);
    EXPECT_NE(against(decided(rejection, 1, proposal)), QString());
    EXPECT_NE(against(decided(rejection, 1, QStringLiteral("Ärendet avslutas."))), QString())
        << "avslutas is not avslag";
    EXPECT_EQ(against(decided(rejection, 1, QStringLiteral("Kommunstyrelsen avslår förslaget."))),
              QString());
    EXPECT_EQ(against(decided(rejection, 1, QStringLiteral("AVSLAG på motionen."))), QString());
    EXPECT_EQ(against(decided(rejection, 0, proposal)), QString()) << "the proposal carried";
}

TEST(DecisionCheck, AVoteWonByTheRejectionIsCountedAsTheChairWouldFind) {
    Paragraph p = decided(motion(MotionKind::Rejection), -1, proposal);
    p.proceedings.vote.held = true;
    p.proceedings.vote.yesMotion = 0;
    p.proceedings.vote.noMotion = 1;
    p.proceedings.vote.named = {{1, VoteChoice::Yes}, {2, VoteChoice::No}, {3, VoteChoice::No}};
    EXPECT_TRUE(against(p).contains(QStringLiteral("avslag")));
    p.proceedings.vote.named[3] = VoteChoice::Yes;
    EXPECT_EQ(against(p), QString()) << "the proposal won the vote";
    p.proceedings.vote.named[3] = VoteChoice::Abstain;
    EXPECT_EQ(against(p), QString()) << "an undecided vote carries nothing";
}

TEST(DecisionCheck, AReferralCarriedMustBeTheDecision) {
    const Motion referral = motion(MotionKind::Referral, QStringLiteral("för en trafikanalys"));
    EXPECT_NE(against(decided(referral, 1, proposal)), QString());
    EXPECT_EQ(against(decided(referral, 1, QStringLiteral("Ärendet återremitteras."))), QString());
    EXPECT_EQ(against(decided(referral, 1, QStringLiteral("Återremiss för en trafikanalys."))),
              QString());
}

TEST(DecisionCheck, AnAmendmentCarriedMustBeInTheDecisionAsWrapped) {
    const Motion amendment =
        motion(MotionKind::Amendment, QStringLiteral("att förslaget kompletteras med en "
                                                     "trafikanalys för Hallen."));
    const QString message = against(decided(amendment, 1, proposal));
    EXPECT_TRUE(message.contains(QStringLiteral("kompletteras med en trafikanalys")));
    // As the desk stores it: Markdown, wrapped at 80 columns, capitals where the line began.
    EXPECT_EQ(against(decided(amendment, 1,
                              QStringLiteral("Kommunstyrelsen beslutar\n\natt godkänna förslaget "
                                             "samt att Förslaget kompletteras med en\n"
                                             "trafikanalys för Hallen"))),
              QString());
    EXPECT_EQ(against(decided(motion(MotionKind::Amendment), 1, proposal)), QString())
        << "an amendment without wording gives nothing to look for";
}

TEST(DecisionCheck, NothingIsAskedBeforeADecisionIsWritten) {
    EXPECT_EQ(against(decided(motion(MotionKind::Rejection), 1, QString())), QString());
    EXPECT_EQ(against(decided(motion(MotionKind::Rejection), 1, QStringLiteral("  \n"))),
              QString());
}

TEST(DecisionCheck, EveryParagraphOfTheMeetingIsNamedByItsNumber) {
    MeetingRecord record;
    record.paragraphs = {decided(motion(MotionKind::Rejection), 1, proposal),
                         decided(motion(MotionKind::Rejection), 1,
                                 QStringLiteral("Kommunstyrelsen avslår förslaget."))};
    record.paragraphs[1].id = 8;
    record.paragraphs[1].number = 35;
    const QStringList found = decisionsAgainstOutcome(record, timelineOf(record));
    ASSERT_EQ(found.size(), 1);
    EXPECT_TRUE(found[0].startsWith(QStringLiteral("§ 34: ")));
    // Before sending, a decision left empty where a motion was carried is named too.
    record.paragraphs[1].decision.clear();
    const QStringList empty = decisionsAgainstOutcome(record, timelineOf(record));
    ASSERT_EQ(empty.size(), 2);
    EXPECT_EQ(empty[1], QStringLiteral("§ 35: a motion was carried, but the decision is empty"));
}

// A tester's 180 KB amendment with a right-to-left override filled the terminal: the message
// names the motion by its first words, on one line, without characters that turn the text.
TEST(DecisionCheck, AHugeAmendmentIsNamedByItsFirstWords) {
    const QString huge = QChar(0x202E) + QStringLiteral("att förslaget ändras ").repeated(9000);
    const QString message = against(decided(motion(MotionKind::Amendment, huge), 1, proposal));
    EXPECT_LT(message.size(), 200);
    EXPECT_FALSE(message.contains(QChar(0x202E)));
    EXPECT_TRUE(message.contains(QStringLiteral("att förslaget ändras att")));
}

} // namespace
