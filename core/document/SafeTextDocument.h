#pragma once

#include <QTextDocument>

namespace paragraf {

// A QTextDocument that never loads anything: rich text from a paragraph may name local files
// or URLs (<img src=…>, ![](…)), and a protocol must not pick up whatever those point at.
// loadResource() answers nothing, and stripImages() removes every image reference, because
// Qt's layout may resolve an image name before asking loadResource().
class SafeTextDocument : public QTextDocument {
    Q_OBJECT
public:
    using QTextDocument::QTextDocument;

    // Removes every image from the document; returns how many there were.
    int stripImages();

protected:
    QVariant loadResource(int type, const QUrl& name) override;
};

// The document as Markdown, every character kept. Qt 6.4's writer wraps lines at 80 columns
// and, where a word longer than a line follows a space in the same run of text, drops the
// character at which it breaks the word (a long web address loses a letter). Each such word is
// written from a run of its own, which the writer does not break. The lines it wrapped are
// joined again (MarkdownLines.h).
QString markdownOf(const QTextDocument& document);

} // namespace paragraf
