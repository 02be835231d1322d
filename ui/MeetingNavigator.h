#pragma once

#include "model/Meeting.h"

#include <QTreeView>

class QStandardItemModel;

namespace paragraf {
class Database;
}

// Bodies → years → meetings of the open file, newest year and meeting first.
class MeetingNavigator : public QTreeView {
    Q_OBJECT
public:
    static constexpr int MeetingIdRole = Qt::UserRole + 1;
    static constexpr int BodyIdRole = Qt::UserRole + 2;

    explicit MeetingNavigator(QWidget* parent = nullptr);
    void setDatabase(const paragraf::Database* database);
    void refresh();
    bool selectMeeting(paragraf::Id meetingId);
    paragraf::Id currentBody() const;
    QStandardItemModel* treeModel() const { return m_model; }
    static QString statusText(paragraf::MeetingStatus status);

signals:
    void meetingChosen(paragraf::Id meetingId);

private:
    const paragraf::Database* m_database = nullptr;
    QStandardItemModel* m_model;
};
