// The body's own rules (reglemente, arbetsordning): copied onto a meeting when it is set up,
// enforced where they refuse, and carried in JSON version 4 and in the signed content only when
// they differ from the defaults.
#include "TestSupport.h"
#include "adjustment/AdjustmentService.h"
#include "adjustment/Deadlines.h"
#include "demo/DemoData.h"
#include "interchange/MeetingImporter.h"
#include "interchange/MeetingJson.h"
#include "services/RulesService.h"
#include "text/AttClauses.h"
#include "text/CanonicalForm.h"

using namespace paragraf;
using namespace paragraf::test;

namespace {

class BodyRulesTest : public DatabaseFixture {
protected:
    void SetUp() override {
        DatabaseFixture::SetUp();
        body = createBody(QStringLiteral("Kommunstyrelsen"), 5);
    }
    void setBodyRules(const BodyRules& rules) {
        const auto set = RulesService(database()).setBodyRules(body, rules);
        ASSERT_TRUE(set.ok()) << set.error().toStdString();
    }
    // Ledamot 4 leaves before § 2 and comes back before § 3.
    Status leaveAndComeBack(Id meeting) {
        for (const char* title : {"Ett", "Två", "Tre"})
            addParagraph(meeting, QString::fromUtf8(title));
        const auto record = load(meeting);
        const Id member = participantNamed(meeting, QStringLiteral("Ledamot 4"));
        EXPECT_TRUE(
            service()
                .recordAttendance(
                    meeting,
                    {NoId, member, AttendanceEventKind::Leave, record.paragraphs[1].id, NoId, {}})
                .ok());
        const auto back = service().recordAttendance(
            meeting,
            {NoId, member, AttendanceEventKind::Arrive, record.paragraphs[2].id, NoId, {}});
        return back ? Status{} : fail(back.error());
    }
    Id body = NoId;
};

TEST_F(BodyRulesTest, AMemberWhoLeftIsRefusedNamingTheRuleAndTheSetting) {
    const Id meeting = createMeeting(body, QDate(2025, 3, 3));
    const Status back = leaveAndComeBack(meeting);
    ASSERT_FALSE(back.ok());
    EXPECT_NE(back.error().indexOf(QStringLiteral("växeltjänstgöring")), -1);
    EXPECT_NE(back.error().indexOf(QStringLiteral("A member who left may serve again")), -1)
        << back.error().toStdString();
}

TEST_F(BodyRulesTest, AMemberWhoLeftServesAgainWhenTheBodysRulesAllowIt) {
    BodyRules rules;
    rules.meeting.rejoinAllowed = true;
    setBodyRules(rules);
    const Id meeting = createMeeting(body, QDate(2025, 3, 3));
    EXPECT_TRUE(load(meeting).rules.rejoinAllowed) << "copied onto the meeting";
    const Status back = leaveAndComeBack(meeting);
    EXPECT_TRUE(back.ok()) << back.error().toStdString();
    EXPECT_EQ(load(meeting).events.size(), 2);
}

TEST_F(BodyRulesTest, EvenWhenAllowedAMemberWhoseSubstituteServedCannotResume) {
    BodyRules rules;
    rules.meeting.rejoinAllowed = true;
    setBodyRules(rules);
    const Id meeting = createMeeting(body, QDate(2025, 3, 3));
    for (const char* title : {"Ett", "Två", "Tre"})
        addParagraph(meeting, QString::fromUtf8(title));
    const auto record = load(meeting);
    const Id member = participantNamed(meeting, QStringLiteral("Ledamot 4"));
    const Id substitute = participantNamed(meeting, QStringLiteral("Ersättare 4"));
    const Id second = record.paragraphs[1].id, third = record.paragraphs[2].id;
    for (const AttendanceEvent& e :
         {AttendanceEvent{NoId, member, AttendanceEventKind::Leave, second, NoId, {}},
          AttendanceEvent{NoId, substitute, AttendanceEventKind::Arrive, second, NoId, {}},
          AttendanceEvent{NoId, substitute, AttendanceEventKind::ServeStart, second, member, {}},
          AttendanceEvent{NoId, substitute, AttendanceEventKind::ServeEnd, third, NoId, {}}})
        ASSERT_TRUE(service().recordAttendance(meeting, e).ok());
    const auto back = service().recordAttendance(
        meeting, {NoId, member, AttendanceEventKind::Arrive, third, NoId, {}});
    ASSERT_FALSE(back.ok());
    EXPECT_NE(back.error().indexOf(QStringLiteral("a substitute served in their place")), -1)
        << back.error().toStdString();
}

TEST_F(BodyRulesTest, AMeetingKeepsItsCopyWhenTheBodysRulesChangeLater) {
    BodyRules rules;
    rules.meeting.paragraphPrefix = QStringLiteral("KS");
    rules.meeting.adjustersRequired = 2;
    setBodyRules(rules);
    const Id meeting = createMeeting(body, QDate(2025, 3, 3));
    rules.meeting.paragraphPrefix = QStringLiteral("AU");
    rules.meeting.adjustersRequired = 1;
    setBodyRules(rules);
    EXPECT_EQ(load(meeting).rules.paragraphPrefix, QStringLiteral("KS"));
    EXPECT_EQ(load(meeting).rules.adjustersRequired, 2);
    EXPECT_EQ(load(createMeeting(body, QDate(2025, 4, 7))).rules.paragraphPrefix,
              QStringLiteral("AU"));
}

TEST_F(BodyRulesTest, SendingWithFewerAdjustersThanTheBodyRequiresIsRefused) {
    BodyRules rules;
    rules.meeting.adjustersRequired = 2;
    setBodyRules(rules);
    const Id meeting = createMeeting(body, QDate(2025, 3, 3));
    addParagraph(meeting, QStringLiteral("Ett"));
    Meeting m = load(meeting).meeting;
    m.chairId = participantNamed(meeting, QStringLiteral("Ledamot 1"));
    m.secretaryId = participantNamed(meeting, QStringLiteral("Ledamot 5"));
    m.adjusterIds = {participantNamed(meeting, QStringLiteral("Ledamot 2"))};
    ASSERT_TRUE(service().updateMeeting(m).ok());
    const Status refused = AdjustmentService(database()).sendForAdjustment(meeting, true);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().indexOf(QStringLiteral("require 2 adjusters")), -1)
        << refused.error().toStdString();
    EXPECT_NE(refused.error().indexOf(QStringLiteral("Adjusters required")), -1);
    m.adjusterIds << participantNamed(meeting, QStringLiteral("Ledamot 3"));
    ASSERT_TRUE(service().updateMeeting(m).ok());
    const Status sent = AdjustmentService(database()).sendForAdjustment(meeting, true);
    EXPECT_TRUE(sent.ok()) << sent.error().toStdString();
    EXPECT_FALSE(RulesService(database()).setMeetingRules(meeting, MeetingRules{}).ok())
        << "the copy is frozen with the protocol";
}

