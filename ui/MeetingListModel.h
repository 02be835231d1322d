#pragma once

#include "storage/MeetingRepository.h"

#include <QAbstractTableModel>

// The meetings of the open file, one row each: date, body, status, paragraphs.
class MeetingListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DateColumn, ParagraphsColumn, StatusColumn, BodyColumn, ColumnCount };
    static constexpr int MeetingIdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setMeetings(const QList<paragraf::MeetingSummary>& meetings);
    paragraf::Id meetingAt(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString statusText(paragraf::MeetingStatus status);

private:
    QList<paragraf::MeetingSummary> m_meetings;
};
