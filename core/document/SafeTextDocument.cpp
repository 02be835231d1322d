#include "SafeTextDocument.h"

#include "MarkdownLines.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <memory>

namespace paragraf {

QVariant SafeTextDocument::loadResource(int, const QUrl&) {
    return {};
}

int SafeTextDocument::stripImages() {
    // Collect first, then remove from the end, so that earlier positions stay valid.
    QList<QPair<int, int>> images;
    for (QTextBlock block = begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isImageFormat())
                images.append({it.fragment().position(), it.fragment().length()});
    QTextCursor cursor(this);
    cursor.beginEditBlock();
    for (auto it = images.crbegin(); it != images.crend(); ++it) {
        cursor.setPosition(it->first);
        cursor.setPosition(it->first + it->second, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
    }
    cursor.endEditBlock();
    return static_cast<int>(images.size());
}

QString markdownOf(const QTextDocument& document) {
    // Long enough to fill a line once list indentation and markers are counted.
    static const QRegularExpression longWord(QStringLiteral("\\S{40,}"));
    QList<QPair<int, int>> words;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            for (auto match = longWord.globalMatch(fragment.text()); match.hasNext();) {
                const auto word = match.next();
                words.append({fragment.position() + static_cast<int>(word.capturedStart()),
                              static_cast<int>(word.capturedLength())});
            }
        }
    if (words.isEmpty())
        return joinWrappedLines(document.toMarkdown());
    std::unique_ptr<QTextDocument> copy(document.clone());
    QTextCursor cursor(copy.get());
    for (const auto& [start, length] : words) {
        cursor.setPosition(start);
        cursor.setPosition(start + length, QTextCursor::KeepAnchor);
        QTextCharFormat ownRun; // a property no writer reads, unique to the word
        ownRun.setProperty(QTextFormat::UserProperty + 1, start);
        cursor.mergeCharFormat(ownRun);
    }
    return joinWrappedLines(copy->toMarkdown());
}

} // namespace paragraf
