// Text printed within a line of a protocol (a prefix, a signature label, the reason of an
// adjournment) cannot break the line or turn the rest of it around: refused, the file unchanged.
#include "TestSupport.h"
#include "interchange/MeetingJson.h"
#include "services/AdjournmentService.h"
#include "services/RulesService.h"

using namespace paragraf;
using namespace paragraf::test;

namespace {

class HostileTextTest : public DatabaseFixture {
protected:
    void SetUp() override {
        DatabaseFixture::SetUp();
        meeting =
            createMeeting(createBody(QStringLiteral("Kommunstyrelsen"), 5), QDate(2025, 3, 7));
        Meeting m = load(meeting).meeting;
        m.end = QTime(16, 0);
        ASSERT_TRUE(service().updateMeeting(m).ok());
        paragraph = addParagraph(meeting, QStringLiteral("Budget"));
    }
    Id meeting = NoId;
    Id paragraph = NoId;
};

const QStringList hostile{QStringLiteral("K\nS"),        QStringLiteral("K\tS"),
                          QStringLiteral("\u202Elunch"), QStringLiteral("a\u0001b\u001b[31m"),
                          QStringLiteral("x\u2066y"),    QStringLiteral("rad\u2028två")};

TEST_F(HostileTextTest, APrefixOrSignatureLabelThatWouldBreakItsLineIsRefused) {
    for (const QString& text : hostile) {
        MeetingRules rules;
        rules.paragraphPrefix = text;
        const Status prefix = RulesService(database()).setMeetingRules(meeting, rules);
        ASSERT_FALSE(prefix.ok()) << text.toStdString();
        EXPECT_TRUE(prefix.error().contains(QStringLiteral("within a line")))
            << prefix.error().toStdString();
        rules = {};
        rules.signatureLabel = text;
        EXPECT_FALSE(RulesService(database()).setMeetingRules(meeting, rules).ok());
    }
    EXPECT_TRUE(load(meeting).rules.isDefault());
}

TEST_F(HostileTextTest, AnAdjournmentReasonThatWouldBreakItsLineIsRefusedAtTheDeskAndInAFile) {
    for (const QString& text : hostile) {
        const Adjournment a{NoId, QTime(14, 0), QTime(14, 15), text, paragraph, true};
        EXPECT_FALSE(AdjournmentService(database()).add(meeting, a).ok()) << text.toStdString();
    }
    EXPECT_TRUE(load(meeting).adjournments.isEmpty());
    const Adjournment lunch{NoId,      QTime(14, 0), QTime(14, 15), QStringLiteral("lunch"),
                            paragraph, true};
    EXPECT_TRUE(AdjournmentService(database()).add(meeting, lunch).ok());
    MeetingRecord record = load(meeting);
    record.adjournments.clear();
    record.adjournments << Adjournment{
        NoId, QTime(14, 0), QTime(14, 15), QStringLiteral("lunch"), paragraph, true};
    QByteArray json = meetingToJson(record);
    ASSERT_TRUE(meetingFromJson(json).ok());
    json.replace("\"lunch\"", "\"\\u202elunch\"");
    const auto refused = meetingFromJson(json);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("$.adjournments[0].reason")))
        << refused.error().toStdString();
}

} // namespace
