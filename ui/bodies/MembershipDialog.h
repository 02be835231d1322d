#pragma once

#include "model/RosterEntry.h"

#include <QDialog>

class QComboBox;
class DateField;
class QLineEdit;
class QSpinBox;

// One seat of a body: who, for which organisation and party, in which role, for whom as a
// personal substitute or in which place of the party's order of election, and from which day. For a
// change the name is fixed and the day is when the change takes effect.
class MembershipDialog : public QDialog {
    Q_OBJECT
public:
    // `members`: the body's members on the day, whom a substitute can stand in for.
    MembershipDialog(const QList<paragraf::RosterEntry>& members, const QDate& from,
                     const paragraf::RosterEntry* changing = nullptr, QWidget* parent = nullptr);

    paragraf::Membership membership(paragraf::Id bodyId) const;
    QString personName() const;
    QString organisation() const;
    QDate from() const;

    QLineEdit* name() const { return m_name; }
    QComboBox* role() const { return m_role; }
    QComboBox* substituteFor() const { return m_substituteFor; }
    QSpinBox* electionOrder() const { return m_electionOrder; }

private:
    QLineEdit* m_name;
    QLineEdit* m_organisation;
    QLineEdit* m_party;
    QComboBox* m_role;
    QComboBox* m_substituteFor;
    QSpinBox* m_electionOrder; // a party substitute's place in the order of election; 0: none
    DateField* m_from;
};
