#pragma once

#include "model/MeetingRecord.h"

#include <QDialog>

class QComboBox;
class DateField;
class QLineEdit;
class QListWidget;
class QTimeEdit;
class RulesFields;

// The forms a meeting can take, as choices in a combo box, with `current` chosen.
void fillMeetingForms(QComboBox* box, paragraf::MeetingForm current);

// The facts of a meeting that head and close its protocol: when and where, who chaired, who kept
// the minutes, who adjusts them and when, and the next meeting. Chair and adjusters are chosen
// among the members who took part in a decision; the secretary among everyone present.
class MeetingDetailsDialog : public QDialog {
    Q_OBJECT
public:
    explicit MeetingDetailsDialog(const paragraf::MeetingRecord& record, QWidget* parent = nullptr);
    // The meeting as the dialog now describes it.
    paragraf::Meeting meeting() const;

    QComboBox* chair() const { return m_chair; }
    QComboBox* secretary() const { return m_secretary; }
    QListWidget* adjusters() const { return m_adjusters; }
    DateField* adjustmentDate() const { return m_adjustmentDate; }
    QLineEdit* adjustmentPlace() const { return m_adjustmentPlace; }
    QLineEdit* adjustmentTime() const { return m_adjustmentTime; }
    // The meeting's copy of the body's rules; read-only once the protocol is sent.
    RulesFields* rulesFields() const { return m_rules; }
    paragraf::MeetingRules rules() const;

private:
    void fillPeople(const paragraf::MeetingRecord& record);
    bool adjustmentTimeAcceptable();
    static DateField* optionalDate(const QDate& date, QWidget* parent);
    static QDate optionalValue(const DateField* edit);

    paragraf::Meeting m_meeting;
    DateField* m_date;
    QTimeEdit* m_start;
    QTimeEdit* m_end;
    QLineEdit* m_place;
    QComboBox* m_form;
    QComboBox* m_chair;
    QComboBox* m_secretary;
    QListWidget* m_adjusters;
    DateField* m_adjustmentDate;
    // Made in the order of the form, which Tab follows: the date, the time, the place.
    QLineEdit* m_adjustmentTime;
    QLineEdit* m_adjustmentPlace;
    DateField* m_nextDate;
    QLineEdit* m_nextNote;
    RulesFields* m_rules;
};
