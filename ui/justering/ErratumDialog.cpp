#include "ErratumDialog.h"

#include "adjustment/ErratumService.h"
#include "common/DateField.h"
#include "text/SwedishTerms.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace paragraf;

ErratumDialog::ErratumDialog(const Database& database, const MeetingRecord& record, Id paragraphId,
                             QWidget* parent)
    : QDialog(parent), m_database(database), m_meetingId(record.meeting.id),
      m_paragraph(new QComboBox(this)), m_text(new QPlainTextEdit(this)),
      m_reason(new QLineEdit(this)), m_decidedBy(new QLineEdit(this)),
      m_decidedOn(new DateField(QDate::currentDate(), this)), m_problem(new QLabel(this)) {
    setWindowTitle(tr("Record a rättelse"));
    m_paragraph->addItem(tr("The protocol as a whole"), NoId);
    for (const Paragraph& p : record.paragraphs) {
        m_paragraph->addItem(QStringLiteral("§ %1 %2").arg(p.number).arg(p.title), p.id);
        if (p.id == paragraphId)
            m_paragraph->setCurrentIndex(m_paragraph->count() - 1);
    }
    // Those who adjusted the protocol decide its corrections, as a rule.
    QStringList adjusters;
    if (const Participant* chair = record.participant(record.meeting.chairId))
        adjusters << chair->name;
    for (Id id : record.meeting.adjusterIds)
        if (const Participant* who = record.participant(id))
            adjusters << who->name;
    m_decidedBy->setText(swedishNameList(adjusters));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a40000"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Paragraph"), m_paragraph);
    form->addRow(tr("Correct &wording"), m_text);
    form->addRow(tr("&Reason"), m_reason);
    form->addRow(tr("Decided &by"), m_decidedBy);
    form->addRow(tr("Decided &on"), m_decidedOn);
    form->addRow(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* save = buttons->addButton(tr("Re&cord"), QDialogButtonBox::AcceptRole);
    save->setDefault(true);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ErratumDialog::record);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 360);
}

void ErratumDialog::record() {
    if (!DateField::allAcceptable(this))
        return;
    const auto recorded =
        ErratumService(m_database)
            .record(m_meetingId, m_paragraph->currentData().toLongLong(), m_text->toPlainText(),
                    m_reason->text(), m_decidedBy->text(), m_decidedOn->date());
    if (!recorded) {
        m_problem->setText(recorded.error());
        return;
    }
    accept();
}
