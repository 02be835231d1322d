// Continuous paragraph numbering per body and calendar year.
#include "TestSupport.h"
#include "services/NumberingService.h"
#include "storage/BodyRepository.h"
#include "storage/Transaction.h"

using namespace paragraf;
using namespace paragraf::test;

namespace {

class NumberingTest : public DatabaseFixture {
protected:
    void SetUp() override {
        DatabaseFixture::SetUp();
        body = createBody(QStringLiteral("Socialnämnden"), 5);
    }
    Id body = NoId;
};

TEST_F(NumberingTest, ANewMeetingContinuesAfterTheLastNumberOfTheYear) {
    const Id january = createMeeting(body, QDate(2024, 1, 15));
    for (int i = 0; i < 4; ++i)
        addParagraph(january, QStringLiteral("Ärende %1").arg(i));
    const Id march = createMeeting(body, QDate(2024, 3, 11));
    addParagraph(march, QStringLiteral("Upprop"));
    addParagraph(march, QStringLiteral("Budget"));
    EXPECT_EQ(numbersOf(load(january)), (QList<int>{1, 2, 3, 4}));
    EXPECT_EQ(numbersOf(load(march)), (QList<int>{5, 6}));
}

TEST_F(NumberingTest, ANewYearStartsAtOne) {
    const Id december = createMeeting(body, QDate(2024, 12, 9));
    addParagraph(december, QStringLiteral("Sista"));
    addParagraph(december, QStringLiteral("Övrigt"));
    const Id january = createMeeting(body, QDate(2025, 1, 20));
    addParagraph(january, QStringLiteral("Första"));
    EXPECT_EQ(numbersOf(load(january)), QList<int>{1});
}

TEST_F(NumberingTest, EachBodyHasItsOwnNumbers) {
    const Id other = createBody(QStringLiteral("Kulturnämnden"), 3);
    const Id a = createMeeting(body, QDate(2024, 2, 1));
    const Id b = createMeeting(other, QDate(2024, 2, 1));
    addParagraph(a, QStringLiteral("A1"));
    addParagraph(a, QStringLiteral("A2"));
    addParagraph(b, QStringLiteral("B1"));
    EXPECT_EQ(numbersOf(load(b)), QList<int>{1});
}

TEST_F(NumberingTest, InsertingIntoAnEarlierMeetingRenumbersLaterOnes) {
    const Id first = createMeeting(body, QDate(2024, 4, 1));
    addParagraph(first, QStringLiteral("A"));
    const Id second = createMeeting(body, QDate(2024, 5, 1));
    addParagraph(second, QStringLiteral("B"));
    addParagraph(first, QStringLiteral("Inskjuten"), 0);
    EXPECT_EQ(numbersOf(load(first)), (QList<int>{1, 2}));
    EXPECT_EQ(load(first).paragraphs[0].title, QStringLiteral("Inskjuten"));
    EXPECT_EQ(numbersOf(load(second)), QList<int>{3});
}

TEST_F(NumberingTest, MovingAndDeletingRenumberWithoutGapsOrRepeats) {
    const Id meeting = createMeeting(body, QDate(2024, 6, 3));
    QList<Id> ids;
    for (const char* title : {"A", "B", "C", "D"})
        ids << addParagraph(meeting, QString::fromLatin1(title));
    ASSERT_TRUE(service().moveParagraph(ids[3], 0).ok());
    auto record = load(meeting);
    EXPECT_EQ(numbersOf(record), (QList<int>{1, 2, 3, 4}));
    EXPECT_EQ(record.paragraphs[0].title, QStringLiteral("D"));
    EXPECT_EQ(record.paragraphs[1].title, QStringLiteral("A"));
    ASSERT_TRUE(service().deleteParagraph(ids[0]).ok());
    record = load(meeting);
    EXPECT_EQ(numbersOf(record), (QList<int>{1, 2, 3}));
    QStringList titles;
    for (const auto& p : record.paragraphs)
        titles << p.title;
    EXPECT_EQ(titles, (QStringList{"D", "B", "C"}));
}

TEST_F(NumberingTest, TheYearCanStartWhereEarlierProtocolsEnded) {
    const auto started = inTransaction(database().connection(), [&]() -> Status {
        return BodyRepository(database().connection()).setNumberingStart(body, 2024, 26);
    });
    ASSERT_TRUE(started.ok());
    const Id meeting = createMeeting(body, QDate(2024, 11, 11));
    addParagraph(meeting, QStringLiteral("Upprop"));
    addParagraph(meeting, QStringLiteral("Datum"));
    EXPECT_EQ(numbersOf(load(meeting)), (QList<int>{26, 27}));
}

TEST_F(NumberingTest, AnAdjustedProtocolKeepsItsNumbers) {
    const Id early = createMeeting(body, QDate(2024, 2, 5));
    addParagraph(early, QStringLiteral("A"));
    const Id late = createMeeting(body, QDate(2024, 3, 5));
    addParagraph(late, QStringLiteral("B"));
    Meeting locked = load(late).meeting;
    locked.status = MeetingStatus::Adjusted;
    ASSERT_TRUE(service().updateMeeting(locked).ok());
    const auto refused = [&] {
        Paragraph p;
        p.meetingId = early;
        p.title = QStringLiteral("Sent tillägg");
        return service().addParagraph(p);
    }();
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().indexOf(QStringLiteral("numbers are fixed")), -1)
        << refused.error().toStdString();
    EXPECT_EQ(load(early).paragraphs.size(), 1);
    EXPECT_EQ(numbersOf(load(late)), QList<int>{2});
}

