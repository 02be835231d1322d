#pragma once

#include "model/Meeting.h"
#include "model/ScheduleEntry.h"

#include <QDialog>

class QComboBox;
class DateField;
class QLabel;
class QLineEdit;
class QTimeEdit;

// Date, time, place and form of a new meeting of a body, chosen among the planned dates of its
// schedule (the first one not yet held is offered) or entered freely.
class NewMeetingDialog : public QDialog {
    Q_OBJECT
public:
    // `bodyName` is named in the title and at the top: the meeting is made for that body.
    explicit NewMeetingDialog(const QString& bodyName,
                              const QList<paragraf::ScheduleEntry>& planned = {},
                              QWidget* parent = nullptr);
    paragraf::Meeting meeting(paragraf::Id bodyId) const;
    // The planned date chosen, or NoId for a meeting outside the schedule.
    paragraf::Id plannedEntry() const;
    QComboBox* planned() const { return m_planned; }
    QLabel* body() const { return m_body; }
    DateField* date() const { return m_date; }

private:
    void showPlanned();

    QList<paragraf::ScheduleEntry> m_entries;
    QLabel* m_body;
    QComboBox* m_planned;
    DateField* m_date;
    QTimeEdit* m_start;
    QTimeEdit* m_end;
    QLineEdit* m_place;
    QComboBox* m_form;
};
