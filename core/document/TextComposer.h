#pragma once

#include "BuiltDocument.h"

#include <QTextCharFormat>
#include <QTextCursor>

namespace paragraf {

struct HeaderRow;

// Writes blocks into a BuiltDocument in the protocol's typography: one place that knows the
// fonts, sizes and spacing, so that the builders only say what comes next.
class TextComposer {
public:
    explicit TextComposer(BuiltDocument& document);

    // A heading that must not be left alone at the bottom of a page; returns its block number.
    int heading(const QString& text, int level);
    // Keeps the block just written on the page of the block after it, as a heading is kept: the
    // facts under a paragraph's title ("Dnr 2024/15", "Föredragande: …") belong to the title.
    void keepWithNext();
    void text(const QString& text, bool italic = false);
    void labelled(const QString& label, const QString& value); // "Föredragande: Martin …"
    void markdown(const QString& markdown);
    void rows(const QList<HeaderRow>& rows);
    // Under the body's label for the block (empty: "Underskrifter").
    void signatures(const QList<std::pair<QString, QString>>& roleAndName,
                    const QString& label = {});
    void boxedBlock(const QString& title, const QList<std::pair<QString, QString>>& rows);
    void space(double millimetres);
    void pageBreak();
    QTextTable* contentsTable(const QStringList& entries);
    // A ruled table whose first row is its header (a named vote: name, party, vote). Without
    // `widths` (percentages) the first column takes what the narrow others leave.
    // A pointSize above 0 sets a smaller type (the appendix's long lists).
    void grid(const QList<QStringList>& rows, const QList<int>& widths = {}, double pointSize = 0);
    // Strips every image that rich text may have named, keeps only web links (keepOnlyWebLinks),
    // replaces characters no font can draw and gives overlong words places to break
    // (breakLongWords).
    void finish();

    static QFont baseFont();
    static QString withoutImages(QString markdown);
    // Inserts a zero-width space after every `run` characters of a word with no space in it, so
    // that Qt breaks it there: left to itself, Qt searches the rest of such a word for a place
    // to break on every line it lays out, and a word of 200,000 letters took seconds (and one of
    // 3 MB minutes). Returns how many were inserted.
    // Links other than http, https and mailto (file:///…, javascript:, a bare path) become
    // plain text: a document must not point a reader at files or programs. Returns how many.
    static int keepOnlyWebLinks(QTextDocument& document);
    static bool isWebLink(const QString& href);
    // Control characters (tab aside), U+FFFE, U+FFFF and unpaired surrogates become spaces: a
    // font has no glyph for them, and PDF/A refuses text drawn with a missing glyph.
    static int replaceControlCharacters(QTextDocument& document);
    static int breakLongWords(QTextDocument& document, int run = 60);
    // A range of numbers or clock times ("§§ 26–29", "12.00–13.00") is one word on the page:
    // a word joiner after the dash keeps the line from breaking inside it. Returns how many.
    static int keepRangesTogether(QTextDocument& document);
    // Paragraphs of "a) …", "b) …" lines as Markdown lists "- a) …", "- b) …".
    static QString letteredLinesAsList(const QString& markdown);
    // Bulleted lists of "a) …" items among the blocks keep only their letters. Returns the
    // numbers of the blocks changed, whose letters are to hang.
    static QList<int> letterOnlyLists(QTextDocument& document, int firstBlock, int lastBlock);

private:
    // Label/value rows as a borderless table, `bottomMargin` below it.
    QTextTable* rowsTable(const QList<HeaderRow>& rows, double bottomMargin);
    QTextBlockFormat blockFormat(double spaceBefore = 0, double spaceAfter = 0) const;
    QTextCharFormat charFormat(bool bold = false, bool italic = false, double pointSize = 0) const;
    void newBlock(const QTextBlockFormat& format, const QTextCharFormat& charFormat);
    void afterTable();

    // Qt measures margins, padding and borders of text formats in pixels at 96 dpi and scales
    // them to the paint device itself, whatever its resolution.
    static double mm(double millimetres) { return millimetres * 96.0 / 25.4; }

    BuiltDocument& m_document;
    QTextCursor m_cursor;
    bool m_empty = true;
    bool m_breakPending = false;
};

} // namespace paragraf
