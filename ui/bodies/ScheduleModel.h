#pragma once

#include "model/ScheduleEntry.h"

#include <QAbstractTableModel>

// A body's planned meetings of a year: date, time, kind, form, place, with whom, and whether the
// meeting has been created.
class ScheduleModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, Time, Kind, Form, Place, Joint, Note, Meeting, ColumnCount };

    explicit ScheduleModel(QObject* parent = nullptr);
    void setEntries(const QList<paragraf::ScheduleEntry>& entries);
    const paragraf::ScheduleEntry* entryAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<paragraf::ScheduleEntry> m_entries;
};
