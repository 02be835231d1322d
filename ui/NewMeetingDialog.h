#pragma once

#include "model/Meeting.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimeEdit;

// Date, time, place and form of a new meeting of a body.
class NewMeetingDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewMeetingDialog(QWidget* parent = nullptr);
    paragraf::Meeting meeting(paragraf::Id bodyId) const;

private:
    QDateEdit* m_date;
    QTimeEdit* m_start;
    QTimeEdit* m_end;
    QLineEdit* m_place;
    QComboBox* m_form;
};
