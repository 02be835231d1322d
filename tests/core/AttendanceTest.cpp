// Who served at which paragraph, and the header groups of the protocol, derived from events.
#include "rules/AttendanceGroups.h"
#include "rules/AttendanceRules.h"
#include "rules/AttendanceTimeline.h"
#include "rules/ParagraphRanges.h"
#include "text/MeetingText.h"

#include <gtest/gtest.h>

using namespace paragraf;

namespace {

// Members 1..4 (Anna, Bo, Cecilia, David); substitutes 11..14 personal to each; official 21.
// Paragraphs 101..106 numbered 170..175.
class AttendanceTest : public ::testing::Test {
protected:
    void SetUp() override {
        const QStringList names{QStringLiteral("Anna A"), QStringLiteral("Bo B"),
                                QStringLiteral("Cecilia C"), QStringLiteral("David D")};
        for (int i = 0; i < 4; ++i) {
            record.participants << member(i + 1, names[i], QStringLiteral("S"));
        }
        for (int i = 0; i < 4; ++i) {
            Participant s =
                member(11 + i, QStringLiteral("Ersättare %1").arg(i + 1), QStringLiteral("V"));
            s.kind = ParticipantKind::Substitute;
            s.personalSubstituteOf = i + 1;
            s.presentAtStart = false;
            record.participants << s;
        }
        Participant official = member(21, QStringLiteral("Elise E"), QString());
        official.kind = ParticipantKind::Official;
        official.roleLabel = QStringLiteral("sekreterare");
        record.participants << official;
        for (int i = 0; i < 6; ++i) {
            Paragraph p;
            p.id = 101 + i;
            p.number = 170 + i;
            p.position = i;
            record.paragraphs << p;
        }
    }

    static Participant member(Id id, const QString& name, const QString& party) {
        Participant p;
        p.id = id;
        p.name = name;
        p.party = party;
        p.kind = ParticipantKind::Member;
        p.presentAtStart = true;
        return p;
    }

    void event(Id who, AttendanceEventKind kind, Id beforeParagraph, Id forWhom = NoId) {
        record.events << AttendanceEvent{nextEvent++,     who,     kind,
                                         beforeParagraph, forWhom, QString()};
    }
    Participant& participant(Id id) {
        for (auto& p : record.participants)
            if (p.id == id)
                return p;
        throw std::logic_error("no participant");
    }
    QList<Id> order() const {
        QList<Id> ids;
        for (const auto& p : record.paragraphs)
            ids << p.id;
        return ids;
    }
    AttendanceTimeline timeline() const {
        return AttendanceTimeline::derive(record.participants, record.events, order());
    }
    Status validate() const {
        return validateAttendance(record.participants, record.events, order());
    }
    QStringList groupTexts(const QList<AttendanceLine>& lines) const {
        QStringList texts;
        for (const auto& line : lines)
            texts << attendanceLineText(record, line);
        return texts;
    }

