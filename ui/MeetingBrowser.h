#pragma once

#include "model/Ids.h"

#include <QSplitter>

class MeetingListModel;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;

namespace paragraf {
class Database;
}

// The meetings of a file beside the selected meeting as protocol text.
class MeetingBrowser : public QSplitter {
    Q_OBJECT
public:
    explicit MeetingBrowser(QWidget* parent = nullptr);

    void setDatabase(const paragraf::Database* database);
    void refresh();
    bool selectMeeting(paragraf::Id meetingId);

    MeetingListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QPlainTextEdit* text() const { return m_text; }

private:
    void showMeeting(paragraf::Id meetingId);

    const paragraf::Database* m_database = nullptr;
    MeetingListModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QTableView* m_table;
    QPlainTextEdit* m_text;
};
