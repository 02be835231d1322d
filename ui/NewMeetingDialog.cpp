#include "NewMeetingDialog.h"

#include "MeetingDetailsDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QTimeEdit>

using namespace paragraf;

NewMeetingDialog::NewMeetingDialog(QWidget* parent)
    : QDialog(parent), m_date(new QDateEdit(QDate::currentDate(), this)),
      m_start(new QTimeEdit(QTime(13, 0), this)), m_end(new QTimeEdit(QTime(16, 0), this)),
      m_place(new QLineEdit(this)), m_form(new QComboBox(this)) {
    setWindowTitle(tr("New meeting"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    fillMeetingForms(m_form, MeetingForm::Physical);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("&Starts"), m_start);
    form->addRow(tr("&Ends"), m_end);
    form->addRow(tr("&Place"), m_place);
    form->addRow(tr("&Form"), m_form);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
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
