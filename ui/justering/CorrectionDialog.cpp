#include "CorrectionDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace paragraf;

namespace {
// What a field entry of the combo box holds: the field and, for a section, its id.
constexpr int FieldRole = Qt::UserRole;
constexpr int SectionRole = Qt::UserRole + 1;
} // namespace

CorrectionDialog::CorrectionDialog(const MeetingRecord& record, Purpose purpose, Id paragraphId,
                                   QWidget* parent)
    : QDialog(parent), m_record(record), m_paragraph(new QComboBox(this)),
      m_field(new QComboBox(this)), m_text(new QPlainTextEdit(this)),
      m_reason(new QLineEdit(this)) {
    const bool accepting = purpose == Purpose::AcceptRemark;
    setWindowTitle(accepting ? tr("Accept the remark") : tr("Correct the text"));
    m_paragraph->setAccessibleName(tr("Paragraph"));
    m_field->setAccessibleName(tr("Text to correct"));
    m_text->setAccessibleName(tr("New wording"));
    m_reason->setAccessibleName(accepting ? tr("Answer") : tr("Reason"));
    for (const Paragraph& p : record.paragraphs) {
        m_paragraph->addItem(QStringLiteral("§ %1 %2").arg(p.number).arg(p.title), p.id);
        if (p.id == paragraphId)
            m_paragraph->setCurrentIndex(m_paragraph->count() - 1);
    }
    m_paragraph->setEnabled(!(accepting && paragraphId != NoId));
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Paragraph"), m_paragraph);
    form->addRow(tr("&Text"), m_field);
    form->addRow(tr("&New wording"), m_text);
    form->addRow(accepting ? tr("&Answer (optional)") : tr("&Reason"), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_paragraph, &QComboBox::currentIndexChanged, this, &CorrectionDialog::fillFields);
    connect(m_field, &QComboBox::currentIndexChanged, this, &CorrectionDialog::showCurrentText);
    resize(620, 420);
    fillFields();
}

const Paragraph* CorrectionDialog::chosenParagraph() const {
    const Id id = m_paragraph->currentData().toLongLong();
    for (const Paragraph& p : m_record.paragraphs)
        if (p.id == id)
            return &p;
    return nullptr;
}

void CorrectionDialog::fillFields() {
    const QSignalBlocker blocker(m_field);
    m_field->clear();
    if (const Paragraph* p = chosenParagraph()) {
        m_field->addItem(tr("Decision"), static_cast<int>(TextField::Decision));
        m_field->addItem(tr("Title"), static_cast<int>(TextField::Title));
        for (const Section& s : p->sections) {
            m_field->addItem(s.heading.isEmpty() ? tr("Text") : s.heading,
                             static_cast<int>(TextField::Section));
            m_field->setItemData(m_field->count() - 1, s.id, SectionRole);
        }
        // Remarks are mostly about what was said and decided: start at the last section.
        m_field->setCurrentIndex(p->sections.isEmpty() ? 0 : m_field->count() - 1);
    }
    showCurrentText();
}

void CorrectionDialog::showCurrentText() {
    m_text->setPlainText(currentText(m_record, edit()).value_or(QString()));
}

TextEdit CorrectionDialog::edit() const {
    const Paragraph* p = chosenParagraph();
    return {p ? p->id : NoId, static_cast<TextField>(m_field->currentData(FieldRole).toInt()),
            m_field->currentData(SectionRole).toLongLong(), m_text->toPlainText()};
}

QString CorrectionDialog::reason() const {
    return m_reason->text();
}
