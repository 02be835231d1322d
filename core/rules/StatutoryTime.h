#pragma once

#include <QDate>

namespace paragraf {

// Lag (1930:173) om beräkning av lagstadgad tid: when the last day of a time limit falls on a
// Saturday, a Sunday, another public holiday (lag 1989:253 om allmänna helgdagar), midsommarafton,
// julafton or nyårsafton, what is to be done may be done on the next weekday. The three weeks of
// appeal after a protocol's posting (kommunallagen 13 kap. 5 §) end so, and the notice stays up
// until they have.

// Whether a time limit can not end on `day`.
bool isClosedForTimeLimits(const QDate& day);
// The day a time limit falling on `day` ends: `day`, or the next weekday that is not closed.
QDate timeLimitEndsOn(const QDate& day);
// Easter Sunday of `year` (Gregorian calendar).
QDate easterSunday(int year);

} // namespace paragraf