TEST_F(BodyRulesTest, TheAppendixIsChosenBySizeAboveTwentyFiveMembers) {
    const Id large = createBody(QStringLiteral("Kommunfullmäktige"), 26);
    const Id small = createBody(QStringLiteral("Arbetsutskottet"), 25);
    EXPECT_TRUE(load(createMeeting(large, QDate(2025, 3, 3))).rules.attendanceAppendix);
    EXPECT_FALSE(load(createMeeting(small, QDate(2025, 3, 3))).rules.attendanceAppendix);
    BodyRules never;
    never.appendix = AppendixChoice::Never;
    ASSERT_TRUE(RulesService(database()).setBodyRules(large, never).ok());
    EXPECT_FALSE(load(createMeeting(large, QDate(2025, 4, 3))).rules.attendanceAppendix);
}

TEST_F(BodyRulesTest, TheNoticeStaysUpAtLeastTheThreeWeeksOfAppeal) {
    BodyRules rules;
    rules.notice.days = 14;
    const Status refused = RulesService(database()).setBodyRules(body, rules);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().indexOf(QStringLiteral("8 kap. 12 §")), -1);
}

TEST_F(BodyRulesTest, APostingRecordsTheNoticeRulesOfItsDay) {
    ASSERT_TRUE(buildDemo(database()).ok());
    const Id november = 6; // seed 001, signed below
    const Id group = load(november).meeting.bodyId;
    BodyRules rules;
    rules.notice = {QStringLiteral("Eva Ek"), QStringLiteral("registrator"), QString(), 28};
    ASSERT_TRUE(RulesService(database()).setBodyRules(group, rules).ok());
    AdjustmentService adjustment(database());
    ASSERT_TRUE(adjustment.sendForAdjustment(november).ok());
    QDateTime at(QDate(2024, 11, 19), QTime(9, 30), Qt::UTC);
    for (const Signatory& who : AdjustmentService::signatories(load(november)))
        ASSERT_TRUE(adjustment
                        .sign(november, who.role, who.participantId, who.name,
                              SigningMethod::InPerson, {}, at = at.addSecs(60))
                        .ok());
    ASSERT_TRUE(DeadlineService(database()).post(november, QDate(2024, 11, 20)).ok());
    rules.notice = {};
    ASSERT_TRUE(RulesService(database()).setBodyRules(group, rules).ok());
    const auto posting = load(november).trail.posting;
    ASSERT_TRUE(posting.has_value());
    EXPECT_EQ(posting->notice.signerName, QStringLiteral("Eva Ek"));
    EXPECT_EQ(posting->notice.days, 28);
    const Status early = DeadlineService(database()).takeDown(november, QDate(2024, 12, 12));
    EXPECT_FALSE(early.ok()) << "up for the 28 days the rules said";
    EXPECT_TRUE(DeadlineService(database()).takeDown(november, QDate(2024, 12, 18)).ok());
}

