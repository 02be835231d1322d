#include "FollowUpDialog.h"

#include "commands/ChangeCommand.h"
#include "common/DateField.h"
#include "common/NameListCompleter.h"
#include "common/WidgetParts.h"
#include "desk/MeetingSession.h"
#include "rules/AttendanceTimeline.h"
#include "rules/FollowUpRules.h"
#include "services/FollowUpService.h"
#include "services/RosterService.h"
#include "storage/Database.h"
#include "text/FollowUpParts.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace paragraf;

namespace {

// What an item of the list stands for: the kind and its place in that kind's list.
enum MadeKind { AssignmentItem, RemarkItem, ReferralItem };
constexpr int kindRole = Qt::UserRole;
constexpr int indexRole = Qt::UserRole + 1;

} // namespace

FollowUpDialog::FollowUpDialog(MeetingSession& session, Id paragraphId, QWidget* parent)
    : QDialog(parent), m_session(session), m_paragraphId(paragraphId), m_what(new QLineEdit(this)),
      m_holders(new QLineEdit(this)), m_holderNames(new NameListCompleter({}, this)),
      m_byNextMeeting(new QCheckBox(tr("By the &next meeting"), this)), m_due(new DateField(this)),
      m_speakers(new QLineEdit(this)), m_speakerNames(new NameListCompleter({}, this)),
      m_remark(new QLineEdit(this)), m_body(new QComboBox(this)),
      m_referralKind(new QComboBox(this)), m_referralNote(new QLineEdit(this)),
      m_made(new QListWidget(this)), m_preview(new QTextBrowser(this)) {
    if (const Paragraph* p = paragraph())
        setWindowTitle(tr("Assignments and remarks, § %1 %2").arg(p->number).arg(p->title));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildAssignment());
    layout->addWidget(buildRemark());
    layout->addWidget(buildReferral());
    m_made->setAccessibleName(tr("Made at this paragraph"));
    layout->addWidget(m_made);
    auto* removeRow = new QHBoxLayout;
    connect(WidgetParts::addQuietButton(removeRow, tr("Remo&ve"), this), &QPushButton::clicked,
            this, &FollowUpDialog::removeSelected);
    removeRow->addStretch();
    layout->addLayout(removeRow);
    m_preview->setAccessibleName(tr("The protocol's text"));
    m_preview->setMinimumHeight(90);
    layout->addWidget(m_preview);
    WidgetParts::addCloseButton(this, layout);
    WidgetParts::addUndoKeys(this, m_session.undoStack());
    connect(&m_session, &MeetingSession::changed, this, &FollowUpDialog::refresh);
    refresh();
    resize(640, 620);
}

QWidget* FollowUpDialog::buildAssignment() {
    auto* box = new QGroupBox(tr("Assignment"), this);
    auto* form = new QFormLayout(box);
    m_what->setPlaceholderText(tr("What is to be done"));
    form->addRow(tr("&What"), m_what);
    m_holders->setPlaceholderText(tr("Names, organisations or a group, separated by commas"));
    m_holders->setCompleter(m_holderNames);
    form->addRow(tr("W&ho"), m_holders);
    auto* dueRow = new QHBoxLayout;
    m_byNextMeeting->setChecked(true);
    m_due->setDate(m_session.record().meeting.date.addDays(28));
    m_due->setEnabled(false);
    m_due->setAccessibleName(tr("Due by"));
    connect(m_byNextMeeting, &QCheckBox::toggled, m_due, &QWidget::setDisabled);
    dueRow->addWidget(m_byNextMeeting);
    dueRow->addWidget(m_due);
    dueRow->addStretch();
    form->addRow(tr("Due"), dueRow);
    auto* row = new QHBoxLayout;
    connect(WidgetParts::addQuietButton(row, tr("&Add assignment"), this), &QPushButton::clicked,
            this, &FollowUpDialog::addAssignment);
    row->addStretch();
    form->addRow(row);
    for (QLineEdit* edit : {m_what, m_holders})
        connect(edit, &QLineEdit::returnPressed, this, &FollowUpDialog::addAssignment);
    return box;
}

QWidget* FollowUpDialog::buildRemark() {
    auto* box = new QGroupBox(tr("Remark by name"), this);
    auto* form = new QFormLayout(box);
    m_speakers->setPlaceholderText(tr("Start of a name present; several separated by commas"));
    m_speakers->setCompleter(m_speakerNames);
    form->addRow(tr("&Said by"), m_speakers);
    form->addRow(tr("&Remark"), m_remark);
    auto* row = new QHBoxLayout;
    connect(WidgetParts::addQuietButton(row, tr("Add re&mark"), this), &QPushButton::clicked, this,
            &FollowUpDialog::addRemark);
    row->addStretch();
    form->addRow(row);
    connect(m_remark, &QLineEdit::returnPressed, this, &FollowUpDialog::addRemark);
    // Enter after the names moves on to the remark itself.
    connect(m_speakers, &QLineEdit::returnPressed, m_remark, [this] {
        m_speakerNames->popup()->hide();
        m_remark->setFocus();
    });
    return box;
}

