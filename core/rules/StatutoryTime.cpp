#include "StatutoryTime.h"

namespace paragraf {

QDate easterSunday(int year) {
    // The anonymous Gregorian computus (Meeus/Jones/Butcher).
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

namespace {

// The day of `weekday` (1 Monday … 7 Sunday) within the seven days from `first`.
QDate weekdayFrom(const QDate& first, int weekday) {
    return first.addDays((weekday - first.dayOfWeek() + 7) % 7);
}

bool isFixedClosedDay(int month, int day) {
    static constexpr int days[][2] = {{1, 1},   {1, 6},   {5, 1},   {6, 6},
                                      {12, 24}, {12, 25}, {12, 26}, {12, 31}};
    for (const auto& closed : days)
        if (closed[0] == month && closed[1] == day)
            return true;
    return false;
}

bool isMovableClosedDay(const QDate& day) {
    const QDate easter = easterSunday(day.year());
    for (int offset :
         {-2, 0, 1, 39, 49}) // långfredag, påsk, annandag påsk, Kristi himmelsfärd, pingst
        if (day == easter.addDays(offset))
            return true;
    const QDate midsummerEve = weekdayFrom(QDate(day.year(), 6, 19), 5); // Friday 19–25 June
    const QDate allSaints = weekdayFrom(QDate(day.year(), 10, 31), 6);   // Saturday 31 Oct–6 Nov
    return day == midsummerEve || day == midsummerEve.addDays(1) || day == allSaints;
}

} // namespace

bool isClosedForTimeLimits(const QDate& day) {
    return day.dayOfWeek() >= 6 || isFixedClosedDay(day.month(), day.day()) ||
           isMovableClosedDay(day);
}

QDate timeLimitEndsOn(const QDate& day) {
    QDate end = day;
    while (end.isValid() && isClosedForTimeLimits(end))
        end = end.addDays(1);
    return end;
}

} // namespace paragraf
