#pragma once

#include "model/FollowUp.h"

#include <QDate>
#include <QDialog>

namespace paragraf {
class Database;
}
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

// Every assignment across bodies, as the secretary or the chair asks for them: open, overdue or
// recently closed, for one body or person. Exported as PDF for a meeting or CSV for a
// spreadsheet; one can be closed here too, outside any meeting, with a note.
class AssignmentOverviewDialog : public QDialog {
    Q_OBJECT
public:
    AssignmentOverviewDialog(const paragraf::Database& database, const QDate& today,
                             QWidget* parent = nullptr);

    QComboBox* body() const { return m_body; }
    QComboBox* person() const { return m_person; }
    QComboBox* state() const { return m_state; }
    QTableWidget* table() const { return m_table; }
    QLineEdit* note() const { return m_note; }

    void exportPdf();
    void exportCsv();
    void closeSelected(bool done);

private:
    void reload();
    void refresh();
    void fitColumns();

    const paragraf::Database& m_database;
    QDate m_today;
    QList<paragraf::AssignmentRow> m_all;
    QList<paragraf::AssignmentRow> m_shown;
    QComboBox* m_body;
    QComboBox* m_person;
    QComboBox* m_state;
    QTableWidget* m_table;
    QLabel* m_count;
    QLineEdit* m_note;
};
