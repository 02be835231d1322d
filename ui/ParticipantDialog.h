#pragma once

#include "model/Participant.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

// An official or a guest joining the meeting, with the role printed after their name.
class ParticipantDialog : public QDialog {
    Q_OBJECT
public:
    explicit ParticipantDialog(QWidget* parent = nullptr);
    paragraf::Participant participant() const;

private:
    QLineEdit* m_name;
    QLineEdit* m_role;
    QComboBox* m_kind;
};
