#include "AdjournmentDialog.h"

#include "AdjournmentActions.h"
#include "common/Dialogs.h"
#include "desk/MeetingSession.h"
#include "text/ClockTimes.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace paragraf;

namespace {
QString hhmm(const QTime& t) {
    return t.isValid() ? t.toString(QStringLiteral("HH.mm")) : QString();
}
} // namespace

AdjournmentForm::AdjournmentForm(const MeetingRecord& record, const Adjournment& shown,
                                 QWidget* parent)
    : QDialog(parent), m_shown(shown), m_start(new QLineEdit(hhmm(shown.start), this)),
      m_end(new QLineEdit(hhmm(shown.end), this)), m_paragraph(new QComboBox(this)),
      m_within(new QCheckBox(tr("&Inside the paragraph (the debate was interrupted)"), this)),
      m_reason(new QLineEdit(shown.reason, this)) {
    setWindowTitle(tr("Adjournment"));
    m_start->setPlaceholderText(tr("e.g. 10.30"));
    m_end->setPlaceholderText(tr("empty while adjourned"));
    m_reason->setPlaceholderText(tr("e.g. lunch, gruppöverläggningar"));
    m_reason->setMaxLength(200);
    m_paragraph->addItem(tr("Before the first paragraph"), QVariant::fromValue(NoId));
    for (const auto& p : record.paragraphs)
        m_paragraph->addItem(QStringLiteral("§ %1 %2").arg(p.number).arg(p.title),
                             QVariant::fromValue(p.id));
    const int row = m_paragraph->findData(QVariant::fromValue(shown.paragraphId));
    m_paragraph->setCurrentIndex(row < 0 ? 0 : row);
    m_within->setChecked(shown.withinParagraph);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&From"), m_start);
    form->addRow(tr("&To"), m_end);
    form->addRow(tr("&Paragraph"), m_paragraph);
    form->addRow(QString(), m_within);
    form->addRow(tr("&Reason"), m_reason);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (timesAcceptable())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool AdjournmentForm::timesAcceptable() {
    const bool endTyped = !m_end->text().trimmed().isEmpty();
    if (noteAsClock(m_start->text()).isValid() &&
        (!endTyped || noteAsClock(m_end->text()).isValid()))
        return true;
    Dialogs::warning(this, tr("Adjournment"),
                     tr("Type the times as the clock says them, e.g. 10.30 or 9.05."));
    return false;
}

Adjournment AdjournmentForm::adjournment() const {
    Adjournment a = m_shown;
    a.start = noteAsClock(m_start->text());
    a.end = noteAsClock(m_end->text());
    a.paragraphId = m_paragraph->currentData().toLongLong();
    a.withinParagraph = a.paragraphId != NoId && m_within->isChecked();
    a.reason = m_reason->text().trimmed();
    return a;
}

AdjournmentsDialog::AdjournmentsDialog(MeetingSession& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_list(new QListWidget(this)) {
    setWindowTitle(tr("Adjournments and clock times"));
    m_list->setAccessibleName(tr("Adjournments"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    const auto button = [&](const QString& text, const QKeySequence& key,
                            void (AdjournmentsDialog::*slot)()) {
        QPushButton* b = buttons->addButton(text, QDialogButtonBox::ActionRole);
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, slot);
        auto* action = new QAction(this);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    button(tr("&New… (Insert)"), QKeySequence(Qt::Key_Insert), &AdjournmentsDialog::addNew);
    button(tr("&Change… (F2)"), QKeySequence(Qt::Key_F2), &AdjournmentsDialog::changeChosen);
    button(tr("&Remove (Delete)"), QKeySequence(Qt::Key_Delete), &AdjournmentsDialog::removeChosen);
    connect(m_list, &QListWidget::itemActivated, this, &AdjournmentsDialog::changeChosen);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    connect(&m_session, &MeetingSession::changed, this, &AdjournmentsDialog::refill);
    refill();
}

void AdjournmentsDialog::refill() {
    const int row = std::max(m_list->currentRow(), 0);
    m_list->clear();
    for (const auto& a : m_session.record().adjournments)
        m_list->addItem(AdjournmentActions::describe(m_session.record(), a));
    for (const auto& e : timedEvents())
        m_list->addItem(AdjournmentActions::describe(m_session.record(), e));
    m_list->setCurrentRow(std::min(row, m_list->count() - 1));
}

QList<AttendanceEvent> AdjournmentsDialog::timedEvents() const {
    QList<AttendanceEvent> events;
    for (const auto& e : m_session.record().events)
        if (e.kind == AttendanceEventKind::Arrive || e.kind == AttendanceEventKind::Leave)
            events << e;
    return events;
}

const AttendanceEvent* AdjournmentsDialog::chosenEvent() const {
    const int row = m_list->currentRow() - static_cast<int>(m_session.record().adjournments.size());
    const QList<AttendanceEvent> events = timedEvents();
    if (row < 0 || row >= events.size())
        return nullptr;
    for (const auto& e : m_session.record().events)
        if (e.id == events[row].id)
            return &e;
    return nullptr;
}

void AdjournmentsDialog::correctEventTime(const AttendanceEvent& event) {
    const QString typed =
        Dialogs::text(this, tr("Clock time"),
                      tr("The time noted for %1 (now %2), e.g. 10.15:")
                          .arg(AdjournmentActions::describe(m_session.record(), event))
                          .arg(event.clockTime.isEmpty() ? tr("none") : event.clockTime));
    if (typed.trimmed().isEmpty() || typed.trimmed() == event.clockTime)
        return;
    AdjournmentActions::correctTime(m_session, event, typed.trimmed());
}

const Adjournment* AdjournmentsDialog::chosen() const {
    const int row = m_list->currentRow();
    const auto& all = m_session.record().adjournments;
    return row >= 0 && row < all.size() ? &all[row] : nullptr;
}

void AdjournmentsDialog::addNew() {
    Adjournment proposed;
    proposed.start = AdjournmentActions::clock();
    AdjournmentForm form(m_session.record(), proposed, this);
    if (form.exec() == QDialog::Accepted)
        AdjournmentActions::add(m_session, form.adjournment());
}

void AdjournmentsDialog::changeChosen() {
    if (const AttendanceEvent* e = chosenEvent()) {
        correctEventTime(*e);
        return;
    }
    const Adjournment* a = chosen();
    if (!a)
        return;
    const Adjournment before = *a;
    AdjournmentForm form(m_session.record(), before, this);
    if (form.exec() == QDialog::Accepted && !(form.adjournment() == before))
        AdjournmentActions::change(m_session, before, form.adjournment());
}

void AdjournmentsDialog::removeChosen() {
    if (const Adjournment* a = chosen())
        AdjournmentActions::remove(m_session, *a);
}
