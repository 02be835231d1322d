#include "ParagraphEditor.h"

#include "MeetingSession.h"
#include "SectionEditor.h"
#include "commands/ChangeCommand.h"
#include "commands/ParagraphFieldsCommand.h"
#include "common/ComposedLineEdit.h"
#include "common/MarkedPassages.h"
#include "common/RichTextField.h"
#include "common/UndoKeysToStack.h"
#include "document/SafeTextDocument.h"
#include "rules/FieldLimits.h"
#include "text/DecisionCheck.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTextEdit>
#include <QVBoxLayout>
#include <memory>

using namespace paragraf;

ParagraphEditor::ParagraphEditor(QWidget* parent)
    : QWidget(parent), m_title(new QLineEdit(this)), m_caseNumber(new QLineEdit(this)),
      m_presenters(new QListWidget(this)), m_decision(new RichTextField(this)),
      m_immediate(new QCheckBox(tr("Adjusted &immediately at the meeting"), this)),
      m_followUp(new QLabel(this)), m_decisionCheck(new QLabel(this)),
      m_newSection(new QComboBox(this)), m_lockBanner(new QLabel(this)),
      m_presenterSearch(m_presenters) {
    // A locked protocol says so above its fields, and what can still be done: the fields look
    // as read-only as they are.
    m_lockBanner->setObjectName(QStringLiteral("lockBanner"));
    m_lockBanner->setWordWrap(true);
    m_lockBanner->setStyleSheet(QStringLiteral(
        "#lockBanner { background: #fff3c4; color: #3d3000; border: 1px solid #c9a800;"
        " padding: 6px; font-weight: bold; }"));
    m_lockBanner->hide();
    // The field with the keyboard is easy to see; read-only fields look read-only.
    setStyleSheet(QStringLiteral(
        "QLineEdit:focus, QTextEdit:focus, QListWidget:focus { border: 2px solid #1b5fb4; }"
        " QLineEdit[readOnly=\"true\"], QTextEdit[readOnly=\"true\"] {"
        " background: palette(window); }"));
    // The same limits as the services check (rules/FieldLimits.h).
    m_title->setMaxLength(paragraf::limits::title);
    m_caseNumber->setMaxLength(paragraf::limits::caseNumber);
    sayWhenPasteIsCut(m_title);
    sayWhenPasteIsCut(m_caseNumber);
    m_title->setAccessibleName(tr("Paragraph title"));
    m_caseNumber->setAccessibleName(tr("Case number"));
    m_caseNumber->setPlaceholderText(tr("e.g. 2024/123"));
    m_presenters->setAccessibleName(tr("Presenters"));
    m_presenters->setMaximumHeight(90);
    m_decision->setAccessibleName(tr("Decision"));
    m_decision->setUndoRedoEnabled(false);
    m_decision->setTabChangesFocus(true);
    m_decision->setMaximumHeight(140);
    for (QObject* editor : {static_cast<QObject*>(m_title), static_cast<QObject*>(m_caseNumber),
                            static_cast<QObject*>(m_decision)})
        UndoKeysToStack::install(editor);
    m_newSection->setEditable(true);
    m_newSection->addItems(
        {QStringLiteral("Bakgrund"), QStringLiteral("Sammanfattning och överväganden"),
         QStringLiteral("Synpunkter från mötet"), QStringLiteral("Förslag till beslut")});
    m_newSection->setAccessibleName(tr("Heading of a new section"));
    auto* addButton = new QPushButton(tr("Add section"), this);

    auto* form = new QFormLayout;
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Dnr"), m_caseNumber);
    form->addRow(tr("&Presenters"), m_presenters);
    form->addRow(tr("De&cision"), m_decision);
    m_decisionCheck->setObjectName(QStringLiteral("decisionCheck"));
    m_decisionCheck->setWordWrap(true);
    m_decisionCheck->setStyleSheet(QStringLiteral("#decisionCheck { color: #8a1c00; }"));
    m_decisionCheck->hide();
    form->addRow(QString(), m_decisionCheck);
    form->addRow(QString(), m_immediate);
    m_followUp->setAccessibleName(tr("Follow-up of the paragraph"));
    form->addRow(QString(), m_followUp);
    auto* sectionsHost = new QWidget;
    m_sectionLayout = new QVBoxLayout(sectionsHost);
    m_sectionLayout->setContentsMargins(0, 0, 0, 0);
    m_sectionLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(sectionsHost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* adding = new QHBoxLayout;
    adding->addWidget(m_newSection, 1);
    adding->addWidget(addButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_lockBanner);
    layout->addLayout(form);
    layout->addWidget(scroll, 1);
    layout->addLayout(adding);

    keepComposed(m_title);
    keepComposed(m_caseNumber);
    connect(m_title, &QLineEdit::textEdited, this, [this] { fieldEdited(tr("title")); });
    connect(m_caseNumber, &QLineEdit::textEdited, this, [this] { fieldEdited(tr("dnr")); });
    connect(m_decision, &QTextEdit::textChanged, this, [this] { fieldEdited(tr("decision")); });
    m_decisionMarks = MarkedPassages::install(
        m_decision, [this] { return m_session ? m_session->markedPassages() : QStringList(); });
    connect(m_presenters, &QListWidget::itemChanged, this,
            [this] { fieldEdited(tr("presenters")); });
    connect(m_immediate, &QCheckBox::toggled, this,
            [this] { fieldEdited(tr("immediate adjustment")); });
    connect(addButton, &QPushButton::clicked, this,
            [this] { addSection(m_newSection->currentText()); });
    // A section is added from the keyboard too, and gets the cursor.
    addButton->setText(tr("Add section (Ctrl+Shift+Return)"));
    auto* addKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), this);
    addKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(addKey, &QShortcut::activated, this,
            [this] { addSection(m_newSection->currentText()); });
    m_addButton = addButton;
    for (QWidget* field : {static_cast<QWidget*>(m_title), static_cast<QWidget*>(m_caseNumber),
                           static_cast<QWidget*>(m_presenters)})
        field->installEventFilter(this);
    m_newSection->lineEdit()->installEventFilter(this);
    setEnabled(false);
}