QWidget* FollowUpDialog::buildReferral() {
    auto* box = new QGroupBox(tr("Referral to another body"), this);
    auto* form = new QFormLayout(box);
    m_referralKind->addItem(tr("Referred to (hänskjuts)"), static_cast<int>(ReferralKind::Refer));
    m_referralKind->addItem(tr("Raised with (lyfts)"), static_cast<int>(ReferralKind::Raise));
    form->addRow(tr("&Kind"), m_referralKind);
    form->addRow(tr("&Body"), m_body);
    m_referralNote->setPlaceholderText(tr("What the other body is asked (optional)"));
    form->addRow(tr("N&ote"), m_referralNote);
    auto* row = new QHBoxLayout;
    connect(WidgetParts::addQuietButton(row, tr("Re&fer"), this), &QPushButton::clicked, this,
            &FollowUpDialog::addReferral);
    row->addStretch();
    form->addRow(row);
    const auto bodies = RosterService(m_session.database()).bodies();
    if (bodies)
        for (const Body& b : bodies.value())
            if (b.id != m_session.record().body.id)
                m_body->addItem(b.name, b.id);
    return box;
}

const Paragraph* FollowUpDialog::paragraph() const {
    return m_session.paragraph(m_session.resolve(m_paragraphId));
}

namespace {
// The targeted writes of each kind of item, so that one command serves all three.
Result<Id> addItem(FollowUpService& s, Id paragraphId, const Assignment& a, int position) {
    return s.addAssignment(paragraphId, a, position);
}
Result<Id> addItem(FollowUpService& s, Id paragraphId, const Referral& r, int position) {
    return s.addReferral(paragraphId, r, position);
}
Result<Id> addItem(FollowUpService& s, Id paragraphId, const Viewpoint& v, int position) {
    return s.addViewpoint(paragraphId, v, position);
}
Status removeItem(FollowUpService& s, const Assignment& a) {
    return s.removeAssignment(a);
}
Status removeItem(FollowUpService& s, const Referral& r) {
    return s.removeReferral(r);
}
Status removeItem(FollowUpService& s, const Viewpoint& v) {
    return s.removeViewpoint(v);
}
} // namespace

// Adding or removing one item is one targeted write each way (undo removes exactly the item
// added, or adds the removed one back where it stood): what others added to the paragraph
// meanwhile is never touched, and an item someone else changed is not removed unseen.
template <typename Item>
void FollowUpDialog::pushItem(const QString& what, const Item& item, int position, bool adding) {
    const Paragraph* p = paragraph();
    if (!p || m_session.isReadOnly())
        return;
    const Id paragraphId = p->id;
    MeetingSession& session = m_session;
    auto current = std::make_shared<Item>(item);
    auto add = [&session, paragraphId, position, current](MeetingService& s) -> Status {
        FollowUpService service(s.database());
        const auto id = addItem(service, session.resolve(paragraphId), *current, position);
        if (!id)
            return fail(id.failure());
        current->id = id.value();
        return {};
    };
    auto remove = [current](MeetingService& s) -> Status {
        FollowUpService service(s.database());
        return removeItem(service, *current);
    };
    const QString text = adding ? tr("Add %1").arg(what) : tr("Remove %1").arg(what);
    if (adding)
        m_session.undoStack()->push(
            new ChangeCommand(m_session, text, MeetingSession::Scope::Details, add, remove));
    else
        m_session.undoStack()->push(
            new ChangeCommand(m_session, text, MeetingSession::Scope::Details, remove, add));
}

void FollowUpDialog::addAssignment() {
    m_holderNames->popup()->hide();
    const QString text = m_what->text().trimmed();
    const QStringList names = m_holders->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!m_byNextMeeting->isChecked() && !DateField::allAcceptable(this))
        return;
    if (text.isEmpty() || names.isEmpty()) {
        (text.isEmpty() ? m_what : m_holders)->setFocus();
        return;
    }
    Assignment a;
    a.text = text;
    a.due = m_byNextMeeting->isChecked() ? QDate() : m_due->date();
    const FollowUpService service(m_session.database());
    for (const QString& name : names) {
        const auto holder = service.holderNamed(m_session.record(), name);
        if (!holder)
            return;
        a.holders << holder.value();
    }
    const qsizetype before = paragraph() ? paragraph()->followUp.assignments.size() : 0;
    pushItem(tr("assignment"), a, static_cast<int>(before), true);
    if (paragraph() && paragraph()->followUp.assignments.size() > before) {
        // setText, not clear: the field starts without an undo history of its own, so that
        // Ctrl+Z reaches the step just saved.
        m_what->setText(QString());
        m_holders->setText(QString());
        m_what->setFocus();
    }
}

