#pragma once

#include "adjustment/Deadlines.h"

#include <QDialog>

class QTableWidget;

namespace paragraf {
class Database;
}

// What is due across every body of the file: protocols to adjust within 14 days, adjustments to
// post within two days, notices to take down when the three weeks of appeal have passed.
// Overdue rows stand out; a row opens its meeting.
class DeadlinesDialog : public QDialog {
    Q_OBJECT
public:
    DeadlinesDialog(const paragraf::Database& database, const QDate& today,
                    QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    const QList<paragraf::Deadline>& deadlines() const { return m_deadlines; }

signals:
    void openMeeting(paragraf::Id meetingId);

private:
    QList<paragraf::Deadline> m_deadlines;
    QTableWidget* m_table;
};
