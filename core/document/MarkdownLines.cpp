#include "MarkdownLines.h"

#include <QRegularExpression>
#include <QStringList>

namespace paragraf {
namespace {

// What the block a line belongs to is, as Qt's writer writes blocks: each begins after a blank
// line, but for the items of a list, which follow one another.
enum class Block { None, Paragraph, ListItem, Fence, Other };

qsizetype indentOf(QStringView line) {
    qsizetype i = 0;
    while (i < line.size() && (line[i] == QLatin1Char(' ') || line[i] == QLatin1Char('\t')))
        ++i;
    return i;
}

QString withoutIndent(QStringView line) {
    return line.mid(indentOf(line)).toString();
}

bool isFence(const QString& text) {
    return text.startsWith(QLatin1String("```")) || text.startsWith(QLatin1String("~~~"));
}

// The number of an ordered item ("12. text": 12), 0 for a bullet ("- text"), -1 for no item.
int itemNumber(const QString& text) {
    static const QRegularExpression item(QStringLiteral("^(?:[-+*]|(\\d{1,9})[.)])(?:\\s|$)"));
    // Most lines begin with a letter: no expression for them (this runs at every keystroke).
    if (text.isEmpty() || !(text[0].isDigit() || QStringLiteral("-+*").contains(text[0])))
        return -1;
    const auto match = item.match(text);
    if (!match.hasMatch())
        return -1;
    return match.capturedLength(1) > 0 ? match.captured(1).toInt() : 0;
}

Block kindOf(const QString& text) {
    if (text.isEmpty())
        return Block::None;
    if (isFence(text))
        return Block::Fence;
    if (itemNumber(text) >= 0)
        return Block::ListItem;
    if (text.startsWith(QLatin1Char('#')) || text.startsWith(QLatin1Char('>')) ||
        text.startsWith(QLatin1Char('|')))
        return Block::Other;
    return Block::Paragraph;
}

bool endsInAHardBreak(QStringView line) {
    return line.endsWith(QLatin1String("  ")) || line.endsWith(QLatin1Char('\\'));
}

// Whether `line` goes on the block `kind` is in, as words the writer wrapped. Qt escapes a "-"
// a wrap puts first but writes "#", ">" or "12." there as they are (which Markdown then reads
// as a heading, a quote or a list): in a paragraph such a line is still the paragraph's.
bool continues(Block kind, qsizetype itemIndent, const QString& previous, const QString& line) {
    const QString text = withoutIndent(line);
    if (text.isEmpty() || endsInAHardBreak(previous) || isFence(text))
        return false;
    const int number = itemNumber(text);
    if (kind == Block::Paragraph)
        return number != 0; // an unescaped bullet is a list of its own
    if (kind != Block::ListItem)
        return false;
    // In a list: an item at the item's indent or less is the next item; a deeper one begins a
    // list inside the item, unless it is a number other than 1, which Markdown reads as text.
    if (number < 0)
        return true;
    return indentOf(line) > itemIndent && number > 1;
}

// The writer escaped what would have begun a block at the start of a line ("\-", "12\."); within
// a line the character is plain again.
QString asWithinALine(const QString& line) {
    static const QRegularExpression escapedMarker(QStringLiteral("^\\\\[-+#>]|^\\d{1,9}\\\\[.)]"));
    QString text = withoutIndent(line);
    if (text.isEmpty() || !(text[0] == QLatin1Char('\\') || text[0].isDigit()))
        return text;
    if (const auto match = escapedMarker.match(text); match.hasMatch())
        text.remove(match.capturedEnd() - 2, 1);
    return text;
}

} // namespace

QString joinWrappedLines(const QString& markdown) {
    QStringList joined;
    Block kind = Block::None;
    qsizetype itemIndent = 0;
    for (const QString& line : markdown.split(QLatin1Char('\n'))) {
        const QString text = withoutIndent(line);
        if (kind == Block::Fence) {
            joined << line;
            if (isFence(text))
                kind = Block::Other;
        } else if (!joined.isEmpty() && continues(kind, itemIndent, joined.last(), line)) {
            QString& previous = joined.last();
            if (!previous.endsWith(QLatin1Char(' ')))
                previous += QLatin1Char(' ');
            previous += asWithinALine(line);
        } else {
            joined << line;
            kind = kindOf(text);
            itemIndent = indentOf(line);
        }
    }
    return joined.join(QLatin1Char('\n'));
}

} // namespace paragraf
