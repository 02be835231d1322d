#pragma once

#include "model/Body.h"
#include "model/BodyYear.h"
#include "model/Meeting.h"
#include "model/MeetingSummary.h"

#include <QAbstractItemModel>
#include <memory>
#include <vector>

namespace paragraf {
class Database;
}

// Bodies → years → meetings of the open file. Bodies and their years are read at once; the
// meetings of a year only when the year is opened (fetchMore), so a file with decades of
// meetings shows its tree as fast as a new one.
class MeetingTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    static constexpr int MeetingIdRole = Qt::UserRole + 1;
    static constexpr int BodyIdRole = Qt::UserRole + 2;

    explicit MeetingTreeModel(QObject* parent = nullptr);
    ~MeetingTreeModel() override;

    // The bodies and their years: what the tree shows before a year is opened, and the
    // meetings of the year of the meeting the window opens at. Plain values, so that a file
    // being opened can be read on another thread while the window is built.
    struct Outline {
        QList<paragraf::Body> bodies;
        QList<paragraf::BodyYear> years;
        paragraf::Id openBodyId = paragraf::NoId;
        int openYear = 0;
        QList<paragraf::MeetingSummary> openYearMeetings;
    };
    // `opening` is the meeting the window opens at, if any: its year is read too.
    static Outline readOutline(const paragraf::Database& database,
                               const paragraf::Meeting* opening = nullptr);

    void setDatabase(const paragraf::Database* database);
    void setDatabase(const paragraf::Database* database, const Outline& outline);
    // Reads the file again: a full reset when bodies or years changed, otherwise the meetings
    // of the years already opened are replaced in place (the view keeps what it has expanded).
    void refresh();
    // The index of a meeting, reading its year if it is not read yet; invalid if unknown.
    QModelIndex indexOfMeeting(paragraf::Id meetingId);
    static QString statusText(paragraf::MeetingStatus status);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    struct Node;
    Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOf(const Node* node) const;
    std::vector<std::unique_ptr<Node>> readBodiesAndYears() const;
    static std::vector<std::unique_ptr<Node>> bodiesAndYears(const Outline& outline);
    std::vector<std::unique_ptr<Node>> readMeetings(const Node& year) const;
    static std::vector<std::unique_ptr<Node>>
    meetingNodes(const Node& year, const QList<paragraf::MeetingSummary>& summaries);
    QModelIndex indexOfKnownMeeting(paragraf::Id meetingId) const;
    static QString toolTipOf(const Node& node);
    void replaceMeetings(Node& year);

    const paragraf::Database* m_database = nullptr;
    std::unique_ptr<Node> m_root;
};
