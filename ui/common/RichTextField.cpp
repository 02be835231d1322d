#include "RichTextField.h"

#include "document/SafeTextDocument.h"
#include "text/ComposedText.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QMimeData>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QToolTip>

RichTextField::RichTextField(QWidget* parent) : QTextEdit(parent) {
    setAcceptRichText(true);
}

namespace {
bool isWebLink(const QString& target) {
    const QString scheme = QUrl(target).scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
           scheme == QLatin1String("mailto");
}

// What HTML carries that Markdown cannot hold (and so the paste drops), told in words.
QStringList formattingIn(const QString& html) {
    QStringList found;
    static const QRegularExpression colour(QStringLiteral("color\\s*:|<font[^>]*color"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression size(QStringLiteral("font-size\\s*:|font-family\\s*:|<font"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (colour.match(html).hasMatch())
        found << RichTextField::tr("colours");
    if (size.match(html).hasMatch())
        found << RichTextField::tr("sizes and fonts");
    return found;
}
} // namespace

QString RichTextField::cleanedMarkdown(const QString& html, QStringList* dropped) {
    QStringList lost = formattingIn(html);
    paragraf::SafeTextDocument document;
    document.setHtml(paragraf::composed(html));
    if (document.stripImages() > 0)
        lost << tr("images");
    QString markdown = markdownOf(document);
    // A heading in a paragraph's text would print larger than the paragraph's own heading. Its
    // line stays a paragraph of its own: Markdown ends a heading at its line but runs a bold
    // line into the text below it ("**Bakgrund** Se bild:").
    static const QRegularExpression heading(QStringLiteral("^#{1,6}\\s+(.+?)\\s*#*$"),
                                            QRegularExpression::MultilineOption);
    if (markdown.contains(heading)) {
        markdown.replace(heading, QStringLiteral("**\\1**\n"));
        lost << tr("headings (kept as bold text)");
    }
    // Links keep their words; only web and mail links keep where they lead.
    static const QRegularExpression link(QStringLiteral("(?<!!)\\[([^\\]]*)\\]\\(([^)\\s]*)\\)"));
    QString kept;
    qsizetype from = 0;
    bool localLink = false;
    for (auto match = link.globalMatch(markdown); match.hasNext();) {
        const auto m = match.next();
        kept += markdown.mid(from, m.capturedStart() - from);
        if (isWebLink(m.captured(2))) {
            kept += m.captured(0);
        } else {
            kept += m.captured(1);
            localLink = true;
        }
        from = m.capturedEnd();
    }
    kept += markdown.mid(from);
    if (localLink)
        lost << tr("links to files");
    if (dropped)
        *dropped = lost;
    return kept.trimmed();
}

void RichTextField::insertFromMimeData(const QMimeData* source) {
    if (!source->hasHtml()) {
        if (source->hasText())
            insertComposed(source->text());
        return;
    }
    QStringList dropped;
    const QString markdown = cleanedMarkdown(source->html(), &dropped);
    textCursor().insertFragment(QTextDocumentFragment::fromMarkdown(markdown));
    ensureCursorVisible();
    if (!dropped.isEmpty()) {
        const QString what = tr("Pasted without %1.").arg(dropped.join(QStringLiteral(", ")));
        QToolTip::showText(mapToGlobal(cursorRect().bottomRight()), what, this);
        emit pasteCleaned(what);
    }
}

// Plain text inserted composed (NFC), also when it begins with a mark that belongs to the
// letter before the cursor ("o" typed, then U+0308 pasted): the two become one "ö".
void replaceKeepingCursor(QTextEdit* edit, const QString& markdown) {
    const int at = edit->textCursor().position();
    edit->setMarkdown(markdown);
    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(std::min(at, edit->document()->characterCount() - 1));
    edit->setTextCursor(cursor);
}

void RichTextField::insertComposed(const QString& text) {
    QTextCursor cursor = textCursor();
    QString inserted = text;
    if (!inserted.isEmpty() && inserted.front().isMark() && !cursor.hasSelection() &&
        cursor.positionInBlock() > 0) {
        cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor);
        inserted.prepend(cursor.selectedText());
    }
    cursor.insertText(paragraf::composed(inserted), QTextCharFormat());
    setTextCursor(cursor);
}

// Nothing is loaded from a file or the network, whatever the text names.
QVariant RichTextField::loadResource(int, const QUrl&) {
    return {};
}

namespace {
bool isOwnShortcut(const QKeyEvent* event) {
    const auto keys = event->keyCombination();
    return keys == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_V) ||
           keys == QKeyCombination(Qt::CTRL, Qt::Key_B) ||
           keys == QKeyCombination(Qt::CTRL, Qt::Key_I);
}
} // namespace

// The field's own keys win over the window's shortcuts while it has the focus.
bool RichTextField::event(QEvent* event) {
    if (event->type() == QEvent::ShortcutOverride &&
        isOwnShortcut(static_cast<QKeyEvent*>(event))) {
        event->accept();
        return true;
    }
    return QTextEdit::event(event);
}

void RichTextField::keyPressEvent(QKeyEvent* event) {
    const auto keys = event->keyCombination();
    if (keys == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_V)) {
        if (!isReadOnly())
            insertComposed(QApplication::clipboard()->text());
        return;
    }
    if (keys == QKeyCombination(Qt::CTRL, Qt::Key_B) && !isReadOnly()) {
        toggleBold();
        return;
    }
    if (keys == QKeyCombination(Qt::CTRL, Qt::Key_I) && !isReadOnly()) {
        toggleItalic();
        return;
    }
    QTextEdit::keyPressEvent(event);
}

void RichTextField::toggleBold() {
    setFontWeight(fontWeight() > QFont::Normal ? QFont::Normal : QFont::Bold);
}

void RichTextField::toggleItalic() {
    setFontItalic(!fontItalic());
}