    MeetingRecord record;
    Id nextEvent = 1;
};

TEST_F(AttendanceTest, EveryonePresentServesAtEveryParagraph) {
    const auto t = timeline();
    for (const auto& p : t.paragraphs())
        EXPECT_EQ(p.serving, (QSet<Id>{1, 2, 3, 4}));
    const auto groups = groupAttendance(record);
    EXPECT_EQ(groupTexts(groups.deciding),
              (QStringList{"Anna A (S)", "Bo B (S)", "Cecilia C (S)", "David D (S)"}));
    EXPECT_TRUE(groups.absent.isEmpty());
    EXPECT_EQ(groupTexts(groups.others), QStringList{"Elise E, sekreterare"});
}

TEST_F(AttendanceTest, SubstituteServesForAParagraphRange) {
    // Bo leaves after § 171; his substitute serves from § 172 to § 174; Bo is not back.
    participant(12).presentAtStart = true;
    event(2, AttendanceEventKind::Leave, 103);
    event(12, AttendanceEventKind::ServeStart, 103, 2);
    event(12, AttendanceEventKind::ServeEnd, 106);
    ASSERT_TRUE(validate().ok()) << validate().error().toStdString();
    const auto t = timeline();
    EXPECT_EQ(t.servingPositions(2), (QList<int>{0, 1}));
    EXPECT_EQ(t.servingPositions(12), (QList<int>{2, 3, 4}));
    EXPECT_EQ(t.paragraphs()[5].serving, (QSet<Id>{1, 3, 4}));
    const auto groups = groupAttendance(record);
    EXPECT_EQ(groupTexts(groups.deciding),
              (QStringList{"Anna A (S)", "Bo B (S), §§ 170–171", "Cecilia C (S)", "David D (S)",
                           "Ersättare 2 (V) ersätter Bo B (S), §§ 172–174"}));
}

TEST_F(AttendanceTest, LateArrivalServesFromTheParagraphOfArrival) {
    participant(3).presentAtStart = false;
    participant(13).presentAtStart = true;
    participant(13).servesForAtStart = 3;
    event(13, AttendanceEventKind::ServeEnd, 104);
    event(3, AttendanceEventKind::Arrive, 104);
    ASSERT_TRUE(validate().ok()) << validate().error().toStdString();
    const auto t = timeline();
    EXPECT_EQ(t.servingPositions(13), (QList<int>{0, 1, 2}));
    EXPECT_EQ(t.servingPositions(3), (QList<int>{3, 4, 5}));
    const auto groups = groupAttendance(record);
    EXPECT_TRUE(groupTexts(groups.deciding).contains("Cecilia C (S), §§ 173–175"));
    EXPECT_TRUE(
        groupTexts(groups.deciding).contains("Ersättare 3 (V) ersätter Cecilia C (S), §§ 170–172"));
}

TEST_F(AttendanceTest, JavSitsOutOneParagraphOnlyAndASubstituteMayServe) {
    participant(14).presentAtStart = true;
    event(4, AttendanceEventKind::Jav, 102);
    event(14, AttendanceEventKind::ServeStart, 102, 4);
    event(14, AttendanceEventKind::ServeEnd, 103);
    ASSERT_TRUE(validate().ok()) << validate().error().toStdString();
    const auto t = timeline();
    EXPECT_EQ(t.servingPositions(4), (QList<int>{0, 2, 3, 4, 5}));
    EXPECT_EQ(t.javPositions(4), QList<int>{1});
    EXPECT_EQ(t.paragraphs()[1].serving, (QSet<Id>{1, 2, 3, 14}));
    const auto groups = groupAttendance(record);
    // Jäv is told in the paragraph; the header keeps David as serving the whole meeting.
    EXPECT_TRUE(groupTexts(groups.deciding).contains("David D (S)"));
    EXPECT_TRUE(
        groupTexts(groups.deciding).contains("Ersättare 4 (V) ersätter David D (S), § 171"));
}

TEST_F(AttendanceTest, AbsentMembersAndIdleSubstitutesAreGrouped) {
    participant(1).presentAtStart = false;
    participant(11).presentAtStart = true;
    const auto groups = groupAttendance(record);
    EXPECT_EQ(groupTexts(groups.absent), QStringList{"Anna A (S)"});
    EXPECT_EQ(groupTexts(groups.substitutesNotServing), QStringList{"Ersättare 1 (V)"});
}

// A substitute in the room all day who served at § 171 only is listed twice: serving there,
// and present without serving at the others (issue 19, item 5).
TEST_F(AttendanceTest, ASubstituteServingSomeParagraphsIsAlsoListedAsNotServingAtTheOthers) {
    participant(14).presentAtStart = true;
    event(4, AttendanceEventKind::Jav, 102);
    event(14, AttendanceEventKind::ServeStart, 102, 4);
    event(14, AttendanceEventKind::ServeEnd, 103);
    participant(12).presentAtStart = true;
    event(2, AttendanceEventKind::Leave, 103);
    event(12, AttendanceEventKind::ServeStart, 103, 2);
    ASSERT_TRUE(validate().ok()) << validate().error().toStdString();
    const auto groups = groupAttendance(record);
    EXPECT_TRUE(
        groupTexts(groups.deciding).contains("Ersättare 4 (V) ersätter David D (S), § 171"));
    EXPECT_EQ(groupTexts(groups.substitutesNotServing),
              (QStringList{"Ersättare 2 (V), §§ 170–171", "Ersättare 4 (V), §§ 170, 172–175"}));
    // One who served to the end is not listed as idle for the paragraphs before arriving.
    participant(13).presentAtStart = false;
    event(3, AttendanceEventKind::Leave, 104);
    event(13, AttendanceEventKind::Arrive, 104);
    event(13, AttendanceEventKind::ServeStart, 104, 3);
    ASSERT_TRUE(validate().ok()) << validate().error().toStdString();
    EXPECT_EQ(groupTexts(groupAttendance(record).substitutesNotServing).size(), 2);
}

TEST_F(AttendanceTest, OfficialPresentForPartOfTheMeetingShowsParagraphs) {
    event(21, AttendanceEventKind::Leave, 104);
    const auto groups = groupAttendance(record);
    EXPECT_EQ(groupTexts(groups.others), QStringList{"Elise E, sekreterare, §§ 170–172"});
}

TEST_F(AttendanceTest, MemberWhoStoppedServingCannotResume) {
    event(2, AttendanceEventKind::Leave, 102);
    event(2, AttendanceEventKind::Arrive, 104);
    const auto status = validate();
    ASSERT_FALSE(status.ok());
    EXPECT_NE(status.error().indexOf(QStringLiteral("växeltjänstgöring")), -1)
        << status.error().toStdString();
}

TEST_F(AttendanceTest, MemberReplacedBySubstituteCannotTakeTheSeatBackLater) {
    participant(12).presentAtStart = true;
    event(12, AttendanceEventKind::ServeStart, 103, 2);
    event(12, AttendanceEventKind::ServeEnd, 105);
    EXPECT_FALSE(validate().ok());
}

TEST_F(AttendanceTest, SubstituteMustBePresentToServe) {
    event(12, AttendanceEventKind::ServeStart, 103, 2);
    const auto status = validate();
    ASSERT_FALSE(status.ok());
    EXPECT_NE(status.error().indexOf(QStringLiteral("must be present")), -1);
}

TEST_F(AttendanceTest, TwoSubstitutesCannotReplaceTheSameMember) {
    participant(11).presentAtStart = true;
    participant(12).presentAtStart = true;
    participant(2).presentAtStart = false;
    event(11, AttendanceEventKind::ServeStart, 101, 2);
    event(12, AttendanceEventKind::ServeStart, 102, 2);
    EXPECT_FALSE(validate().ok());
}

TEST_F(AttendanceTest, JavRequiresServingAtThatParagraph) {
    participant(3).presentAtStart = false;
    event(3, AttendanceEventKind::Jav, 102);
    EXPECT_FALSE(validate().ok());
}

TEST_F(AttendanceTest, OnlySubstitutesServeForMembers) {
    event(21, AttendanceEventKind::ServeStart, 102, 2);
    EXPECT_FALSE(validate().ok());
}

TEST_F(AttendanceTest, LeavingTwiceIsRefused) {
    event(2, AttendanceEventKind::Leave, 102);
    event(2, AttendanceEventKind::Leave, 104);
    EXPECT_FALSE(validate().ok());
}

TEST_F(AttendanceTest, QuorumNeedsMoreThanHalfOfTheMembers) {
    EXPECT_TRUE(hasQuorum(3, 4));
    EXPECT_FALSE(hasQuorum(2, 4));
    EXPECT_TRUE(hasQuorum(7, 13));
    EXPECT_FALSE(hasQuorum(6, 13));
    EXPECT_FALSE(hasQuorum(0, 0));
    EXPECT_EQ(seatCount(record.participants), 4);
}

TEST(ParagraphRanges, FormatsAsSwedishProtocolsDo) {
    EXPECT_EQ(formatParagraphList({27}), QStringLiteral("§ 27"));
    EXPECT_EQ(formatParagraphList({26, 27, 28}), QStringLiteral("§§ 26–28"));
    EXPECT_EQ(formatParagraphList({184, 170, 172, 173, 174}),
              QStringLiteral("§§ 170, 172–174, 184"));
    EXPECT_EQ(formatParagraphList({}), QString());
    EXPECT_EQ(formatNumberSpan(26, 31), QStringLiteral("26–31"));
    EXPECT_EQ(formatNumberSpan(5, 5), QStringLiteral("5"));
    EXPECT_EQ(firstNumbersOfMeetings(1, {5, 0, 3, 6}), (QList<int>{1, 6, 6, 9}));
}

} // namespace
