// The review between the meeting and the archive: remarks and recorded corrections while the
// protocol is out for adjustment, the diff a reviewer reads, rättelser of the adjusted protocol,
// and the deadlines of Kommunallagen.
#include "TestSupport.h"
#include "adjustment/AdjustmentService.h"
#include "adjustment/Deadlines.h"
#include "adjustment/ErratumService.h"
#include "adjustment/ReviewService.h"
#include "demo/DemoData.h"
#include "text/WordDiff.h"

#include <QSqlQuery>

using namespace paragraf;
using namespace paragraf::test;

namespace {

constexpr Id november = 6; // seed 001, 2024-11-11, §§ 26–31

const QDateTime day19 = QDateTime(QDate(2024, 11, 19), QTime(10, 0), Qt::UTC);

class ReviewTest : public DatabaseFixture {
protected:
    void SetUp() override {
        DatabaseFixture::SetUp();
        ASSERT_TRUE(buildDemo(database()).ok());
        const MeetingRecord record = load(november);
        for (const Signatory& s : AdjustmentService::signatories(record))
            (s.role == SignatoryRole::Chair      ? chair
             : s.role == SignatoryRole::Adjuster ? adjuster
                                                 : secretary) = s;
        paragraph29 = record.paragraphs[3];
    }
    AdjustmentService adjustment() const { return AdjustmentService(database()); }
    ReviewService review() const { return ReviewService(database()); }
    void sendOut() { ASSERT_TRUE(adjustment().sendForAdjustment(november).ok()); }
    Status signAs(const Signatory& who, const QDateTime& at = day19) {
        const auto signature = adjustment().sign(november, who.role, who.participantId, who.name,
                                                 SigningMethod::InPerson, {}, at);
        return signature ? Status() : fail(signature.error());
    }
    void adjust() {
        sendOut();
        for (const Signatory& who : {secretary, chair, adjuster})
            ASSERT_TRUE(signAs(who).ok());
        ASSERT_EQ(load(november).meeting.status, MeetingStatus::Adjusted);
    }
    TextEdit decisionOf29(const QString& text) const {
        return {paragraph29.id, TextField::Decision, NoId, text};
    }

