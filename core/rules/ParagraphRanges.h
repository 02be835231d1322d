#pragma once

#include <QList>
#include <QString>

namespace paragraf {

// "§ 27", "§§ 26–31", "§§ 170, 172–184": the way Swedish protocols cite paragraphs.
QString formatParagraphList(QList<int> numbers);

// "26–31" or "27" for the header's "Paragrafer"; empty for no paragraphs.
QString formatNumberSpan(int first, int last);

// Continuous numbering: the paragraphs of a body's year follow each other across meetings.
// Given the first number of the year and the paragraph count of each meeting in date order,
// returns each meeting's first number.
QList<int> firstNumbersOfMeetings(int firstNumberOfYear, const QList<int>& paragraphCounts);

} // namespace paragraf
