#include "MarkedPassages.h"

#include <QApplication>
#include <QHelpEvent>
#include <QStatusTipEvent>
#include <QTextCharFormat>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolTip>

MarkedPassages::MarkedPassages(QTextEdit* editor, std::function<QStringList()> passages)
    : QObject(editor), m_editor(editor), m_passages(std::move(passages)),
      m_describedAs(editor->accessibleDescription()) {}

MarkedPassages* MarkedPassages::install(QTextEdit* editor, std::function<QStringList()> passages) {
    auto* marks = new MarkedPassages(editor, std::move(passages));
    editor->viewport()->installEventFilter(marks);
    connect(editor, &QTextEdit::textChanged, marks, &MarkedPassages::refresh);
    connect(editor, &QTextEdit::cursorPositionChanged, marks, &MarkedPassages::cursorMoved);
    marks->refresh();
    return marks;
}

QString MarkedPassages::markedText() {
    return tr("Not for publication: masked in the web copy (Ctrl+Shift+M takes the mark off)");
}

void MarkedPassages::refresh() {
    QList<QTextEdit::ExtraSelection> shown;
    QTextCharFormat format;
    format.setBackground(QColor(255, 236, 170));
    format.setUnderlineStyle(QTextCharFormat::DashUnderline);
    format.setUnderlineColor(QColor(150, 40, 0));
    format.setToolTip(markedText());
    QTextDocument* document = m_editor->document();
    for (const QString& passage : m_passages()) {
        if (passage.trimmed().isEmpty())
            continue;
        for (QTextCursor found = document->find(passage, 0, QTextDocument::FindCaseSensitively);
             !found.isNull();
             found = document->find(passage, found, QTextDocument::FindCaseSensitively))
            shown.append({found, format});
    }
    m_editor->setExtraSelections(shown);
    m_editor->setAccessibleDescription(shown.isEmpty()
                                           ? m_describedAs
                                           : tr("%n passage(s) marked not for publication", nullptr,
                                                static_cast<int>(shown.size())));
}

QString MarkedPassages::passageAt(int position) const {
    for (const QTextEdit::ExtraSelection& shown : m_editor->extraSelections())
        if (shown.cursor.selectionStart() <= position && position <= shown.cursor.selectionEnd())
            return shown.cursor.selectedText();
    return {};
}

// The status bar says it when the cursor enters a marked passage, and is cleared on leaving.
void MarkedPassages::cursorMoved() {
    const bool inside = !passageAt(m_editor->textCursor().position()).isEmpty();
    if (inside == m_toldAtCursor)
        return;
    m_toldAtCursor = inside;
    QStatusTipEvent tip(inside ? markedText() : QString());
    QApplication::sendEvent(m_editor, &tip);
}

bool MarkedPassages::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_editor->viewport() && event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const int at = m_editor->cursorForPosition(help->pos()).position();
        if (!passageAt(at).isEmpty()) {
            QToolTip::showText(help->globalPos(), markedText(), m_editor->viewport());
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