    Signatory secretary, chair, adjuster;
    Paragraph paragraph29;
};

TEST(WordDiff, ShowsTheWordsThatChangedAndKeepsTheRest) {
    const auto segments = wordDiff(QStringLiteral("Nämnden beslutar att avslå förslaget."),
                                   QStringLiteral("Nämnden beslutar att bifalla förslaget."));
    EXPECT_EQ(diffAsText(segments).toStdString(),
              "Nämnden beslutar att [-avslå-] {+bifalla+} förslaget.");
    EXPECT_EQ(diffAsText(wordDiff(QStringLiteral("Ett två."), QStringLiteral("Ett två tre.")))
                  .toStdString(),
              "Ett [-två.-] {+två tre.+}")
        << "a word with other punctuation is another word";
    EXPECT_EQ(diffAsText(wordDiff(QStringLiteral("Lika"), QStringLiteral("Lika"))),
              QStringLiteral("Lika"));
    EXPECT_NE(diffAsHtml(segments).indexOf(QStringLiteral("line-through\">avslå")), -1);
}

TEST_F(ReviewTest, AnAcceptedRemarkMakesTheChangeAndRecordsIt) {
    sendOut();
    ASSERT_TRUE(signAs(secretary).ok());
    const Id someone = participantNamed(november, QStringLiteral("Peter Jemtbring"));
    const auto stranger =
        review().addRemark(november, paragraph29.id, someone, QStringLiteral("Fel"));
    ASSERT_FALSE(stranger.ok()) << "only signatories leave remarks";
    const auto remark = review().addRemark(november, paragraph29.id, adjuster.participantId,
                                           QStringLiteral("Det var Magnus, inte Martin, som ska "
                                                          "återkoppla."));
    ASSERT_TRUE(remark.ok()) << remark.error().toStdString();
    const QString corrected =
        (paragraph29.decision + QStringLiteral(" Magnus återkopplar.")).trimmed();
    const Status wrongParagraph =
        review().acceptRemark(remark.value(), {load(november).paragraphs[2].id, TextField::Decision,
                                               NoId, QStringLiteral("x")});
    EXPECT_FALSE(wrongParagraph.ok());
    const Status accepted = review().acceptRemark(remark.value(), decisionOf29(corrected),
                                                  QStringLiteral("Ändrat"), day19.addSecs(60));
    ASSERT_TRUE(accepted.ok()) << accepted.error().toStdString();
    EXPECT_EQ(load(november).paragraphs[3].decision, corrected);
    const auto remarks = review().remarks(november);
    ASSERT_EQ(remarks->size(), 1);
    EXPECT_EQ(remarks->first().state, RemarkState::Accepted);
    const auto changes = review().changes(november);
    ASSERT_EQ(changes->size(), 1);
    EXPECT_EQ(changes->first().before, paragraph29.decision);
    EXPECT_EQ(changes->first().after, corrected);
    EXPECT_EQ(changes->first().remarkId, remark.value());
    EXPECT_EQ(changes->first().reason, remarks->first().text) << "the remark is the reason";
    const auto seen = review().changesSince(november, chair.participantId);
    ASSERT_EQ(seen->size(), 1);
    EXPECT_TRUE(seen->first().reasons.first().startsWith(QStringLiteral("Remark by Sara Schelin")));
    EXPECT_FALSE(review().acceptRemark(remark.value(), decisionOf29(QStringLiteral("igen"))).ok())
        << "answered once";
    // The secretary signed the text before the change: that signature no longer holds.
    const auto verification = adjustment().verify(november);
    EXPECT_NE(verification->problems()
                  .join(QLatin1Char('\n'))
                  .indexOf(QStringLiteral("The content changed after Elise Ackerot")),
              -1);
}

TEST_F(ReviewTest, ARejectionNeedsItsReasonAndChangesNothing) {
    sendOut();
    const auto remark = review().addRemark(november, NoId, chair.participantId,
                                           QStringLiteral("Lägg till bilagan"));
    ASSERT_TRUE(remark.ok());
    const QString before = contentsOf(database());
    EXPECT_FALSE(review().rejectRemark(remark.value(), QStringLiteral("  ")).ok());
    EXPECT_EQ(contentsOf(database()), before);
    ASSERT_TRUE(review().rejectRemark(remark.value(), QStringLiteral("Bilagan finns inte")).ok());
    EXPECT_EQ(review().remarks(november)->first().state, RemarkState::Rejected);
    EXPECT_EQ(review().remarks(november)->first().answer, QStringLiteral("Bilagan finns inte"));
    EXPECT_TRUE(review().changes(november)->isEmpty());
}

TEST_F(ReviewTest, RemarksBelongToTheTimeOutForAdjustment) {
    EXPECT_FALSE(review().addRemark(november, NoId, chair.participantId, QStringLiteral("x")).ok())
        << "a draft is still the secretary's";
    adjust();
    EXPECT_FALSE(review().addRemark(november, NoId, chair.participantId, QStringLiteral("x")).ok());
    QSqlQuery raw(database().connection());
    EXPECT_FALSE(raw.exec(QStringLiteral("INSERT INTO remark (meeting_id, participant_id, author,"
                                         " written_at, text) VALUES (6, %1, 'X', 'now', 'x')")
                              .arg(chair.participantId)))
        << "the database refuses it too";
}

TEST_F(ReviewTest, AReviewerSeesWhatChangedSinceTheyLastRead) {
    sendOut();
    const QString original = paragraph29.decision;
    const QString first = (original + QStringLiteral(" Första rättningen.")).trimmed();
    ASSERT_TRUE(
        review().correct(november, decisionOf29(first), QStringLiteral("Förtydligande")).ok());
    ASSERT_TRUE(review().markRead(november, adjuster.participantId).ok());
    const auto nothingNew = review().changesSince(november, adjuster.participantId);
    ASSERT_TRUE(nothingNew.ok()) << nothingNew.error().toStdString();
    EXPECT_TRUE(nothingNew->isEmpty());
    const QString second = first + QStringLiteral(" Andra.");
    ASSERT_TRUE(
        review().correct(november, decisionOf29(second), QStringLiteral("Komplettering")).ok());
    const Section& background = paragraph29.sections.first();
    ASSERT_TRUE(review()
                    .correct(november,
                             {paragraph29.id, TextField::Section, background.id,
                              background.text + QStringLiteral(" Tillägg.")},
                             QStringLiteral("Saknades"))
                    .ok());

    const auto adjusterSees = review().changesSince(november, adjuster.participantId);
    ASSERT_TRUE(adjusterSees.ok());
    ASSERT_EQ(adjusterSees->size(), 2);
    EXPECT_EQ(adjusterSees->first().number, 29);
    EXPECT_EQ(adjusterSees->first().before, first);
    EXPECT_TRUE(diffAsText(adjusterSees->first().segments).endsWith(QStringLiteral("{+Andra.+}")));
    EXPECT_EQ(adjusterSees->first().reasons, QStringList{QStringLiteral("Komplettering")});
    EXPECT_EQ(adjusterSees->at(1).heading, background.heading);

    // The chair never read it: every change since it went out, from the original wording.
    const auto chairSees = review().changesSince(november, chair.participantId);
    ASSERT_EQ(chairSees->size(), 2);
    EXPECT_EQ(chairSees->first().before, original);
    EXPECT_EQ(chairSees->first().reasons.size(), 2);
    ASSERT_TRUE(review().markRead(november, chair.participantId).ok());
    EXPECT_TRUE(review().changesSince(november, chair.participantId)->isEmpty());
}

TEST_F(ReviewTest, ACorrectionNeedsAReasonAndARealChange) {
    sendOut();
    const QString before = contentsOf(database());
    EXPECT_FALSE(review().correct(november, decisionOf29(QStringLiteral("Nytt")), {}).ok());
    EXPECT_FALSE(review()
                     .correct(november, decisionOf29(paragraph29.decision), QStringLiteral("Inget"))
                     .ok());
    EXPECT_FALSE(
        review()
            .correct(november, {paragraph29.id, TextField::Title, NoId, {}}, QStringLiteral("Tom"))
            .ok());
    EXPECT_EQ(contentsOf(database()), before);
}

TEST_F(ReviewTest, ARattelseKeepsTheOriginalAndVerifies) {
    EXPECT_FALSE(ErratumService(database())
                     .record(november, paragraph29.id, QStringLiteral("x"), QStringLiteral("y"),
                             QStringLiteral("z"), QDate(2024, 11, 20))
                     .ok())
        << "before adjustment the text is corrected directly";
    adjust();
    const QString corrected = QStringLiteral("Magnus Aspegren ska återkoppla, inte Martin.");
    const auto erratum =
        ErratumService(database())
            .record(november, paragraph29.id, corrected, QStringLiteral("Fel namn i beslutet"),
                    QStringLiteral("Martin Söderström och Sara Schelin"), QDate(2024, 11, 25));
    ASSERT_TRUE(erratum.ok()) << erratum.error().toStdString();
    const MeetingRecord after = load(november);
    EXPECT_EQ(after.paragraphs[3].decision, paragraph29.decision) << "the original stays";
    ASSERT_EQ(after.trail.errata.size(), 1);
    EXPECT_EQ(after.trail.errata.first().correctedText, corrected);
    const auto verification = adjustment().verify(november);
    EXPECT_TRUE(verification->intact())
        << verification->problems().join(QLatin1Char('\n')).toStdString();
}

// Raw SQL on the file, its trigger dropped (the server's guard is ServerFinalityTest's):
// file-only, as the suite's name tells tests/CMakeLists.txt.
class ReviewFileTest : public ReviewTest {};

TEST_F(ReviewFileTest, ARattelseChangedBehindTheFilesBackIsFoundByVerify) {
    adjust();
    const QString corrected = QStringLiteral("Magnus Aspegren ska återkoppla, inte Martin.");
    ASSERT_TRUE(
        ErratumService(database())
            .record(november, paragraph29.id, corrected, QStringLiteral("Fel namn i beslutet"),
                    QStringLiteral("Martin Söderström och Sara Schelin"), QDate(2024, 11, 25))
            .ok());
    QSqlQuery raw(database().connection());
    EXPECT_FALSE(raw.exec(QStringLiteral("UPDATE erratum SET reason = 'annat'")));
    EXPECT_FALSE(raw.exec(QStringLiteral("DELETE FROM erratum")));
    // Behind the database's back: the chain finds it.
    ASSERT_TRUE(raw.exec(QStringLiteral("DROP TRIGGER erratum_kept_update")));
    ASSERT_TRUE(raw.exec(QStringLiteral("UPDATE erratum SET corrected_text = 'Martin.'")));
    EXPECT_NE(adjustment()
                  .verify(november)
                  ->problems()
                  .join(QLatin1Char('\n'))
                  .indexOf(QStringLiteral("Rättelse 1 has been changed")),
              -1);
}

TEST(Deadlines, FollowKommunallagenFromMeetingToTakingDown) {
    MeetingSummary held{1,  1, QStringLiteral("Nämnden"), QDate(2024, 11, 11), MeetingStatus::Draft,
                        26, 31};
    EXPECT_EQ(openDeadlines({held}, {}, QDate(2024, 11, 25)).first().due, QDate(2024, 11, 25));
    EXPECT_FALSE(openDeadlines({held}, {}, QDate(2024, 11, 25)).first().overdue);
    EXPECT_TRUE(openDeadlines({held}, {}, QDate(2024, 11, 26)).first().overdue);

    MeetingSummary planned = held;
    planned.status = MeetingStatus::Planned;
    EXPECT_TRUE(openDeadlines({planned}, {}, QDate(2024, 11, 11)).isEmpty()) << "not yet held";

    MeetingSummary adjusted = held;
    adjusted.status = MeetingStatus::Adjusted;
    const QHash<Id, ProtocolDates> adjustedOn{{1, {QDate(2024, 11, 19), {}, {}}}};
    const auto posting = openDeadlines({adjusted}, adjustedOn, QDate(2024, 11, 22));
    ASSERT_EQ(posting.size(), 1);
    EXPECT_EQ(posting.first().kind, DeadlineKind::Posting);
    EXPECT_EQ(posting.first().due, QDate(2024, 11, 21));
    EXPECT_TRUE(posting.first().overdue);

    MeetingSummary announced = held;
    announced.status = MeetingStatus::Announced;
    QHash<Id, ProtocolDates> posted{{1, {QDate(2024, 11, 19), QDate(2024, 11, 20), {}}}};
    const auto appeal = openDeadlines({announced}, posted, QDate(2024, 12, 1));
    ASSERT_EQ(appeal.size(), 1);
    EXPECT_EQ(appeal.first().kind, DeadlineKind::AppealPeriod);
    EXPECT_EQ(appeal.first().due, QDate(2024, 12, 11));
    posted[1].takenDownOn = QDate(2024, 12, 12);
    EXPECT_TRUE(openDeadlines({announced}, posted, QDate(2024, 12, 13)).isEmpty());
}

// The status bar counts what the list of deadlines marks as passed, at every stage.
TEST_F(ReviewTest, TheCountOfPassedDeadlinesAgreesWithTheList) {
    DeadlineService deadlines(database());
    const auto passedInList = [&](const QDate& day) {
        const auto list = deadlines.deadlines(day);
        EXPECT_TRUE(list.ok());
        return list ? std::count_if(list->cbegin(), list->cend(),
                                    [](const Deadline& d) { return d.overdue; })
                    : -1;
    };
    EXPECT_EQ(deadlines.passedCount(QDate(2024, 11, 12)).value(),
              passedInList(QDate(2024, 11, 12)));
    EXPECT_GT(passedInList(QDate(2024, 11, 26)), 0) << "november not adjusted in 14 days";
    EXPECT_EQ(deadlines.passedCount(QDate(2024, 11, 26)).value(),
              passedInList(QDate(2024, 11, 26)));
    adjust();
    EXPECT_EQ(deadlines.passedCount(QDate(2024, 11, 30)).value(),
              passedInList(QDate(2024, 11, 30)));
    ASSERT_TRUE(deadlines.post(november, QDate(2024, 11, 20)).ok());
    EXPECT_GT(passedInList(QDate(2024, 12, 20)), 0) << "the notice is still up after the appeal";
    EXPECT_EQ(deadlines.passedCount(QDate(2024, 12, 20)).value(),
              passedInList(QDate(2024, 12, 20)));
}

TEST_F(ReviewTest, PostingIsRecordedOnceAndTheNoticeStaysUpThreeWeeks) {
    DeadlineService deadlines(database());
    const auto before = deadlines.deadlines(QDate(2024, 11, 12));
    ASSERT_TRUE(before.ok());
    const auto novemberDue = std::find_if(before->cbegin(), before->cend(), [](const Deadline& d) {
        return d.meeting.id == november;
    });
    ASSERT_NE(novemberDue, before->cend());
    EXPECT_EQ(novemberDue->due, QDate(2024, 11, 25));
    EXPECT_FALSE(deadlines.post(november, QDate(2024, 11, 20)).ok()) << "not adjusted";
    adjust();
    EXPECT_FALSE(deadlines.post(november, QDate(2024, 11, 18)).ok()) << "before adjustment";
    ASSERT_TRUE(deadlines.post(november, QDate(2024, 11, 20)).ok());
    EXPECT_EQ(load(november).meeting.status, MeetingStatus::Announced);
    EXPECT_EQ(load(november).trail.posting->postedOn, QDate(2024, 11, 20));
    const auto dates = deadlines.datesOf(november);
    ASSERT_TRUE(dates.ok());
    EXPECT_EQ(dates->adjustedOn,
              load(november).trail.signatures.last().signedAt.toLocalTime().date());
    EXPECT_EQ(dates->postedOn, QDate(2024, 11, 20));
    EXPECT_FALSE(dates->takenDownOn.isValid());
    EXPECT_FALSE(deadlines.datesOf(7)->adjustedOn.isValid()) << "never adjusted";
    EXPECT_FALSE(deadlines.post(november, QDate(2024, 11, 21)).ok()) << "posted once";
    QSqlQuery raw(database().connection());
    EXPECT_FALSE(raw.exec(QStringLiteral("UPDATE posting SET posted_on = '2024-11-21'")));
    EXPECT_FALSE(deadlines.takeDown(november, QDate(2024, 12, 10)).ok());
    ASSERT_TRUE(deadlines.takeDown(november, QDate(2024, 12, 11)).ok());
    EXPECT_TRUE(adjustment().verify(november)->intact());
}

} // namespace