TEST_F(NumberingTest, AProtocolOutForAdjustmentKeepsItsNumbers) {
    const Id early = createMeeting(body, QDate(2024, 2, 5));
    addParagraph(early, QStringLiteral("A"));
    const Id late = createMeeting(body, QDate(2024, 3, 5));
    addParagraph(late, QStringLiteral("B"));
    Meeting out = load(late).meeting;
    out.status = MeetingStatus::OutForAdjustment;
    ASSERT_TRUE(service().updateMeeting(out).ok());
    Paragraph p;
    p.meetingId = early;
    p.title = QStringLiteral("Sent tillägg");
    EXPECT_FALSE(service().addParagraph(p).ok()) << "the signatories read § 2 as § 2";
    EXPECT_EQ(numbersOf(load(late)), QList<int>{2});
}

TEST_F(NumberingTest, AnAdjustedProtocolRefusesEdits) {
    const Id meeting = createMeeting(body, QDate(2024, 2, 5));
    const Id paragraph = addParagraph(meeting, QStringLiteral("A"));
    Meeting m = load(meeting).meeting;
    m.status = MeetingStatus::Adjusted;
    ASSERT_TRUE(service().updateMeeting(m).ok());
    const Id section = load(meeting).paragraphs[0].sections[0].id;
    EXPECT_FALSE(service().updateSectionText(section, QStringLiteral("ändrat")).ok());
    EXPECT_FALSE(service().deleteParagraph(paragraph).ok());
    EXPECT_EQ(load(meeting).paragraphs[0].sections[0].text, QString());
}

TEST_F(NumberingTest, AYearStartsAtOneUnlessTheBodySaysOtherwise) {
    NumberingService numbering(database());
    EXPECT_EQ(numbering.firstNumber(body, 2024).value(), 1);
    ASSERT_TRUE(numbering.setFirstNumber(body, 2024, 26).ok());
    EXPECT_EQ(numbering.firstNumber(body, 2024).value(), 26);
    EXPECT_EQ(numbering.firstNumber(body, 2025).value(), 1) << "each year has its own start";
    const Id other = createBody(QStringLiteral("Kulturnämnden"), 3);
    EXPECT_EQ(numbering.firstNumber(other, 2024).value(), 1) << "each body has its own start";
}

TEST_F(NumberingTest, SettingTheFirstNumberRenumbersTheYearsDrafts) {
    const Id april = createMeeting(body, QDate(2024, 4, 8));
    addParagraph(april, QStringLiteral("Upprop"));
    addParagraph(april, QStringLiteral("Budget"));
    const Id may = createMeeting(body, QDate(2024, 5, 13));
    addParagraph(may, QStringLiteral("Övrigt"));
    const Id nextYear = createMeeting(body, QDate(2025, 1, 20));
    addParagraph(nextYear, QStringLiteral("Första"));
    ASSERT_TRUE(NumberingService(database()).setFirstNumber(body, 2024, 26).ok());
    EXPECT_EQ(numbersOf(load(april)), (QList<int>{26, 27}));
    EXPECT_EQ(numbersOf(load(may)), QList<int>{28});
    EXPECT_EQ(numbersOf(load(nextYear)), QList<int>{1});
    ASSERT_TRUE(NumberingService(database()).setFirstNumber(body, 2024, 1).ok());
    EXPECT_EQ(numbersOf(load(april)), (QList<int>{1, 2}));
}

