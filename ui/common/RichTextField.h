#pragma once

#include <QTextEdit>

// The text fields of a paragraph (sections, decision): rich text as the document model keeps it
// (bold, italics, lists, tables, web links) and nothing else.
//
// Pasted HTML keeps what the protocol can print and drops the rest, saying so: colours, sizes
// and fonts (never saved), images (printed as the word "image"), headings (larger than the
// paragraph's own), links to local files. Ctrl+Shift+V pastes plain text. What is pasted is
// composed (NFC, text/ComposedText.h). Nothing is ever
// loaded from a file or the network: a pasted <img src="…"> naming the open database would
// otherwise open and close it and drop SQLite's locks. Ctrl+B and Ctrl+I set bold and italics.
class RichTextField : public QTextEdit {
    Q_OBJECT
public:
    explicit RichTextField(QWidget* parent = nullptr);

    // What pasting `html` inserts, as Markdown: for the paste and for tests.
    static QString cleanedMarkdown(const QString& html, QStringList* dropped = nullptr);

signals:
    // Something pasted could not be kept; `what` names it for the secretary.
    void pasteCleaned(const QString& what);

protected:
    void insertFromMimeData(const QMimeData* source) override;
    QVariant loadResource(int type, const QUrl& name) override;
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void insertComposed(const QString& text);
    void toggleBold();
    void toggleItalic();
};

// Shows Markdown written elsewhere (another window saved it) with the cursor where it was, as far
// as the new text reaches; setMarkdown() alone puts it at the start, under the secretary's hands.
void replaceKeepingCursor(QTextEdit* edit, const QString& markdown);
