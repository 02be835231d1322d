// The lines Qt's Markdown writer wraps at 80 columns, joined again (document/MarkdownLines):
// the text reads the same to Markdown, and a paragraph is stored on one line as it was typed.
#include "document/MarkdownLines.h"

#include "document/SafeTextDocument.h"

#include <QRandomGenerator>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <gtest/gtest.h>

using namespace paragraf;

namespace {

// A document as its reader sees it: each block's list and heading, and its runs of text with
// their weight, spaces as one (a break inside a paragraph is a space).
QStringList shapeOf(const QTextDocument& document) {
    QStringList shape;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QString line = QStringLiteral("[%1/%2/%3]")
                           .arg(block.textList() ? int(block.textList()->format().style()) : 0)
                           .arg(block.textList() ? block.textList()->format().indent() : 0)
                           .arg(block.blockFormat().headingLevel());
        QString runs;
        for (auto it = block.begin(); !it.atEnd(); ++it)
            runs += (it.fragment().charFormat().fontWeight() > QFont::Normal ? QStringLiteral("*")
                                                                             : QString()) +
                    it.fragment().text();
        shape << line + runs.simplified();
    }
    while (!shape.isEmpty() && shape.last().endsWith(QLatin1Char(']')))
        shape.removeLast(); // an empty last block
    return shape;
}

QStringList shapeOf(const QString& markdown) {
    QTextDocument document;
    document.setMarkdown(markdown);
    return shapeOf(document);
}

const QString sentence = QStringLiteral("Kommunstyrelsen beslutar att godkänna förslaget om nya "
                                        "lokaler för förskolan i Hallen enligt bilaga");

TEST(MarkdownLines, AParagraphTypedOnOneLineIsStoredOnOne) {
    QTextDocument document;
    QTextCursor cursor(&document);
    cursor.insertText(sentence + QStringLiteral(" 3 och att kostnaden ryms i budgeten för 2025."));
    cursor.insertBlock();
    cursor.insertText(QStringLiteral("Andra stycket."));
    const QString stored = markdownOf(document);
    EXPECT_EQ(stored.trimmed(), sentence + QStringLiteral(" 3 och att kostnaden ryms i budgeten "
                                                          "för 2025.\n\nAndra stycket."));
    EXPECT_EQ(shapeOf(stored), shapeOf(document));
}

// Where a wrap puts "-", "+", "#", ">" or "1." first on a line, the writer escapes it; joined,
// the character stands plain within the line and means what it meant. Where it writes "#", ">"
// or "12." first on a line as they are, Markdown read its own text as a heading, a quote or a
// list; joined, the text reads as it was typed.
TEST(MarkdownLines, WhatAWrapEscapedIsPlainWithinTheLine) {
    for (const char* mark : {"-", "+", "#", ">", "12.", "3)", "*"}) {
        for (int pad = 60; pad <= 90; ++pad) {
            QTextDocument document;
            QTextCursor(&document).insertText(QStringLiteral("x").repeated(pad % 7 + 1) +
                                              QStringLiteral(" ") +
                                              QStringLiteral("ord ").repeated(pad / 4) +
                                              QString::fromUtf8(mark) + QStringLiteral(" slut"));
            const QString stored = markdownOf(document);
            EXPECT_EQ(stored.trimmed().count(QLatin1Char('\n')), 0) << mark << " " << pad;
            EXPECT_EQ(shapeOf(stored), shapeOf(document)) << mark << " " << pad;
            if (QLatin1String(mark) != QLatin1String("*")) {
                EXPECT_FALSE(stored.contains(QLatin1Char('\\'))) << stored.toStdString();
            }
        }
    }
}

