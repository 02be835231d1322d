#pragma once

#include "model/Meeting.h"
#include "model/ScheduleEntry.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimeEdit;

// Date, time, place and form of a new meeting of a body, chosen among the planned dates of its
// schedule (the first one not yet held is offered) or entered freely.
class NewMeetingDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewMeetingDialog(const QList<paragraf::ScheduleEntry>& planned = {},
                              QWidget* parent = nullptr);
    paragraf::Meeting meeting(paragraf::Id bodyId) const;
    // The planned date chosen, or NoId for a meeting outside the schedule.
    paragraf::Id plannedEntry() const;
    QComboBox* planned() const { return m_planned; }

private:
    void showPlanned();

    QList<paragraf::ScheduleEntry> m_entries;
    QComboBox* m_planned;
    QDateEdit* m_date;
    QTimeEdit* m_start;
    QTimeEdit* m_end;
    QLineEdit* m_place;
    QComboBox* m_form;
};
