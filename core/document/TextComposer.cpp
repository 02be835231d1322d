#include "TextComposer.h"

#include "text/MeetingText.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

namespace paragraf {
namespace {
constexpr double bodyPointSize = 10.5;
// Labels in a narrow left column, values to the right (DOMAIN.md's first page).
QList<QTextLength> labelColumns() {
    return {QTextLength(QTextLength::PercentageLength, 28),
            QTextLength(QTextLength::PercentageLength, 72)};
}
bool isBullet(QTextListFormat::Style style) {
    return style == QTextListFormat::ListDisc || style == QTextListFormat::ListCircle ||
           style == QTextListFormat::ListSquare;
}
} // namespace

QFont TextComposer::baseFont() {
    QFont font(QStringLiteral("Liberation Sans"));
    font.setFamilies({QStringLiteral("Liberation Sans"), QStringLiteral("DejaVu Sans")});
    font.setPointSizeF(bodyPointSize);
    return font;
}

TextComposer::TextComposer(BuiltDocument& document)
    : m_document(document), m_cursor(document.text.get()) {
    document.text->setDefaultFont(baseFont());
    document.text->setDocumentMargin(0);
    m_cursor.beginEditBlock();
}

QTextBlockFormat TextComposer::blockFormat(double spaceBefore, double spaceAfter) const {
    QTextBlockFormat format;
    format.setTopMargin(mm(spaceBefore));
    format.setBottomMargin(mm(spaceAfter));
    return format;
}

QTextCharFormat TextComposer::charFormat(bool bold, bool italic, double pointSize) const {
    QTextCharFormat format;
    format.setFont(baseFont());
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    format.setFontItalic(italic);
    if (pointSize > 0)
        format.setFontPointSize(pointSize);
    return format;
}

// The document starts with one empty block; the first write uses it instead of adding one.
void TextComposer::newBlock(const QTextBlockFormat& format, const QTextCharFormat& charFormat) {
    QTextBlockFormat effective = format;
    if (m_breakPending) {
        effective.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        m_breakPending = false;
    }
    if (m_empty) {
        m_cursor.setBlockFormat(effective);
        m_cursor.setBlockCharFormat(charFormat);
        m_cursor.setCharFormat(charFormat);
        m_empty = false;
    } else {
        m_cursor.insertBlock(effective, charFormat);
    }
}

int TextComposer::heading(const QString& text, int level) {
    const double size = level == 1 ? 13.0 : 11.0;
    newBlock(blockFormat(level == 1 ? 7 : 3.5, 1.5), charFormat(true, false, size));
    m_cursor.insertText(text);
    const int number = m_cursor.block().blockNumber();
    m_document.keepWithNext << number;
    return number;
}

void TextComposer::keepWithNext() {
    const int number = m_cursor.block().blockNumber();
    if (!m_document.keepWithNext.contains(number))
        m_document.keepWithNext << number;
}

void TextComposer::text(const QString& text, bool italic) {
    newBlock(blockFormat(0, 2), charFormat(false, italic));
    m_cursor.insertText(text);
}

void TextComposer::labelled(const QString& label, const QString& value) {
    newBlock(blockFormat(0, 2), charFormat());
    m_cursor.insertText(label + QStringLiteral(": "), charFormat());
    m_cursor.insertText(value, charFormat(false, true));
}

// Images are not part of a protocol's text, and naming one must not make Qt fetch it: markdown
// images become their alt text and <img> tags go before Qt parses anything. Raw HTML is shown
// as typed (MarkdownNoHTML): Qt's importer loses the rest of a paragraph after inline HTML.
QString TextComposer::withoutImages(QString markdown) {
    static const QRegularExpression htmlImage(QStringLiteral("<img\\b[^>]*>"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression markdownImage(QStringLiteral("!\\[([^\\]]*)\\]\\([^)]*\\)"));
    markdown.remove(htmlImage);
    markdown.replace(markdownImage, QStringLiteral("\\1"));
    return markdown;
}

void TextComposer::markdown(const QString& markdown) {
    if (markdown.trimmed().isEmpty())
        return;
    newBlock(blockFormat(0, 0), charFormat());
    const int first = m_cursor.block().blockNumber();
    m_cursor.insertMarkdown(letteredLinesAsList(withoutImages(markdown)),
                            QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                            QTextDocument::MarkdownNoHTML));
    // Markdown paragraphs get the body's spacing; lists and tables keep their own structure.
    QTextBlockFormat spaced = m_cursor.blockFormat();
    spaced.setBottomMargin(std::max(spaced.bottomMargin(), mm(2)));
    m_cursor.setBlockFormat(spaced);
    for (int block : letterOnlyLists(*m_document.text, first, m_cursor.block().blockNumber()))
        m_document.hanging.append({block, 3}); // "a) "
}

// "a) …" and "b) …" on lines of their own (seed 004) are one paragraph to Markdown, which would
// run the items together. A paragraph that starts with "a) " and has a line "b) " is taken as a
// lettered list: its lettered lines become items, and the lines between continue them.
QString TextComposer::letteredLinesAsList(const QString& markdown) {
    static const QRegularExpression item(QStringLiteral("^\\p{Ll}\\) \\S"));
    QStringList lines = markdown.split(QLatin1Char('\n'));
    qsizetype start = 0;
    while (start < lines.size()) {
        qsizetype end = start;
        while (end < lines.size() && !lines[end].trimmed().isEmpty())
            ++end;
        const bool lettered =
            end > start && lines[start].startsWith(QStringLiteral("a) ")) &&
            std::any_of(lines.begin() + start, lines.begin() + end,
                        [](const QString& line) { return line.startsWith(QStringLiteral("b) ")); });
        for (qsizetype i = start; lettered && i < end; ++i)
            if (item.match(lines[i]).hasMatch())
                lines[i].prepend(QStringLiteral("- "));
        start = end + 1;
    }
    return lines.join(QLatin1Char('\n'));
}

// "- a) Upprop genomförs" is how a secretary types a lettered list in Markdown, which has none:
// printed as typed it shows two markers ("• a)"). A bulleted list whose every item starts with
// a letter and ")" loses its bullets and keeps the letters, each item hanging under its text.
QList<int> TextComposer::letterOnlyLists(QTextDocument& document, int firstBlock, int lastBlock) {
    static const QRegularExpression letter(QStringLiteral("^\\p{L}\\)\\s"));
    QList<QTextList*> lists;
    for (int n = firstBlock; n <= lastBlock; ++n) {
        QTextList* list = document.findBlockByNumber(n).textList();
        if (list && !lists.contains(list) && isBullet(list->format().style()))
            lists << list;
    }
    QList<int> changed;
    for (QTextList* list : lists) {
        QList<QTextBlock> items;
        for (int i = 0; i < list->count(); ++i)
            items << list->item(i);
        const bool lettered = std::all_of(items.begin(), items.end(), [](const QTextBlock& b) {
            return letter.match(b.text()).hasMatch();
        });
        if (!lettered)
            continue;
        for (const QTextBlock& item : items) {
            list->remove(item); // Qt keeps the list's indent on the block
            changed << item.blockNumber();
        }
    }
    return changed;
}

void TextComposer::rows(const QList<HeaderRow>& rows) {
    rowsTable(rows, mm(3));
}

QTextTable* TextComposer::rowsTable(const QList<HeaderRow>& rows, double bottomMargin) {
    newBlock(blockFormat(), charFormat());
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellPadding(mm(0.8));
    format.setCellSpacing(0);
    format.setColumnWidthConstraints(labelColumns());
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setBottomMargin(bottomMargin);
    QTextTable* table = m_cursor.insertTable(static_cast<int>(rows.size()), 2, format);
    for (int r = 0; r < rows.size(); ++r) {
        QTextCursor label = table->cellAt(r, 0).firstCursorPosition();
        label.insertText(QString(rows[r].label).replace(QLatin1Char('\n'), QChar::LineSeparator),
                         charFormat(true));
        QTextCursor value = table->cellAt(r, 1).firstCursorPosition();
        value.insertText(rows[r].values.join(QChar::LineSeparator), charFormat());
    }
    afterTable();
    return table;
}

void TextComposer::signatures(const QList<std::pair<QString, QString>>& roleAndName,
                              const QString& label) {
    heading(label.isEmpty() ? QStringLiteral("Underskrifter") : label, 2);
    // One table a signatory, kept whole on its page: a signature line whose name stands on the
    // next page signs for nobody.
    for (qsizetype i = 0; i < roleAndName.size(); ++i) {
        const auto& [role, name] = roleAndName[i];
        const bool last = i + 1 == roleAndName.size();
        m_document.keepTogether << rowsTable(
            {HeaderRow{role, {QString(), QStringLiteral("…………………………………………………"), name}}},
            last ? mm(3) : 0);
    }
}

void TextComposer::boxedBlock(const QString& title,
                              const QList<std::pair<QString, QString>>& rows) {
    newBlock(blockFormat(6, 0), charFormat());
    QTextTableFormat format;
    format.setBorder(mm(0.3));
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellPadding(mm(1.5));
    format.setCellSpacing(0);
    format.setColumnWidthConstraints(labelColumns());
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setBottomMargin(mm(3));
    QTextTable* table = m_cursor.insertTable(static_cast<int>(rows.size()) + 1, 2, format);
    table->mergeCells(0, 0, 1, 2);
    m_document.keepTogether << table; // a box's title alone at the foot of a page says nothing
    table->cellAt(0, 0).firstCursorPosition().insertText(title, charFormat(true));
    for (int r = 0; r < rows.size(); ++r) {
        table->cellAt(r + 1, 0).firstCursorPosition().insertText(rows[r].first, charFormat(true));
        table->cellAt(r + 1, 1).firstCursorPosition().insertText(rows[r].second, charFormat());
    }
    afterTable();
}

void TextComposer::space(double millimetres) {
    newBlock(blockFormat(millimetres, 0), charFormat());
}

void TextComposer::pageBreak() {
    m_breakPending = true;
}

void TextComposer::grid(const QList<QStringList>& rows, const QList<int>& percentages,
                        double pointSize) {
    if (rows.isEmpty())
        return;
    newBlock(blockFormat(), charFormat());
    QTextTableFormat format;
    format.setBorder(mm(0.2));
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellPadding(mm(0.8));
    format.setCellSpacing(0);
    format.setHeaderRowCount(1); // repeated on the next page when the list is long
    format.setBottomMargin(mm(3));
    const int columns = static_cast<int>(rows.first().size());
    // The first column holds names; the others are narrow marks or counts.
    QList<QTextLength> widths;
    for (int c = 0; c < columns; ++c)
        widths << QTextLength(QTextLength::PercentageLength,
                              percentages.value(c, c == 0 ? 100 - 12 * (columns - 1) : 12));
    format.setColumnWidthConstraints(widths);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QTextTable* table = m_cursor.insertTable(static_cast<int>(rows.size()), columns, format);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < columns; ++c) {
            // An empty cell too gets the row's type size, so that every row is as high.
            QTextCursor cell = table->cellAt(r, c).firstCursorPosition();
            const QTextCharFormat type = charFormat(r == 0, false, pointSize);
            cell.setBlockCharFormat(type);
            cell.insertText(rows[r].value(c), type);
        }
    afterTable();
}

QTextTable* TextComposer::contentsTable(const QStringList& entries) {
    newBlock(blockFormat(), charFormat());
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellPadding(mm(0.8));
    format.setCellSpacing(0);
    format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 90),
                                      QTextLength(QTextLength::PercentageLength, 10)});
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QTextTable* table = m_cursor.insertTable(static_cast<int>(entries.size()), 2, format);
    QTextBlockFormat right;
    right.setAlignment(Qt::AlignRight);
    // "§ 27 " (or "KS § 27 ") hangs: a title that wraps continues under the title's text.
    static const QRegularExpression number(QStringLiteral("^\\D*\\d+\\s+"));
    for (int r = 0; r < entries.size(); ++r) {
        QTextCursor entry = table->cellAt(r, 0).firstCursorPosition();
        entry.insertText(entries[r], charFormat());
        m_document.hanging.append({entry.block().blockNumber(),
                                   static_cast<int>(number.match(entries[r]).capturedLength())});
        QTextCursor page = table->cellAt(r, 1).firstCursorPosition();
        page.setBlockFormat(right);
    }
    afterTable();
    return table;
}

