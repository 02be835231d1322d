// Lag (1930:173) om beräkning av lagstadgad tid: a time limit ending on a Saturday, a Sunday, a
// public holiday, midsommarafton, julafton or nyårsafton ends on the next weekday. The three
// weeks of appeal after a posting on Saturday 5 December 2026 end on Monday 28 December, not on
// annandag jul (a secretary's finding).
#include "rules/StatutoryTime.h"

#include "adjustment/Deadlines.h"

#include <gtest/gtest.h>

using namespace paragraf;

namespace {

TEST(StatutoryTime, EasterIsComputedForTheYearsAroundNow) {
    EXPECT_EQ(easterSunday(2024), QDate(2024, 3, 31));
    EXPECT_EQ(easterSunday(2025), QDate(2025, 4, 20));
    EXPECT_EQ(easterSunday(2026), QDate(2026, 4, 5));
    EXPECT_EQ(easterSunday(2027), QDate(2027, 3, 28));
    EXPECT_EQ(easterSunday(2038), QDate(2038, 4, 25));
}

TEST(StatutoryTime, ATimeLimitOnAClosedDayEndsOnTheNextWeekday) {
    const auto endsOn = [](int y, int m, int d) {
        return timeLimitEndsOn(QDate(y, m, d));
    };
    EXPECT_EQ(endsOn(2026, 12, 9), QDate(2026, 12, 9)) << "an ordinary Wednesday";
    EXPECT_EQ(endsOn(2026, 12, 26), QDate(2026, 12, 28)) << "annandag jul, a Saturday";
    EXPECT_EQ(endsOn(2025, 12, 24), QDate(2025, 12, 29)) << "julafton to the Monday after jul";
    EXPECT_EQ(endsOn(2025, 12, 31), QDate(2026, 1, 2)) << "nyårsafton, then nyårsdagen";
    EXPECT_EQ(endsOn(2026, 1, 6), QDate(2026, 1, 7)) << "trettondedag jul";
    EXPECT_EQ(endsOn(2025, 4, 18), QDate(2025, 4, 22)) << "långfredag to after annandag påsk";
    EXPECT_EQ(endsOn(2025, 5, 29), QDate(2025, 5, 30)) << "Kristi himmelsfärds dag";
    EXPECT_EQ(endsOn(2026, 5, 1), QDate(2026, 5, 4)) << "första maj, a Friday";
    EXPECT_EQ(endsOn(2025, 6, 6), QDate(2025, 6, 9)) << "nationaldagen, a Friday";
    EXPECT_EQ(endsOn(2025, 6, 20), QDate(2025, 6, 23)) << "midsommarafton";
    EXPECT_EQ(endsOn(2026, 6, 19), QDate(2026, 6, 22)) << "midsommarafton 2026";
    EXPECT_EQ(endsOn(2025, 11, 1), QDate(2025, 11, 3)) << "alla helgons dag";
    EXPECT_FALSE(isClosedForTimeLimits(QDate(2025, 6, 19))) << "the Thursday before midsommar";
    EXPECT_FALSE(isClosedForTimeLimits(QDate(2025, 4, 17))) << "skärtorsdag is a weekday";
}

TEST(StatutoryTime, TheAppealPeriodAfterAPostingEndsOnAWeekday) {
    EXPECT_EQ(appealPeriodEnds(QDate(2026, 12, 5)), QDate(2026, 12, 28));
    EXPECT_EQ(appealPeriodEnds(QDate(2024, 11, 20)), QDate(2024, 12, 11));
}

} // namespace
