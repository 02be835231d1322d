#include "ScheduleEntryDialog.h"

#include "common/DateField.h"
#include "desk/MeetingDetailsDialog.h"
#include "text/SwedishTerms.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QTimeEdit>

using namespace paragraf;

ScheduleEntryDialog::ScheduleEntryDialog(const ScheduleEntry& entry, QWidget* parent)
    : QDialog(parent), m_entry(entry), m_date(new DateField(entry.date, this)),
      m_endDate(
          new DateField(entry.endDate.isValid() ? entry.endDate : entry.date.addDays(1), this)),
      m_timed(new QCheckBox(tr("At a set time"), this)),
      m_start(new QTimeEdit(entry.start.isValid() ? entry.start : QTime(13, 0), this)),
      m_end(new QTimeEdit(entry.end.isValid() ? entry.end : QTime(16, 0), this)),
      m_kind(new QComboBox(this)), m_form(new QComboBox(this)),
      m_place(new QLineEdit(entry.place, this)), m_joint(new QLineEdit(entry.jointWith, this)),
      m_note(new QLineEdit(entry.note, this)) {
    setWindowTitle(tr("Planned meeting"));
    for (ScheduleKind kind :
         {ScheduleKind::Ordinary, ScheduleKind::FullDay, ScheduleKind::PlanningDay,
          ScheduleKind::CheckIn, ScheduleKind::TwoDay})
        m_kind->addItem(swedishScheduleKind(kind), static_cast<int>(kind));
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(entry.kind)));
    fillMeetingForms(m_form, entry.form);
    m_timed->setChecked(entry.start.isValid());
    m_joint->setPlaceholderText(tr("e.g. Politiska samrådsgruppen"));
    const auto updateEnabled = [this] {
        m_endDate->setEnabled(m_kind->currentData().toInt() ==
                              static_cast<int>(ScheduleKind::TwoDay));
        m_start->setEnabled(m_timed->isChecked());
        m_end->setEnabled(m_timed->isChecked());
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, updateEnabled);
    connect(m_timed, &QCheckBox::toggled, this, updateEnabled);
    updateEnabled();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("Second da&y"), m_endDate);
    form->addRow(QString(), m_timed);
    form->addRow(tr("&Starts"), m_start);
    form->addRow(tr("&Ends"), m_end);
    form->addRow(tr("&Form"), m_form);
    form->addRow(tr("&Place"), m_place);
    form->addRow(tr("&Together with"), m_joint);
    form->addRow(tr("&Note"), m_note);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (DateField::allAcceptable(this))
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ScheduleEntry ScheduleEntryDialog::entry() const {
    ScheduleEntry e = m_entry;
    e.date = m_date->date();
    e.kind = static_cast<ScheduleKind>(m_kind->currentData().toInt());
    e.endDate = e.kind == ScheduleKind::TwoDay ? m_endDate->date() : QDate();
    e.start = m_timed->isChecked() ? m_start->time() : QTime();
    e.end = m_timed->isChecked() ? m_end->time() : QTime();
    e.form = static_cast<MeetingForm>(m_form->currentData().toInt());
    e.place = m_place->text().trimmed();
    e.jointWith = m_joint->text().trimmed();
    e.note = m_note->text().trimmed();
    return e;
}
