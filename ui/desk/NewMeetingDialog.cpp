#include "NewMeetingDialog.h"

#include "MeetingDetailsDialog.h"
#include "common/DateField.h"
#include "text/SwedishTerms.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimeEdit>

using namespace paragraf;

NewMeetingDialog::NewMeetingDialog(const QString& bodyName, const QList<ScheduleEntry>& planned,
                                   QWidget* parent)
    : QDialog(parent), m_entries(planned), m_body(new QLabel(this)), m_planned(new QComboBox(this)),
      m_date(new DateField(QDate::currentDate(), this)), m_start(new QTimeEdit(QTime(13, 0), this)),
      m_end(new QTimeEdit(QTime(16, 0), this)), m_place(new QLineEdit(this)),
      m_form(new QComboBox(this)) {
    setWindowTitle(tr("New meeting of %1").arg(bodyName));
    m_body->setText(QStringLiteral("<b>%1</b>").arg(bodyName.toHtmlEscaped()));
    m_body->setWordWrap(true);
    fillMeetingForms(m_form, MeetingForm::Physical);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_planned->addItem(tr("(not in the schedule)"), QVariant::fromValue(NoId));
    for (const auto& entry : planned)
        m_planned->addItem(swedishDate(entry.date) + (entry.place.isEmpty()
                                                          ? QString()
                                                          : QStringLiteral(", ") + entry.place),
                           QVariant::fromValue(entry.id));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Body"), m_body);
    form->addRow(tr("From the s&chedule"), m_planned);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("&Starts"), m_start);
    form->addRow(tr("&Ends"), m_end);
    form->addRow(tr("&Place"), m_place);
    form->addRow(tr("&Form"), m_form);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (DateField::allAcceptable(this))
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_planned, &QComboBox::currentIndexChanged, this, &NewMeetingDialog::showPlanned);
    if (!planned.isEmpty())
        m_planned->setCurrentIndex(1);
}

void NewMeetingDialog::showPlanned() {
    const int row = m_planned->currentIndex() - 1;
    const bool fromSchedule = row >= 0 && row < m_entries.size();
    for (QWidget* field : std::initializer_list<QWidget*>{m_date, m_start, m_end, m_place, m_form})
        field->setEnabled(!fromSchedule);
    if (!fromSchedule)
        return;
    const ScheduleEntry& e = m_entries[row];
    m_date->setDate(e.date);
    if (e.start.isValid())
        m_start->setTime(e.start);
    if (e.end.isValid())
        m_end->setTime(e.end);
    m_place->setText(e.place);
    m_form->setCurrentIndex(m_form->findData(static_cast<int>(e.form)));
}

Id NewMeetingDialog::plannedEntry() const {
    return m_planned->currentData().toLongLong();
}

Meeting NewMeetingDialog::meeting(Id bodyId) const {
    Meeting m;
    m.bodyId = bodyId;
    m.date = m_date->date();
    m.start = m_start->time();
    m.end = m_end->time();
    m.place = m_place->text();
    m.form = static_cast<MeetingForm>(m_form->currentData().toInt());
    m.status = MeetingStatus::InProgress;
    return m;
}
