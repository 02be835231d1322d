#pragma once

#include "model/Ids.h"
#include "rules/AttendanceTimeline.h"

#include <QAbstractTableModel>

class MeetingSession;

// Everyone at the meeting, and what they are at the current paragraph: serving, serving for
// someone, present, absent, sitting out for jäv. Members come first, each followed by their
// personal substitute, then officials and guests.
class AttendanceModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, StateColumn, RoleColumn, ColumnCount };
    static constexpr int ParticipantIdRole = Qt::UserRole + 1;

    explicit AttendanceModel(QObject* parent = nullptr);
    void setSession(MeetingSession* session);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    paragraf::Id participantAt(int row) const;
    // The room at the current paragraph (before the first when there are none).
    const paragraf::ParagraphAttendance& current() const;
    int servingCount() const;
    int seats() const;

signals:
    void roomChanged();

private:
    void rebuild();
    paragraf::ParagraphAttendance currentAttendance() const;
    QString stateText(paragraf::Id participantId) const;
    QString roomStateText(paragraf::Id participantId) const;
    paragraf::Id presidingNow() const;

    MeetingSession* m_session = nullptr;
    QList<paragraf::Id> m_rows;
    paragraf::ParagraphAttendance m_current;
    paragraf::Id m_presiding = paragraf::NoId; // who presides over the current paragraph
};
