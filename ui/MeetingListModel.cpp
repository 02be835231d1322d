#include "MeetingListModel.h"

#include "rules/ParagraphRanges.h"

using namespace paragraf;

void MeetingListModel::setMeetings(const QList<MeetingSummary>& meetings) {
    beginResetModel();
    m_meetings = meetings;
    endResetModel();
}

Id MeetingListModel::meetingAt(const QModelIndex& index) const {
    return index.isValid() && index.row() < m_meetings.size() ? m_meetings[index.row()].id : NoId;
}

int MeetingListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_meetings.size());
}

int MeetingListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString MeetingListModel::statusText(MeetingStatus status) {
    switch (status) {
    case MeetingStatus::Planned:
        return tr("Planned");
    case MeetingStatus::Called:
        return tr("Called");
    case MeetingStatus::InProgress:
        return tr("In progress");
    case MeetingStatus::Draft:
        return tr("Draft");
    case MeetingStatus::OutForAdjustment:
        return tr("Out for adjustment");
    case MeetingStatus::Adjusted:
        return tr("Adjusted");
    case MeetingStatus::Announced:
        return tr("Announced");
    case MeetingStatus::Archived:
        return tr("Archived");
    }
    return {};
}

QVariant MeetingListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MeetingSummary& m = m_meetings[index.row()];
    if (role == MeetingIdRole)
        return m.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return m.date.toString(Qt::ISODate);
    case BodyColumn:
        return m.bodyName;
    case StatusColumn:
        return statusText(m.status);
    case ParagraphsColumn:
        return m.lastNumber >= m.firstNumber
                   ? QStringLiteral("§§ ") + formatNumberSpan(m.firstNumber, m.lastNumber)
                   : QString();
    }
    return {};
}

QVariant MeetingListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case BodyColumn:
        return tr("Body");
    case StatusColumn:
        return tr("Status");
    case ParagraphsColumn:
        return tr("Paragraphs");
    }
    return {};
}
