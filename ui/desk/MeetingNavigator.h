#pragma once

#include "MeetingTreeModel.h"
#include "model/Ids.h"

#include <QTreeView>

namespace paragraf {
class Database;
}

// Bodies → years → meetings of the open file, newest year and meeting first.
class MeetingNavigator : public QTreeView {
    Q_OBJECT
public:
    explicit MeetingNavigator(QWidget* parent = nullptr);
    void setDatabase(const paragraf::Database* database);
    void setDatabase(const paragraf::Database* database, const MeetingTreeModel::Outline& outline);
    void refresh();
    bool selectMeeting(paragraf::Id meetingId);
    paragraf::Id currentBody() const;
    MeetingTreeModel* treeModel() const { return m_model; }

signals:
    void meetingChosen(paragraf::Id meetingId);

private:
    MeetingTreeModel* m_model;
};
