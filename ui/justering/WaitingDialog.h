#pragma once

#include "adjustment/WaitingService.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace paragraf {
class Database;
}

// The protocols out for adjustment that wait for the person logged in to the server (a chair,
// an adjuster, a secretary who signs): each with its body, date, the roles the person signs in,
// and their remarks answered or not. Enter (or Open) opens the meeting to read the draft, remark
// and sign; the list is read again when the server says that one of them changed.
class WaitingDialog : public QDialog {
    Q_OBJECT
public:
    WaitingDialog(const paragraf::Database& database, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    const QList<paragraf::WaitingProtocol>& waiting() const { return m_waiting; }
    void refresh();

signals:
    void openMeeting(paragraf::Id meetingId);

private:
    const paragraf::Database& m_database;
    QList<paragraf::WaitingProtocol> m_waiting;
    QLabel* m_summary;
    QTableWidget* m_table;
};
