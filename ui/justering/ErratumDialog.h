#pragma once

#include "model/MeetingRecord.h"

#include <QDialog>

class QComboBox;
class DateField;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace paragraf {
class Database;
}

// Rättelse of an adjusted protocol: the correct wording of a paragraph (or of the protocol as a
// whole), why, who decided it and when. The signed text stays; the rättelse is shown beside it.
class ErratumDialog : public QDialog {
    Q_OBJECT
public:
    ErratumDialog(const paragraf::Database& database, const paragraf::MeetingRecord& record,
                  paragraf::Id paragraphId, QWidget* parent = nullptr);

    QComboBox* paragraph() const { return m_paragraph; }
    QPlainTextEdit* correctText() const { return m_text; }
    QLineEdit* reason() const { return m_reason; }
    QLineEdit* decidedBy() const { return m_decidedBy; }
    DateField* decidedOn() const { return m_decidedOn; }
    QLabel* problem() const { return m_problem; }
    void record();

private:
    const paragraf::Database& m_database;
    paragraf::Id m_meetingId;
    QComboBox* m_paragraph;
    QPlainTextEdit* m_text;
    QLineEdit* m_reason;
    QLineEdit* m_decidedBy;
    DateField* m_decidedOn;
    QLabel* m_problem;
};
