#pragma once

#include "model/BodyRules.h"

#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

// The rules of a body that change what its protocols say (model/BodyRules.h), as form rows: in
// the body's rules, and in a meeting's details for the meeting's own copy. The attendance
// appendix is a yes/no of the meeting's; the body chooses it by size in its own page.
class RulesFields : public QWidget {
    Q_OBJECT
public:
    RulesFields(const paragraf::MeetingRules& rules, bool withAppendix, QWidget* parent = nullptr);
    paragraf::MeetingRules rules() const;

    QLineEdit* prefix() const { return m_prefix; }
    QSpinBox* adjusters() const { return m_adjusters; }
    QLineEdit* signatureLabel() const { return m_label; }
    QCheckBox* attClauses() const { return m_att; }
    QCheckBox* rejoin() const { return m_rejoin; }
    QCheckBox* appendix() const { return m_appendix; }
    QFormLayout* form() const { return m_form; }

private:
    QFormLayout* m_form;
    QLineEdit* m_prefix;
    QSpinBox* m_adjusters;
    QLineEdit* m_label;
    QCheckBox* m_att;
    QCheckBox* m_rejoin;
    QCheckBox* m_appendix = nullptr;
};
