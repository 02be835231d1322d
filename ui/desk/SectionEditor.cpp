#include "SectionEditor.h"

#include "MeetingSession.h"
#include "commands/SectionTextCommand.h"
#include "common/ComposedLineEdit.h"
#include "common/MarkedPassages.h"
#include "common/RichTextField.h"
#include "common/UndoKeysToStack.h"
#include "document/SafeTextDocument.h"
#include "rules/FieldLimits.h"

#include <QEvent>
#include <QLineEdit>
#include <QTextEdit>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

using namespace paragraf;

SectionEditor::SectionEditor(MeetingSession& session, Id sectionId, QWidget* parent)
    : QWidget(parent), m_session(session), m_section(sectionId), m_heading(new QLineEdit(this)),
      m_text(new RichTextField(this)) {
    // The same limits as the services check (rules/FieldLimits.h).
    m_heading->setMaxLength(paragraf::limits::heading);
    sayWhenPasteIsCut(m_heading);
    m_heading->setPlaceholderText(tr("Section heading (e.g. Bakgrund)"));
    m_heading->setAccessibleName(tr("Section heading"));
    m_text->setAccessibleName(tr("Section text"));
    m_text->setUndoRedoEnabled(false);
    m_text->setAcceptRichText(true);
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(90);
    UndoKeysToStack::install(m_text);
    UndoKeysToStack::install(m_heading);
    m_text->installEventFilter(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_text);
    refresh();
    // Passages marked not for publication show where they stand (Ctrl+Shift+M).
    auto* marks = MarkedPassages::install(m_text, [this] { return m_session.markedPassages(); });
    connect(&m_session, &MeetingSession::marksChanged, marks, &MarkedPassages::refresh);
    connect(m_text, &QTextEdit::textChanged, this, &SectionEditor::textEdited);
    keepComposed(m_heading);
    connect(m_heading, &QLineEdit::textEdited, this, &SectionEditor::headingEdited);
    connect(&m_session, &MeetingSession::changed, this,
            [this](MeetingSession::Scope scope, Id subject) {
                const bool mine = scope == MeetingSession::Scope::Text &&
                                  m_session.resolveSection(m_section) == subject;
                if (mine || scope == MeetingSession::Scope::Details)
                    refresh();
            });
}

bool SectionEditor::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_text && event->type() == QEvent::FocusIn)
        ++m_burst;
    return QWidget::eventFilter(watched, event);
}

void SectionEditor::refresh() {
    const Section* section = m_session.section(m_session.resolveSection(m_section));
    if (!section)
        return;
    m_updating = true;
    if (m_heading->text() != section->heading)
        m_heading->setText(section->heading);
    if (section->text != m_lastSaved) {
        // Text written elsewhere (another window, a refused change): the cursor stays about
        // where the secretary had it, or goes to the end of a section shown for the first time.
        if (std::exchange(m_shown, true)) {
            replaceKeepingCursor(m_text, section->text);
        } else {
            m_text->setMarkdown(section->text);
            m_text->moveCursor(QTextCursor::End);
        }
        m_lastSaved = section->text;
    }
    m_heading->setReadOnly(m_session.isReadOnly());
    m_text->setReadOnly(m_session.isReadOnly());
    m_updating = false;
}

void SectionEditor::textEdited() {
    if (m_updating)
        return;
    const QString markdown = markdownOf(*m_text->document()).trimmed();
    if (markdown == m_lastSaved)
        return;
    const QString before = m_lastSaved;
    m_lastSaved = markdown;
    // A pause, coming back to the text, or an undo since the last keystroke starts a new step.
    QUndoStack* stack = m_session.undoStack();
    if (!m_lastKeystroke.isValid() || m_lastKeystroke.elapsed() > 2000 || stack->canRedo() ||
        stack->index() != m_indexAfterTyping)
        ++m_burst;
    m_lastKeystroke.start();
    stack->push(new SectionTextCommand(m_session, m_section, before, markdown, m_burst));
    m_indexAfterTyping = stack->index();
}

// Saved as it is typed, like the text: a heading is never only in the widget.
void SectionEditor::headingEdited() {
    const Section* section = m_session.section(m_session.resolveSection(m_section));
    if (m_updating || !section || section->heading == m_heading->text())
        return;
    QUndoStack* stack = m_session.undoStack();
    if (!m_lastKeystroke.isValid() || m_lastKeystroke.elapsed() > 2000 || stack->canRedo() ||
        stack->index() != m_indexAfterTyping)
        ++m_burst;
    m_lastKeystroke.start();
    stack->push(new SectionTextCommand(m_session, m_section, section->heading, m_heading->text(),
                                       m_burst, SectionTextCommand::Part::Heading));
    m_indexAfterTyping = stack->index();
}
