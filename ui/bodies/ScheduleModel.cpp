#include "ScheduleModel.h"

#include "text/SwedishTerms.h"

using namespace paragraf;

ScheduleModel::ScheduleModel(QObject* parent) : QAbstractTableModel(parent) {}

void ScheduleModel::setEntries(const QList<ScheduleEntry>& entries) {
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

const ScheduleEntry* ScheduleModel::entryAt(int row) const {
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int ScheduleModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ScheduleModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScheduleModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::DisplayRole)
        return {};
    const ScheduleEntry& e = m_entries[index.row()];
    switch (index.column()) {
    case Date:
        return e.endDate.isValid()
                   ? swedishDate(e.date) + QStringLiteral(" – ") + swedishDate(e.endDate)
                   : swedishDate(e.date);
    case Time:
        return e.start.isValid() && e.end.isValid() ? swedishTimeSpan(e.start, e.end) : QString();
    case Kind:
        return swedishScheduleKind(e.kind);
    case Form:
        return swedishForm(e.form);
    case Place:
        return e.place;
    case Joint:
        return e.jointWith;
    case Note:
        return e.note;
    case Meeting:
        return e.meetingId != NoId ? tr("created") : QString();
    default:
        return {};
    }
}

QVariant ScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Time:
        return tr("Time");
    case Kind:
        return tr("Kind");
    case Form:
        return tr("Form");
    case Place:
        return tr("Place");
    case Joint:
        return tr("Together with");
    case Note:
        return tr("Note");
    case Meeting:
        return tr("Meeting");
    default:
        return {};
    }
}