TEST_F(NumberingTest, TheFirstNumberCannotMoveAnAdjustedProtocol) {
    const Id march = createMeeting(body, QDate(2024, 3, 5));
    addParagraph(march, QStringLiteral("A"));
    addParagraph(march, QStringLiteral("B"));
    const Id april = createMeeting(body, QDate(2024, 4, 5));
    addParagraph(april, QStringLiteral("C"));
    Meeting locked = load(march).meeting;
    locked.status = MeetingStatus::Adjusted;
    ASSERT_TRUE(service().updateMeeting(locked).ok());
    NumberingService numbering(database());
    const auto refused = numbering.setFirstNumber(body, 2024, 26);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error(), QStringLiteral("The numbering of 2024 cannot start at § 26: the "
                                              "protocol of Socialnämnden on 2024-03-05 (§§ 1–2) "
                                              "is adjusted, and its paragraph numbers are final."));
    EXPECT_EQ(numbering.firstNumber(body, 2024).value(), 1);
    EXPECT_EQ(numbersOf(load(march)), (QList<int>{1, 2}));
    EXPECT_EQ(numbersOf(load(april)), QList<int>{3});
    EXPECT_TRUE(numbering.setFirstNumber(body, 2024, 1).ok()) << "no number changes";
    EXPECT_TRUE(numbering.setFirstNumber(body, 2025, 10).ok()) << "another year is free";
}

TEST_F(NumberingTest, TheFirstNumberCannotMoveAProtocolOutForAdjustment) {
    const Id march = createMeeting(body, QDate(2024, 3, 5));
    addParagraph(march, QStringLiteral("A"));
    Meeting out = load(march).meeting;
    out.status = MeetingStatus::OutForAdjustment;
    ASSERT_TRUE(service().updateMeeting(out).ok());
    const auto refused = NumberingService(database()).setFirstNumber(body, 2024, 5);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().indexOf(QStringLiteral("2024-03-05 (§ 1) is out for adjustment")), -1)
        << refused.error().toStdString();
    EXPECT_EQ(numbersOf(load(march)), QList<int>{1});
}

TEST_F(NumberingTest, TheFirstNumberAndYearAreChecked) {
    NumberingService numbering(database());
    EXPECT_FALSE(numbering.setFirstNumber(body, 2024, 0).ok());
    EXPECT_FALSE(numbering.setFirstNumber(body, 2024, -3).ok());
    EXPECT_FALSE(numbering.setFirstNumber(body, 99, 5).ok());
    EXPECT_FALSE(numbering.setFirstNumber(body + 100, 2024, 5).ok()) << "no such body";
    EXPECT_FALSE(numbering.firstNumber(body + 100, 2024).ok());
}

TEST_F(NumberingTest, TheDatabaseRefusesToMoveTheStartUnderAnAdjustedProtocol) {
    const Id march = createMeeting(body, QDate(2024, 3, 5));
    addParagraph(march, QStringLiteral("A"));
    Meeting locked = load(march).meeting;
    locked.status = MeetingStatus::Adjusted;
    ASSERT_TRUE(service().updateMeeting(locked).ok());
    const auto& connection = database().connection();
    const auto write = [&](int first) {
        return inTransaction(connection, [&]() -> Status {
            return BodyRepository(connection).setNumberingStart(body, 2024, first);
        });
    };
    EXPECT_FALSE(write(26).ok()) << "inserting a start other than 1";
    EXPECT_TRUE(write(1).ok());
    EXPECT_FALSE(write(26).ok()) << "updating the start";
    EXPECT_TRUE(inTransaction(connection, [&]() -> Status {
                    return BodyRepository(connection).setNumberingStart(body, 2023, 26);
                }).ok());
}

} // namespace