// Return moves on, the way a paragraph is written: from the title (or the dnr) to the
// presenters, and from the presenter found by typing the start of a name, spaces included
// (checked by Return, or Space before any letter) to the text. With Ctrl+Return before and a Tab to
// the decision after, a paragraph takes four keys that are not its text.
bool ParagraphEditor::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_presenters && event->type() == QEvent::FocusIn)
        m_presenterSearch.reset();
    // Alt+Up and Alt+Down open the heading's list there, as in any list box; the window's keys
    // that move the paragraph (the same keys) moved it under the secretary's hands.
    if (watched == m_newSection->lineEdit() && event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::AltModifier &&
            (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            event->accept();
            return true;
        }
    }
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_presenters && (key->modifiers() & Qt::ControlModifier) &&
        (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
        movePresenter(key->key() == Qt::Key_Up ? -1 : 1);
        return true;
    }
    if (watched == m_presenters && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down))
        m_presenterSearch.markChosen();
    if (watched == m_presenters && m_presenterSearch.take(*key))
        return true;
    const bool plainReturn = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                             key->modifiers() == Qt::NoModifier;
    if (!plainReturn)
        return QWidget::eventFilter(watched, event);
    if (watched == m_title || watched == m_caseNumber) {
        m_presenters->setFocus();
        if (!m_presenters->currentItem() && m_presenters->count() > 0)
            m_presenters->setCurrentRow(0);
        return true;
    }
    if (watched == m_presenters) {
        // Return ticks the presenter found; with nothing typed it only moves on (it used to
        // tick the first in the list, the chair).
        QListWidgetItem* item = m_presenters->currentItem();
        if (item && m_presenterSearch.chosen() && !m_session->isReadOnly())
            item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        m_presenterSearch.reset();
        focusFirstText();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

// Ctrl+Up and Ctrl+Down move a chosen presenter in the order the protocol prints them.
void ParagraphEditor::movePresenter(int delta) {
    const int from = m_presenters->currentRow();
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= m_presenters->count() || !m_session ||
        m_session->isReadOnly() || m_presenters->item(from)->checkState() != Qt::Checked ||
        m_presenters->item(to)->checkState() != Qt::Checked)
        return;
    m_updating = true;
    QListWidgetItem* moved = m_presenters->takeItem(from);
    m_presenters->insertItem(to, moved);
    m_presenters->setCurrentRow(to);
    m_updating = false;
    fieldEdited(tr("presenters"));
}

// Title, dnr, presenters, the sections in their order, then the decision: the order in which a
// paragraph is written, whatever the layout shows first.
void ParagraphEditor::orderTabs() {
    QList<QWidget*> chain{m_title, m_caseNumber, m_presenters};
    for (SectionEditor* section : m_sections)
        chain << section->heading() << section->text();
    chain << m_decision << m_immediate << m_newSection << m_addButton;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
}