// Qt keeps a block after every table; the next write uses it rather than adding an empty line.
void TextComposer::afterTable() {
    m_cursor.movePosition(QTextCursor::End);
    m_empty = true;
}

void TextComposer::finish() {
    m_cursor.endEditBlock();
    m_document.text->stripImages();
    keepOnlyWebLinks(*m_document.text);
    replaceControlCharacters(*m_document.text);
    breakLongWords(*m_document.text);
    keepRangesTogether(*m_document.text);
}

int TextComposer::replaceControlCharacters(QTextDocument& document) {
    const auto unprintable = [](const QString& text, qsizetype i) {
        const char16_t u = text.at(i).unicode();
        if (QChar::isHighSurrogate(u))
            return i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate();
        if (QChar::isLowSurrogate(u))
            return i == 0 || !text.at(i - 1).isHighSurrogate();
        return (u < 0x20 && u != '\t') || (u >= 0x7f && u < 0xa0) || u == 0xfffe || u == 0xffff;
    };
    QList<int> positions;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        for (qsizetype i = 0; i < text.size(); ++i)
            if (unprintable(text, i))
                positions << block.position() + static_cast<int>(i);
    }
    QTextCursor cursor(&document);
    cursor.beginEditBlock();
    for (int position : positions) {
        cursor.setPosition(position);
        cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
        cursor.insertText(QStringLiteral(" "));
    }
    cursor.endEditBlock();
    return static_cast<int>(positions.size());
}

