#include "WordDiff.h"

#include <QRegularExpression>
#include <vector>

namespace paragraf {
namespace {

// Words keep the white space after them, so that joining the tokens gives the text back.
QStringList tokens(const QString& text) {
    static const QRegularExpression word(QStringLiteral("\\S+\\s*|\\s+"));
    QStringList result;
    for (auto it = word.globalMatch(text); it.hasNext();)
        result << it.next().captured();
    return result;
}

void append(QList<DiffSegment>& segments, DiffSegment::Kind kind, const QString& text) {
    if (!segments.isEmpty() && segments.last().kind == kind)
        segments.last().text += text;
    else
        segments.append({kind, text});
}

// Beyond this many cells the longest common subsequence would cost too much memory for a
// screenful of change; the texts are then shown as replaced as a whole.
constexpr qsizetype maxTableCells = 4'000'000;

} // namespace

QList<DiffSegment> wordDiff(const QString& before, const QString& after) {
    const QStringList a = tokens(before);
    const QStringList b = tokens(after);
    QList<DiffSegment> segments;
    if ((a.size() + 1) * (b.size() + 1) > maxTableCells) {
        append(segments, DiffSegment::Removed, before);
        append(segments, DiffSegment::Added, after);
        return segments;
    }
    // Compared without trailing white space, so that a word moved to the end of a line matches.
    const auto same = [&](qsizetype i, qsizetype j) {
        return a[i].trimmed() == b[j].trimmed();
    };
    const qsizetype columns = b.size() + 1;
    std::vector<int> common(static_cast<size_t>((a.size() + 1) * columns), 0);
    for (qsizetype i = a.size() - 1; i >= 0; --i)
        for (qsizetype j = b.size() - 1; j >= 0; --j)
            common[i * columns + j] =
                same(i, j) ? common[(i + 1) * columns + j + 1] + 1
                           : std::max(common[(i + 1) * columns + j], common[i * columns + j + 1]);
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (same(i, j)) {
            // The last word of the new text keeps the old one's space when removals follow.
            const bool removalsFollow = j == b.size() - 1 && i < a.size() - 1;
            append(segments, DiffSegment::Same, removalsFollow ? a[i] : b[j]);
            ++i;
            ++j;
        } else if (common[(i + 1) * columns + j] >= common[i * columns + j + 1]) {
            append(segments, DiffSegment::Removed, a[i++]);
        } else {
            append(segments, DiffSegment::Added, b[j++]);
        }
    }
    for (; i < a.size(); ++i)
        append(segments, DiffSegment::Removed, a[i]);
    for (; j < b.size(); ++j)
        append(segments, DiffSegment::Added, b[j]);
    return segments;
}

QString diffAsText(const QList<DiffSegment>& segments) {
    QString text;
    for (const auto& s : segments) {
        if (s.kind == DiffSegment::Same || s.text.trimmed().isEmpty()) {
            text += s.text;
            continue;
        }
        if (!text.isEmpty() && !text.back().isSpace())
            text += QLatin1Char(' '); // "[-två.-] {+två tre.+}", not "[-två.-]{+två tre.+}"
        // The marks go around the words; the white space around them stays outside.
        qsizetype first = 0;
        while (s.text.at(first).isSpace())
            ++first;
        qsizetype end = s.text.size();
        while (s.text.at(end - 1).isSpace())
            --end;
        const bool removed = s.kind == DiffSegment::Removed;
        text += s.text.left(first) + (removed ? QStringLiteral("[-") : QStringLiteral("{+")) +
                s.text.mid(first, end - first) +
                (removed ? QStringLiteral("-]") : QStringLiteral("+}")) + s.text.mid(end);
    }
    return text.trimmed();
}

QString diffAsHtml(const QList<DiffSegment>& segments) {
    QString html;
    for (const auto& s : segments) {
        const QString escaped =
            s.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
        switch (s.kind) {
        case DiffSegment::Same:
            html += escaped;
            break;
        case DiffSegment::Removed:
            html += QStringLiteral("<span style=\"color:#a40000;text-decoration:line-through\">") +
                    escaped + QStringLiteral("</span>");
            break;
        case DiffSegment::Added:
            html += QStringLiteral("<span style=\"color:#006400;text-decoration:underline\">") +
                    escaped + QStringLiteral("</span>");
            break;
        }
    }
    return html;
}

} // namespace paragraf
