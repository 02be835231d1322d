#include "MeetingDetailsDialog.h"

#include "bodies/RulesFields.h"
#include "common/ComposedLineEdit.h"
#include "common/DateField.h"
#include "common/Dialogs.h"
#include "rules/AttendanceGroups.h"
#include "rules/FieldLimits.h"
#include "text/ClockTimes.h"
#include "text/SwedishTerms.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QTimeEdit>

using namespace paragraf;

namespace {
constexpr int ParticipantRole = Qt::UserRole + 1;

void selectData(QComboBox* box, Id id) {
    const int row = box->findData(id);
    box->setCurrentIndex(row < 0 ? 0 : row);
}
} // namespace

void fillMeetingForms(QComboBox* box, MeetingForm current) {
    box->addItem(MeetingDetailsDialog::tr("Physical"), static_cast<int>(MeetingForm::Physical));
    box->addItem(MeetingDetailsDialog::tr("Digital"), static_cast<int>(MeetingForm::Digital));
    box->addItem(MeetingDetailsDialog::tr("Hybrid"), static_cast<int>(MeetingForm::Hybrid));
    box->setCurrentIndex(box->findData(static_cast<int>(current)));
}

MeetingDetailsDialog::MeetingDetailsDialog(const MeetingRecord& record, QWidget* parent)
    : QDialog(parent), m_meeting(record.meeting), m_date(new DateField(record.meeting.date, this)),
      m_start(new QTimeEdit(record.meeting.start, this)),
      m_end(new QTimeEdit(record.meeting.end, this)),
      m_place(new QLineEdit(record.meeting.place, this)), m_form(new QComboBox(this)),
      m_chair(new QComboBox(this)), m_secretary(new QComboBox(this)),
      m_adjusters(new QListWidget(this)),
      m_adjustmentDate(optionalDate(record.meeting.adjustmentDate, this)),
      m_adjustmentTime(
          new QLineEdit(record.meeting.adjustmentTime.toString(QStringLiteral("HH.mm")), this)),
      m_adjustmentPlace(new QLineEdit(record.meeting.adjustmentPlace, this)),
      m_nextDate(optionalDate(record.meeting.nextMeetingDate, this)),
      m_nextNote(new QLineEdit(record.meeting.nextMeetingNote, this)),
      m_rules(new RulesFields(record.rules, true, this)) {
    m_rules->setEnabled(!isFrozen(record.meeting.status));
    // The same limits as the services check (rules/FieldLimits.h).
    m_place->setMaxLength(paragraf::limits::line);
    m_adjustmentPlace->setMaxLength(paragraf::limits::line);
    m_nextNote->setMaxLength(paragraf::limits::line);
    for (QLineEdit* line : {m_place, m_adjustmentPlace, m_nextNote})
        sayWhenPasteIsCut(line);
    setWindowTitle(tr("Meeting details"));
    fillMeetingForms(m_form, record.meeting.form);
    m_adjustmentPlace->setPlaceholderText(tr("e.g. digitalt, kommunhuset"));
    m_adjustmentTime->setPlaceholderText(tr("e.g. 16.00; empty for none"));
    m_nextNote->setPlaceholderText(tr("e.g. kl. 13.00–16.00 i Stadshuset"));
    m_adjusters->setAccessibleName(tr("Adjusters"));
    fillPeople(record);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("&Starts"), m_start);
    form->addRow(tr("&Ends"), m_end);
    form->addRow(tr("&Place"), m_place);
    form->addRow(tr("&Form"), m_form);
    form->addRow(tr("&Chair"), m_chair);
    form->addRow(tr("Secre&tary"), m_secretary);
    form->addRow(tr("&Adjusters"), m_adjusters);
    form->addRow(tr("Ad&justment date"), m_adjustmentDate);
    form->addRow(tr("Adjustment ti&me"), m_adjustmentTime);
    form->addRow(tr("Adjustment p&lace"), m_adjustmentPlace);
    form->addRow(tr("&Next meeting"), m_nextDate);
    form->addRow(tr("Next meeting n&ote"), m_nextNote);
    form->addRow(tr("Rules (copied from the body)"), m_rules);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (DateField::allAcceptable(this) && adjustmentTimeAcceptable())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

