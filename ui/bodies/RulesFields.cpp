#include "RulesFields.h"

#include "rules/FieldLimits.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

using namespace paragraf;

RulesFields::RulesFields(const MeetingRules& rules, bool withAppendix, QWidget* parent)
    : QWidget(parent), m_form(new QFormLayout(this)),
      m_prefix(new QLineEdit(rules.paragraphPrefix, this)), m_adjusters(new QSpinBox(this)),
      m_label(new QLineEdit(rules.signatureLabel, this)),
      m_att(new QCheckBox(tr("Print decisions written as att-cla&uses one clause a line"), this)),
      m_rejoin(new QCheckBox(tr("A member who left may ser&ve again when no substitute "
                                "stepped in"),
                             this)) {
    m_form->setContentsMargins(0, 0, 0, 0);
    m_prefix->setMaxLength(12);
    m_prefix->setPlaceholderText(tr("e.g. KS, KF, AU (empty: § 12)"));
    m_adjusters->setRange(1, 9);
    m_adjusters->setValue(rules.adjustersRequired);
    m_adjusters->setAccessibleName(tr("Adjusters required besides the chair"));
    m_label->setMaxLength(limits::heading);
    m_label->setPlaceholderText(tr("e.g. Justeras av (empty: Underskrifter)"));
    m_att->setChecked(rules.attClauses);
    m_rejoin->setChecked(rules.rejoinAllowed);
    m_form->addRow(tr("Paragraph prefi&x"), m_prefix);
    m_form->addRow(tr("Adjusters re&quired"), m_adjusters);
    m_form->addRow(tr("Si&gnature block label"), m_label);
    m_form->addRow(QString(), m_att);
    m_form->addRow(QString(), m_rejoin);
    if (withAppendix) {
        m_appendix = new QCheckBox(tr("Deciding members listed in an appendix (&bilaga 1)"), this);
        m_appendix->setChecked(rules.attendanceAppendix);
        m_form->addRow(QString(), m_appendix);
    }
}

MeetingRules RulesFields::rules() const {
    m_adjusters->interpretText();
    MeetingRules rules;
    rules.paragraphPrefix = m_prefix->text().trimmed();
    rules.adjustersRequired = m_adjusters->value();
    rules.signatureLabel = m_label->text().trimmed();
    rules.attClauses = m_att->isChecked();
    rules.rejoinAllowed = m_rejoin->isChecked();
    rules.attendanceAppendix = m_appendix && m_appendix->isChecked();
    return rules;
}
