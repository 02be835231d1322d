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
    // An official or guest already at the meeting, to change their name, role or kind.
    ParticipantDialog(const paragraf::Participant& existing, QWidget* parent);
    // The participant as entered; for an existing one, everything else of them kept.
    paragraf::Participant participant() const;

private:
    paragraf::Participant m_existing;
    QLineEdit* m_name;
    QLineEdit* m_role;
    QComboBox* m_kind;
};