TEST(AttClauses, ADecisionOfAttClausesIsPrintedOneClauseALine) {
    EXPECT_EQ(attClausesAsLines(QStringLiteral(
                  "Kommunfullmäktige beslutar att anta planen, att uppdra åt nämnden att följa "
                  "upp den och att avsätta 2 mnkr.")),
              QStringLiteral("Kommunfullmäktige beslutar\n\natt anta planen,\n\natt uppdra åt "
                             "nämnden att följa upp den och\n\natt avsätta 2 mnkr."));
    EXPECT_EQ(attClausesAsLines(QStringLiteral("Kommunstyrelsen föreslår kommunfullmäktige "
                                               "besluta att anta planen; att avslå motionen.")),
              QStringLiteral("Kommunstyrelsen föreslår kommunfullmäktige besluta\n\natt anta "
                             "planen;\n\natt avslå motionen."));
    for (const char* untouched : {"Informationen noteras.",
                                  "Gruppen tackar för informationen och lägger den till "
                                  "handlingarna.",
                                  "Kommunfullmäktige beslutar\n\natt anta planen."})
        EXPECT_EQ(attClausesAsLines(QString::fromUtf8(untouched)), QString::fromUtf8(untouched));
}

class RulesInterchangeTest : public DatabaseFixture {
protected:
    void SetUp() override {
        DatabaseFixture::SetUp();
        ASSERT_TRUE(buildDemo(database()).ok());
    }
};

TEST_F(RulesInterchangeTest, DefaultRulesLeaveTheFileAndTheSignedContentAsTheyWere) {
    const MeetingRecord record = load(6);
    ASSERT_TRUE(record.rules.isDefault());
    const QByteArray json = meetingToJson(record);
    EXPECT_FALSE(json.contains("\"rules\""));
    EXPECT_FALSE(json.contains("\"version\": 4"));
    const QByteArray canonical = canonicalForm(record);
    EXPECT_FALSE(canonical.contains("meeting.rules"));
    // The hash of seed 001 as Paragraf signed it before the body's rules existed.
    EXPECT_EQ(contentHash(record),
              QStringLiteral("f1a8791427f0264ff6fc3a183fb71da4f212e9e15fa82feeda5bc91864fe9775"));
}

TEST_F(RulesInterchangeTest, RulesGoIntoVersionFourAndComeBackByteForByte) {
    MeetingRules rules;
    rules.paragraphPrefix = QStringLiteral("KS");
    rules.adjustersRequired = 2;
    rules.signatureLabel = QStringLiteral("Justeras av");
    rules.attClauses = true;
    rules.rejoinAllowed = true;
    rules.attendanceAppendix = true;
    ASSERT_TRUE(RulesService(database()).setMeetingRules(6, rules).ok());
    const MeetingRecord record = load(6);
    const QByteArray json = meetingToJson(record);
    EXPECT_TRUE(json.contains("\"version\": 4")) << json.left(200).toStdString();
    EXPECT_TRUE(json.contains("\"paragraphPrefix\": \"KS\""));
    EXPECT_TRUE(canonicalForm(record).contains(
        "meeting.rules.paragraph_prefix=KS\nmeeting.rules.adjusters_required=2\n"));
    EXPECT_NE(contentHash(record), contentHash(load(7)));

    auto other = Database::create(path(QStringLiteral("other.paragraf")));
    ASSERT_TRUE(other.ok());
    const auto parsed = meetingFromJson(json);
    ASSERT_TRUE(parsed.ok()) << parsed.error().toStdString();
    EXPECT_EQ(parsed->rules, rules);
    const auto imported = importMeeting(*other.value(), parsed.value());
    ASSERT_TRUE(imported.ok()) << imported.error().toStdString();
    const auto again = MeetingService(*other.value()).load(imported.value());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->rules, rules);
    EXPECT_EQ(meetingToJson(again.value()), json);
    EXPECT_EQ(contentHash(again.value()), contentHash(record));
}

TEST_F(RulesInterchangeTest, ABrokenRuleInAFileIsReportedWithItsPath) {
    QByteArray json = meetingToJson(load(6));
    json.replace("\"adjusters\": [", "\"rules\": {\"adjustersRequired\": 0},\n\"adjusters\": [");
    const auto parsed = meetingFromJson(json);
    ASSERT_FALSE(parsed.ok());
    EXPECT_NE(parsed.error().indexOf(QStringLiteral("$.meeting.rules")), -1)
        << parsed.error().toStdString();
}

} // namespace
