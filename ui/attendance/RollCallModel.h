#pragma once

#include "model/Participant.h"

#include <QAbstractTableModel>

class MeetingSession;

// The roll call's list: every member, then the substitutes by party in the order of election,
// with what the roll call made of each (present, absent, serving for someone from the start).
// Read from the meeting as it stands; it is rebuilt when the attendance changes.
class RollCallModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, PartyColumn, OrderColumn, StateColumn, ColumnCount };
    static constexpr int ParticipantIdRole = Qt::UserRole + 1;

    explicit RollCallModel(MeetingSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    paragraf::Id participantAt(int row) const;
    int rowOf(paragraf::Id participantId) const;
    int absentMembers() const;

private:
    void rebuild();
    QString stateText(const paragraf::Participant& p) const;

    MeetingSession& m_session;
    QList<paragraf::Participant> m_rows;
};