bool TextComposer::isWebLink(const QString& href) {
    const QString scheme = QUrl(href.trimmed()).scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
           scheme == QLatin1String("mailto");
}

int TextComposer::keepOnlyWebLinks(QTextDocument& document) {
    QList<QPair<int, int>> others;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if ((format.isAnchor() || format.hasProperty(QTextFormat::AnchorHref)) &&
                !isWebLink(format.anchorHref()))
                others.append({it.fragment().position(), it.fragment().length()});
        }
    QTextCursor cursor(&document);
    cursor.beginEditBlock();
    for (const auto& [position, length] : others) {
        cursor.setPosition(position);
        cursor.setPosition(position + length, QTextCursor::KeepAnchor);
        QTextCharFormat plain = cursor.charFormat();
        plain.setAnchor(false);
        plain.clearProperty(QTextFormat::AnchorHref);
        plain.clearProperty(QTextFormat::AnchorName);
        plain.setFontUnderline(false);
        plain.clearForeground();
        cursor.setCharFormat(plain);
    }
    cursor.endEditBlock();
    return static_cast<int>(others.size());
}

int TextComposer::breakLongWords(QTextDocument& document, int run) {
    constexpr char16_t zeroWidthSpace = 0x200b;
    QList<int> positions;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        int length = 0;
        for (int i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c.isSpace() || c.unicode() == zeroWidthSpace || c == QLatin1Char('-')) {
                length = 0;
            } else if (++length >= run && i + 1 < text.size() && !text.at(i).isHighSurrogate()) {
                positions << block.position() + i + 1;
                length = 0;
            }
        }
    }
    if (positions.isEmpty())
        return 0;
    QTextCursor cursor(&document);
    cursor.beginEditBlock();
    // From the end, so that the positions before stay where they were.
    for (auto it = positions.crbegin(); it != positions.crend(); ++it) {
        cursor.setPosition(*it);
        cursor.insertText(QString(QChar(zeroWidthSpace)));
    }
    cursor.endEditBlock();
    return static_cast<int>(positions.size());
}

} // namespace paragraf

namespace paragraf {

int TextComposer::keepRangesTogether(QTextDocument& document) {
    constexpr char16_t dash = 0x2013;
    QList<int> positions;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        for (qsizetype i = 1; i + 1 < text.size(); ++i)
            if (text.at(i).unicode() == dash && text.at(i - 1).isDigit() &&
                text.at(i + 1).isDigit())
                positions << block.position() + static_cast<int>(i) + 1;
    }
    QTextCursor cursor(&document);
    cursor.beginEditBlock();
    for (auto it = positions.crbegin(); it != positions.crend(); ++it) {
        cursor.setPosition(*it);
        cursor.insertText(QString(QChar(0x2060)));
    }
    cursor.endEditBlock();
    return static_cast<int>(positions.size());
}

} // namespace paragraf
