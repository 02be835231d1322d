#pragma once

#include "model/RosterEntry.h"

#include <QAbstractTableModel>

// A body's roster on a day, or its whole history: name, organisation, party, role (with the
// member a substitute stands in for), first and last day.
class RosterModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Organisation, Party, Role, From, To, ColumnCount };
    static constexpr int MembershipIdRole = Qt::UserRole + 1;

    explicit RosterModel(QObject* parent = nullptr);
    void setEntries(const QList<paragraf::RosterEntry>& entries);
    const QList<paragraf::RosterEntry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString roleText(const paragraf::RosterEntry& entry) const;
    QList<paragraf::RosterEntry> m_entries;
};