void ParagraphEditor::setSession(MeetingSession* session) {
    if (m_session) {
        m_session->disconnect(this);
        m_session->disconnect(m_decisionMarks);
    }
    m_session = session;
    m_shown = NoId;
    rebuild();
    if (!session)
        return;
    connect(session, &MeetingSession::currentParagraphChanged, this, &ParagraphEditor::rebuild);
    connect(session, &MeetingSession::marksChanged, m_decisionMarks, &MarkedPassages::refresh);
    m_decisionMarks->refresh();
    connect(session, &MeetingSession::changed, this, [this](MeetingSession::Scope scope) {
        if (scope == MeetingSession::Scope::Structure || m_session->currentParagraph() != m_shown)
            rebuild();
        else if (scope == MeetingSession::Scope::Details)
            refreshFields();
        else if (scope == MeetingSession::Scope::Attendance)
            refreshPresenters();
    });
}

const Paragraph* ParagraphEditor::current() const {
    return m_session ? m_session->paragraph(m_session->currentParagraph()) : nullptr;
}

void ParagraphEditor::rebuild() {
    const Paragraph* p = current();
    const Id id = p ? p->id : NoId;
    const bool sameSections = id == m_shown && p && p->sections.size() == m_sections.size();
    if (!sameSections) {
        qDeleteAll(m_sections);
        m_sections.clear();
        if (p)
            for (const auto& section : p->sections) {
                auto* editor = new SectionEditor(*m_session, section.id, this);
                m_sectionLayout->insertWidget(m_sectionLayout->count() - 1, editor);
                m_sections << editor;
            }
    }
    m_shown = id;
    m_decisionShownFor = NoId; // the decision of the paragraph now shown is put in, even if empty
    refreshFields();
    refreshPresenters();
    orderTabs();
}

void ParagraphEditor::refreshFields() {
    const Paragraph* p = current();
    setEnabled(p != nullptr);
    m_updating = true;
    const bool readOnly = !p || m_session->isReadOnly();
    m_title->setReadOnly(readOnly);
    m_caseNumber->setReadOnly(readOnly);
    m_decision->setReadOnly(readOnly);
    m_immediate->setEnabled(!readOnly);
    m_newSection->setEnabled(!readOnly);
    if (m_addButton)
        m_addButton->setEnabled(!readOnly);
    showLock();
    if (p) {
        m_immediate->setChecked(p->immediatelyAdjusted);
        // Changed elsewhere (another window), the cursor stays where the secretary had it.
        if (m_title->text() != p->title)
            replaceKeepingCursor(m_title, p->title);
        if (m_caseNumber->text() != p->caseNumber)
            replaceKeepingCursor(m_caseNumber, p->caseNumber);
        if (p->id == m_decisionShownFor && p->decision != m_decisionSaved) {
            replaceKeepingCursor(m_decision, p->decision);
            m_decisionSaved = p->decision;
            m_decisionAsShown = markdownOf(*m_decision->document()).trimmed();
        } else if (p->id != m_decisionShownFor) {
            m_decision->setMarkdown(p->decision);
            m_decisionSaved = p->decision;
            m_decisionShownFor = p->id;
            m_decisionAsShown = markdownOf(*m_decision->document()).trimmed();
        }
    } else { // nothing of the paragraph shown before stays, e.g. in a meeting just made
        m_immediate->setChecked(false);
        m_title->clear();
        m_caseNumber->clear();
        m_decision->clear();
    }
    refreshFollowUp(p);
    refreshDecisionCheck(p);
    m_updating = false;
}

void ParagraphEditor::showLock() {
    const QString why = m_session ? lockText(*m_session) : QString();
    m_lockBanner->setText(why);
    m_lockBanner->setVisible(!why.isEmpty());
}

QString ParagraphEditor::lockText(const MeetingSession& session) {
    if (session.databaseIsReadOnly())
        return tr("Locked: %1").arg(session.databaseReadOnlyReason());
    switch (session.record().meeting.status) {
    case MeetingStatus::OutForAdjustment:
        return tr("Locked: the protocol is out for adjustment. What can be done now: remarks "
                  "and the secretary's answers to them (Adjustment → Remarks and corrections, "
                  "Ctrl+Shift+R), and the signatures.");
    case MeetingStatus::Adjusted:
    case MeetingStatus::Announced:
    case MeetingStatus::Archived:
        return tr("Locked: the protocol is adjusted and final. An error is corrected by a "
                  "rättelse (Adjustment → Record a rättelse), printed beside the original.");
    default:
        return {};
    }
}

