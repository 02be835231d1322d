#include "MarkdownHtml.h"

#include "document/TextComposer.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

namespace paragraf {
namespace {

bool isOrdered(QTextListFormat::Style style) {
    return style == QTextListFormat::ListDecimal || style == QTextListFormat::ListLowerAlpha ||
           style == QTextListFormat::ListUpperAlpha || style == QTextListFormat::ListLowerRoman ||
           style == QTextListFormat::ListUpperRoman;
}

// One run of text with its emphasis; a link only to the web or to mail (TextComposer::isWebLink).
void writeFragment(HtmlWriter& out, const QTextFragment& fragment) {
    const QTextCharFormat format = fragment.charFormat();
    QString text = fragment.text();
    text.remove(QChar::ObjectReplacementCharacter);
    if (text.isEmpty())
        return;
    QStringList tags;
    const auto wrap = [&](const QString& tag, const QString& attributes = {}) {
        out.open(tag, attributes);
        tags.prepend(tag);
    };
    if (format.isAnchor() && TextComposer::isWebLink(format.anchorHref()))
        wrap(QStringLiteral("a"), QStringLiteral("href=\"") +
                                      htmlEscaped(out.filtered(format.anchorHref())) +
                                      QLatin1Char('"'));
    if (format.fontWeight() >= QFont::Bold)
        wrap(QStringLiteral("strong"));
    if (format.fontItalic())
        wrap(QStringLiteral("em"));
    if (format.fontFixedPitch())
        wrap(QStringLiteral("code"));
    const QStringList lines = text.split(QChar::LineSeparator);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            out.raw(QStringLiteral("<br>"));
        out.text(lines[i]);
    }
    for (const QString& tag : tags)
        out.close(tag);
}

void writeInline(HtmlWriter& out, const QTextBlock& block) {
    for (auto it = block.begin(); !it.atEnd(); ++it)
        if (it.fragment().isValid())
            writeFragment(out, it.fragment());
}

void writeTable(HtmlWriter& out, QTextTable* table) {
    out.open(QStringLiteral("div"), QStringLiteral("class=\"tabell\""));
    out.open(QStringLiteral("table"));
    for (int row = 0; row < table->rows(); ++row) {
        out.open(QStringLiteral("tr"));
        const QString tag = row == 0 ? QStringLiteral("th") : QStringLiteral("td");
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            out.open(tag, row == 0 ? QStringLiteral("scope=\"col\"") : QString());
            for (auto it = cell.begin(); !it.atEnd(); ++it)
                if (!it.currentFrame())
                    writeInline(out, it.currentBlock());
            out.close(tag);
        }
        out.close(QStringLiteral("tr"));
        out.newline();
    }
    out.close(QStringLiteral("table"));
    out.close(QStringLiteral("div"));
    out.newline();
}

// A bulleted list whose every item starts with a letter and ")" (TextComposer::letterOnlyLists).
bool lettered(QTextList* list) {
    static const QRegularExpression letter(QStringLiteral("^\\p{L}\\)\\s"));
    if (isOrdered(list->format().style()))
        return false;
    for (int i = 0; i < list->count(); ++i)
        if (!letter.match(list->item(i).text()).hasMatch())
            return false;
    return true;
}

// Consecutive items of one list as <ul>/<ol>; anything else closes the list.
class ListState {
public:
    explicit ListState(HtmlWriter& out) : m_out(out) {}
    void enter(QTextList* list) {
        if (list == m_list)
            return;
        leave();
        m_list = list;
        m_tag = isOrdered(list->format().style()) ? QStringLiteral("ol") : QStringLiteral("ul");
        // "- a) …" items keep their letters and lose the bullets, as on paper.
        m_out.open(m_tag, lettered(list) ? QStringLiteral("class=\"bokstaver\"") : QString());
        m_out.newline();
    }
    void leave() {
        if (!m_list)
            return;
        m_out.close(m_tag);
        m_out.newline();
        m_list = nullptr;
    }

private:
    HtmlWriter& m_out;
    QTextList* m_list = nullptr;
    QString m_tag;
};

void writeBlock(HtmlWriter& out, ListState& lists, const QTextBlock& block) {
    if (QTextList* list = block.textList()) {
        lists.enter(list);
        out.open(QStringLiteral("li"));
        writeInline(out, block);
        out.close(QStringLiteral("li"));
        out.newline();
        return;
    }
    lists.leave();
    if (block.text().trimmed().isEmpty())
        return;
    out.open(QStringLiteral("p"));
    const bool heading = block.blockFormat().headingLevel() > 0;
    if (heading)
        out.open(QStringLiteral("strong"));
    writeInline(out, block);
    if (heading)
        out.close(QStringLiteral("strong"));
    out.close(QStringLiteral("p"));
    out.newline();
}

} // namespace

// Masked before it is read as Markdown too, so that a passage that crosses emphasis or a link
// goes whole, and an image's alt text or a link's address is masked with the text.
void writeMarkdown(HtmlWriter& out, const QString& markdown) {
    if (markdown.trimmed().isEmpty())
        return;
    QTextDocument document;
    document.setMarkdown(
        TextComposer::letteredLinesAsList(TextComposer::withoutImages(out.filtered(markdown))),
        QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                        QTextDocument::MarkdownNoHTML));
    ListState lists(out);
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (auto* table = qobject_cast<QTextTable*>(it.currentFrame())) {
            lists.leave();
            writeTable(out, table);
        } else if (!it.currentFrame()) {
            writeBlock(out, lists, it.currentBlock());
        }
    }
    lists.leave();
}

} // namespace paragraf
