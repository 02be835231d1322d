#include "ParagraphRanges.h"

#include <QStringList>
#include <algorithm>

namespace paragraf {

namespace {
const QChar enDash(0x2013);
}

QString formatNumberSpan(int first, int last) {
    if (last < first)
        return {};
    if (first == last)
        return QString::number(first);
    return QString::number(first) + enDash + QString::number(last);
}

QString formatParagraphList(QList<int> numbers) {
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    if (numbers.isEmpty())
        return {};
    QStringList runs;
    int runStart = numbers.first();
    for (int i = 1; i <= numbers.size(); ++i) {
        if (i < numbers.size() && numbers[i] == numbers[i - 1] + 1)
            continue;
        runs << formatNumberSpan(runStart, numbers[i - 1]);
        if (i < numbers.size())
            runStart = numbers[i];
    }
    const bool single = numbers.size() == 1;
    return (single ? QStringLiteral("§ ") : QStringLiteral("§§ ")) +
           runs.join(QStringLiteral(", "));
}

QList<int> firstNumbersOfMeetings(int firstNumberOfYear, const QList<int>& paragraphCounts) {
    QList<int> firsts;
    int next = firstNumberOfYear;
    for (int count : paragraphCounts) {
        firsts << next;
        next += count;
    }
    return firsts;
}

} // namespace paragraf
