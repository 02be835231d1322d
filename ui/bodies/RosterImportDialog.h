#pragma once

#include "interchange/RosterCsv.h"

#include <QDialog>

class QTableWidget;

// What a roster file holds before anything is written: its rows, or every problem with line and
// column. It can be accepted only when there are no problems.
class RosterImportDialog : public QDialog {
    Q_OBJECT
public:
    RosterImportDialog(const QString& fileName, const paragraf::RosterFile& file,
                       QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

private:
    void showRows(const paragraf::RosterFile& file);
    void showProblems(const paragraf::RosterFile& file);
    QTableWidget* m_table;
};