// Lists, a heading, bold across the wrap, a quote, a table and code keep their shape; only
// the wrapped lines inside a paragraph or an item are joined.
TEST(MarkdownLines, BlocksStayBlocks) {
    const QString markdown = QStringLiteral(
        "## Bakgrund\n\nFörsta raden av ett stycke\nsom fortsätter **fet\ntext** här.\n\n"
        "- en punkt som\n  fortsätter\n- en till\n  - inne i\n    den\n\n1. ett\n2. två\n\n"
        "> citat\n> mer\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\nkod\nrad två\n```\n\n"
        "Hårt  \nbrutet\\\nslut\n");
    const QString joined = joinWrappedLines(markdown);
    EXPECT_EQ(shapeOf(joined).join(QLatin1Char('\n')).toStdString(),
              shapeOf(markdown).join(QLatin1Char('\n')).toStdString());
    EXPECT_TRUE(joined.contains(QStringLiteral("Första raden av ett stycke som fortsätter **fet "
                                               "text** här.")));
    EXPECT_TRUE(joined.contains(QStringLiteral("- en punkt som fortsätter\n- en till\n  - inne i "
                                               "den\n")));
    EXPECT_TRUE(joined.contains(QStringLiteral("```\nkod\nrad två\n```")));
    EXPECT_TRUE(joined.contains(QStringLiteral("Hårt  \nbrutet\\\nslut")));
    EXPECT_TRUE(joined.contains(QStringLiteral("| a | b |\n|---|---|\n| 1 | 2 |")));
}

// Documents of random words, bold words, marks a wrap may put first on a line and lists,
// written by Qt and joined: every one Qt's text reads as it was reads so joined too. (Qt's
// writer escapes no "*", "_", "`" or "|" within a line, nor a mark that begins a block, and
// loses a bold run's end where a "-" follows it on the next line; those are its own.)
TEST(MarkdownLines, RandomDocumentsReadAsTheyWereJoined) {
    const QStringList words = {
        QStringLiteral("beslut"),   QStringLiteral("-"),  QStringLiteral("+"),
        QStringLiteral("#"),        QStringLiteral(">"),  QStringLiteral("14."),
        QStringLiteral("12."),      QStringLiteral("3)"), QStringLiteral("förskola"),
        QStringLiteral("2024/123"), QStringLiteral("=="), QStringLiteral("---")};
    QRandomGenerator random(23);
    int unfaithful = 0;
    int mended = 0;
    const int rounds = 300;
    for (int round = 0; round < rounds; ++round) {
        QTextDocument document;
        QTextCursor cursor(&document);
        for (int block = 0; block < 4; ++block) {
            if (block > 0)
                cursor.insertBlock();
            if (random.bounded(3) == 0)
                cursor.createList(random.bounded(2) ? QTextListFormat::ListDisc
                                                    : QTextListFormat::ListDecimal);
            QTextCharFormat bold;
            bold.setFontWeight(QFont::Bold);
            // A block begins with a word: Qt's writer escapes no mark that begins one.
            cursor.insertText(QStringLiteral("Punkt "), QTextCharFormat());
            for (int w = 0; w < 40; ++w) {
                const QString word = words[random.bounded(words.size())];
                cursor.insertText(word, random.bounded(8) == 0 && word.at(0).isLetter()
                                            ? bold
                                            : QTextCharFormat());
                cursor.insertText(QStringLiteral(" "), QTextCharFormat());
            }
        }
        const QString written = document.toMarkdown();
        const QStringList shape = shapeOf(document);
        const QStringList joined = shapeOf(joinWrappedLines(written));
        if (shapeOf(written) != shape) {
            // The writer's own: a "#", ">" or "12." it put first on a line (which joining
            // mends), a bold run's end lost at a wrap (which it does not).
            ++unfaithful;
            mended += joined == shape ? 1 : 0;
            continue;
        }
        EXPECT_EQ(joined.join(QLatin1Char('\n')).toStdString(),
                  shape.join(QLatin1Char('\n')).toStdString())
            << written.toStdString();
    }
    EXPECT_GT(rounds - unfaithful, rounds / 4) << "enough documents the writer writes as they are";
    EXPECT_GT(mended, unfaithful / 4) << "joined, many the writer did not write right read right";
}

} // namespace
