#pragma once

#include "model/ScheduleEntry.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class DateField;
class QLineEdit;
class QTimeEdit;

// One planned meeting: its day (or two), time, kind, form, place, the body it is held with and a
// note. A time can be left out (the seeds often give only the day).
class ScheduleEntryDialog : public QDialog {
    Q_OBJECT
public:
    explicit ScheduleEntryDialog(const paragraf::ScheduleEntry& entry, QWidget* parent = nullptr);
    paragraf::ScheduleEntry entry() const;

    DateField* date() const { return m_date; }
    QComboBox* kind() const { return m_kind; }
    QLineEdit* place() const { return m_place; }

private:
    paragraf::ScheduleEntry m_entry;
    DateField* m_date;
    DateField* m_endDate;
    QCheckBox* m_timed;
    QTimeEdit* m_start;
    QTimeEdit* m_end;
    QComboBox* m_kind;
    QComboBox* m_form;
    QLineEdit* m_place;
    QLineEdit* m_joint;
    QLineEdit* m_note;
};