// What the paragraph asked of people, counted: the details are one shortcut away.
void ParagraphEditor::refreshFollowUp(const Paragraph* p) {
    QStringList counts;
    if (p) {
        const FollowUp& f = p->followUp;
        if (const auto n = static_cast<int>(f.assignments.size()))
            counts << tr("%n assignment(s)", nullptr, n);
        if (const auto n = static_cast<int>(f.viewpoints.size()))
            counts << tr("%n remark(s) by name", nullptr, n);
        if (const auto n = static_cast<int>(f.referrals.size()))
            counts << tr("%n referral(s)", nullptr, n);
        if (const auto n = static_cast<int>(f.closedHere.size() + f.takenUpHere.size()))
            counts << tr("%n earlier matter(s) dealt with", nullptr, n);
    }
    m_followUp->setVisible(!counts.isEmpty());
    m_followUp->setText(tr("Follow-up: %1 (Ctrl+Shift+U)").arg(counts.join(QStringLiteral(", "))));
}

// Said while the protocol is written, where the decision is: the chair's finding or the vote
// carried a motion the decision does not read as (text/DecisionCheck).
void ParagraphEditor::refreshDecisionCheck(const Paragraph* p) {
    const ParagraphAttendance* at = p ? m_session->timeline().at(p->id) : nullptr;
    const QString against = at && p->kind == ParagraphKind::Decision
                                ? decisionAgainstOutcome(m_session->record(), *p, *at)
                                : QString();
    m_decisionCheck->setText(tr("Check the decision: %1.").arg(against));
    m_decisionCheck->setVisible(!against.isEmpty());
}

// Presenters are picked among those present; anyone already chosen stays listed. Rebuilt when
// the paragraph or the attendance changes, not on every keystroke in the title.
void ParagraphEditor::refreshPresenters() {
    const Paragraph* p = current();
    m_updating = true;
    m_presenters->clear();
    // The presenters chosen come first, in their order (which the protocol prints), then
    // everyone else who may present.
    QList<const Participant*> shown;
    if (p) {
        for (Id id : p->presenterIds)
            if (const Participant* who = m_session->record().participant(id))
                shown << who;
        for (const auto& who : m_session->record().participants)
            if (!p->presenterIds.contains(who.id))
                shown << &who;
    }
    if (p)
        for (const Participant* presenter : shown) {
            const Participant& who = *presenter;
            const bool chosen = p->presenterIds.contains(who.id);
            if (!who.presentAtStart && !chosen && who.kind != ParticipantKind::Official)
                continue;
            auto* item = new QListWidgetItem(who.name, m_presenters);
            item->setData(Qt::UserRole, who.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
        }
    m_updating = false;
}

void ParagraphEditor::fieldEdited(const QString& field) {
    const Paragraph* p = current();
    if (m_updating || !p || m_session->isReadOnly())
        return;
    Paragraph after = *p;
    after.title = m_title->text();
    after.caseNumber = m_caseNumber->text();
    // Only the field the secretary changed is written as the editor writes it: a decision
    // stored in other words of Markdown (by the CLI, an import, an earlier version) stays as it
    // is when the title or the dnr changes.
    const QString decision = markdownOf(*m_decision->document()).trimmed();
    after.decision = decision == m_decisionAsShown ? p->decision : decision;
    m_decisionAsShown = decision;
    after.immediatelyAdjusted = m_immediate->isChecked();
    after.presenterIds.clear();
    for (int i = 0; i < m_presenters->count(); ++i)
        if (m_presenters->item(i)->checkState() == Qt::Checked)
            after.presenterIds << m_presenters->item(i)->data(Qt::UserRole).toLongLong();
    if (after.title == p->title && after.caseNumber == p->caseNumber &&
        after.decision == p->decision && after.immediatelyAdjusted == p->immediatelyAdjusted &&
        sameIds(after.presenterIds, p->presenterIds))
        return;
    m_decisionSaved = after.decision;
    m_session->undoStack()->push(new ParagraphFieldsCommand(*m_session, *p, after, field));
}

void ParagraphEditor::addSection(const QString& heading) {
    const Paragraph* p = current();
    if (!p || m_session->isReadOnly())
        return;
    const Id paragraphId = p->id;
    const int position = static_cast<int>(p->sections.size());
    auto added = std::make_shared<Id>(NoId);
    MeetingSession& session = *m_session;
    m_session->undoStack()->push(new ChangeCommand(
        *m_session, tr("Add section"), MeetingSession::Scope::Structure,
        [&session, paragraphId, position, heading, added](MeetingService& service) -> Status {
            const auto id = service.addSection(session.resolve(paragraphId), position,
                                               Section{NoId, heading, {}});
            if (!id)
                return fail(id.error());
            *added = id.value();
            return {};
        },
        [added](MeetingService& service) { return service.deleteSection(*added); }));
    if (!m_sections.isEmpty())
        m_sections.last()->text()->setFocus();
}

void ParagraphEditor::focusFirstText() {
    if (!m_sections.isEmpty())
        m_sections.first()->text()->setFocus();
    else
        m_decision->setFocus();
}