// Chair and adjusters from those who decided; an adjuster ticked keeps their signing order.
void MeetingDetailsDialog::fillPeople(const MeetingRecord& record) {
    m_chair->addItem(tr("(not set)"), QVariant::fromValue(NoId));
    m_secretary->addItem(tr("(not set)"), QVariant::fromValue(NoId));
    const AttendanceGroups groups = groupAttendance(record);
    QList<Id> deciding;
    for (const auto& line : groups.deciding)
        deciding << line.participantId;
    for (Id id : record.meeting.adjusterIds)
        if (!deciding.contains(id))
            deciding << id; // chosen earlier; kept visible so that it can be unticked
    // A chair chosen earlier among others (a förbundschef chairing a cooperation group) stays
    // chosen: the dialog never drops a fact it does not offer.
    if (const Participant* chair = record.participant(record.meeting.chairId);
        chair && !deciding.contains(chair->id))
        m_chair->addItem(describeParticipant(*chair), QVariant::fromValue(chair->id));
    for (Id id : deciding) {
        const Participant* p = record.participant(id);
        if (!p)
            continue;
        m_chair->addItem(describeParticipant(*p), QVariant::fromValue(id));
        auto* item = new QListWidgetItem(describeParticipant(*p), m_adjusters);
        item->setData(ParticipantRole, QVariant::fromValue(id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(record.meeting.adjusterIds.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    // Anyone at the meeting may preside (a förbundschef chairs a cooperation group): after those
    // who decide, the officials and guests.
    for (const auto& p : record.participants)
        if (m_chair->findData(QVariant::fromValue(p.id)) < 0)
            m_chair->addItem(describeParticipant(p), QVariant::fromValue(p.id));
    for (const auto& p : record.participants)
        m_secretary->addItem(describeParticipant(p), QVariant::fromValue(p.id));
    selectData(m_chair, record.meeting.chairId);
    selectData(m_secretary, record.meeting.secretaryId);
}

DateField* MeetingDetailsDialog::optionalDate(const QDate& date, QWidget* parent) {
    // Left empty, the date is not set; the calendar then opens at today's month.
    auto* edit = new DateField(date, parent);
    edit->setOptional(true);
    return edit;
}

QDate MeetingDetailsDialog::optionalValue(const DateField* edit) {
    return edit->date();
}

Meeting MeetingDetailsDialog::meeting() const {
    Meeting m = m_meeting;
    m.date = m_date->date();
    m.start = m_start->time();
    m.end = m_end->time();
    m.place = m_place->text().trimmed();
    m.form = static_cast<MeetingForm>(m_form->currentData().toInt());
    m.chairId = m_chair->currentData().toLongLong();
    m.secretaryId = m_secretary->currentData().toLongLong();
    m.adjusterIds.clear();
    for (int row = 0; row < m_adjusters->count(); ++row)
        if (m_adjusters->item(row)->checkState() == Qt::Checked)
            m.adjusterIds << m_adjusters->item(row)->data(ParticipantRole).toLongLong();
    m.adjustmentDate = optionalValue(m_adjustmentDate);
    m.adjustmentPlace = m_adjustmentPlace->text().trimmed();
    m.adjustmentTime = noteAsClock(m_adjustmentTime->text());
    m.nextMeetingDate = optionalValue(m_nextDate);
    m.nextMeetingNote = m_nextNote->text().trimmed();
    return m;
}

MeetingRules MeetingDetailsDialog::rules() const {
    return m_rules->rules();
}

// "16.00" or nothing: a time that is no time is said, not dropped.
bool MeetingDetailsDialog::adjustmentTimeAcceptable() {
    const QString typed = m_adjustmentTime->text().trimmed();
    if (typed.isEmpty() || noteAsClock(typed).isValid())
        return true;
    Dialogs::warning(this, tr("Meeting details"),
                     tr("Type the adjustment time as the clock says it, e.g. 16.00."));
    m_adjustmentTime->setFocus();
    return false;
}