void FollowUpDialog::addRemark() {
    const QString text = m_remark->text().trimmed();
    if (text.isEmpty())
        return;
    const auto speakers =
        speakersNamed(m_session.record(), m_session.resolve(m_paragraphId), m_speakers->text());
    if (!speakers) {
        m_preview->setPlainText(speakers.error());
        m_speakers->setFocus();
        return;
    }
    const Paragraph* p = paragraph();
    const int position = p ? static_cast<int>(p->followUp.viewpoints.size()) : 0;
    pushItem(tr("remark"), Viewpoint{NoId, speakers.value(), text}, position, true);
    m_speakers->setText(QString());
    m_remark->setText(QString());
    m_speakers->setFocus();
}

void FollowUpDialog::addReferral() {
    if (m_body->currentIndex() < 0)
        return;
    Referral r;
    r.kind = static_cast<ReferralKind>(m_referralKind->currentData().toInt());
    r.toBodyId = m_body->currentData().toLongLong();
    r.toBodyName = m_body->currentText();
    r.note = m_referralNote->text().trimmed();
    const Paragraph* p = paragraph();
    const int position = p ? static_cast<int>(p->followUp.referrals.size()) : 0;
    pushItem(tr("referral"), r, position, true);
    m_referralNote->setText(QString());
}

void FollowUpDialog::removeSelected() {
    const QListWidgetItem* item = m_made->currentItem();
    if (!item)
        return;
    const int kind = item->data(kindRole).toInt();
    const int index = item->data(indexRole).toInt();
    const Paragraph* p = paragraph();
    if (!p)
        return;
    const FollowUp& f = p->followUp;
    if (kind == AssignmentItem && index < f.assignments.size())
        pushItem(tr("assignment"), f.assignments[index], index, false);
    else if (kind == RemarkItem && index < f.viewpoints.size())
        pushItem(tr("remark"), f.viewpoints[index], index, false);
    else if (kind != AssignmentItem && kind != RemarkItem && index < f.referrals.size())
        pushItem(tr("referral"), f.referrals[index], index, false);
}

void FollowUpDialog::refresh() {
    const Paragraph* p = paragraph();
    if (!p)
        return;
    const MeetingRecord& record = m_session.record();
    const auto candidates = FollowUpService(m_session.database()).holderCandidates(record);
    QStringList holderNames;
    if (candidates)
        for (const AssignmentHolder& h : candidates.value())
            holderNames << h.name;
    m_holderNames->setNames(holderNames);
    QStringList present;
    const ParagraphAttendance at = attendanceAt(record, p->id);
    for (const Participant& participant : record.participants)
        if (at.present.contains(participant.id))
            present << participant.name;
    m_speakerNames->setNames(present);

    m_made->clear();
    const FollowUp& f = p->followUp;
    const auto add = [this](const QString& text, int kind, qsizetype index) {
        auto* item = new QListWidgetItem(text, m_made);
        item->setData(kindRole, kind);
        item->setData(indexRole, static_cast<int>(index));
    };
    for (qsizetype i = 0; i < f.assignments.size(); ++i)
        add(tr("Assignment: %1").arg(assignmentSentence(f.assignments[i])), AssignmentItem, i);
    for (qsizetype i = 0; i < f.viewpoints.size(); ++i)
        add(QStringLiteral("%1: %2").arg(speakerNames(record, f.viewpoints[i].speakerIds),
                                         f.viewpoints[i].text),
            RemarkItem, i);
    const FollowUpService links(m_session.database());
    for (qsizetype i = 0; i < f.referrals.size(); ++i) {
        QString text = referralSentence(f.referrals[i]);
        // Linked both ways: the receiving body's paragraph, once it has the matter.
        if (const auto there = links.reference(f.referrals[i].takenUpAt);
            f.referrals[i].takenUpAt != NoId && there)
            text += tr(" (taken up at %1)").arg(referenceText(there.value()));
        add(text, ReferralItem, i);
    }

    QStringList lines;
    for (const QList<ParagraphPart>& parts :
         {viewpointParts(record, *p), followUpAfterDecision(*p)})
        for (const ParagraphPart& part : parts)
            lines << (part.label.isEmpty() ? part.text
                                           : part.label + QStringLiteral(": ") + part.text);
    m_preview->setPlainText(lines.join(QStringLiteral("\n\n")));
    const bool editable = !m_session.isReadOnly();
    for (QWidget* w : std::initializer_list<QWidget*>{m_what, m_holders, m_speakers, m_remark,
                                                      m_body, m_referralNote})
        w->setEnabled(editable);
}
