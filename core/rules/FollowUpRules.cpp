#include "FollowUpRules.h"

namespace paragraf {

bool isOverdue(const AssignmentRow& row, const QDate& today) {
    return row.assignment.status == AssignmentStatus::Open && row.dueOn.isValid() &&
           row.dueOn < today;
}

bool isDueAt(const AssignmentRow& row, const Meeting& meeting) {
    return row.assignment.status == AssignmentStatus::Open && row.origin.bodyId == meeting.bodyId &&
           row.origin.meetingDate < meeting.date && row.dueOn.isValid() &&
           row.dueOn <= meeting.date;
}

QList<AssignmentRow> carriedTo(const QList<AssignmentRow>& ofBody, const Meeting& meeting) {
    QList<AssignmentRow> carried;
    for (const AssignmentRow& row : ofBody) {
        if (row.origin.bodyId != meeting.bodyId || row.origin.meetingId == meeting.id)
            continue;
        const bool closedHere = row.closedAt.meetingId == meeting.id;
        const bool stillOpen = row.assignment.status == AssignmentStatus::Open &&
                               row.origin.meetingDate <= meeting.date;
        if (closedHere || stillOpen)
            carried << row;
    }
    return carried;
}

QList<AssignmentRow> selectAssignments(const QList<AssignmentRow>& rows, AssignmentState state,
                                       const QDate& today, int recentDays) {
    QList<AssignmentRow> chosen;
    for (const AssignmentRow& row : rows) {
        const bool open = row.assignment.status == AssignmentStatus::Open;
        bool wanted = true;
        switch (state) {
        case AssignmentState::Open:
            wanted = open;
            break;
        case AssignmentState::Overdue:
            wanted = isOverdue(row, today);
            break;
        case AssignmentState::RecentlyClosed:
            wanted = !open && row.assignment.closedOn.isValid() &&
                     row.assignment.closedOn.daysTo(today) <= recentDays;
            break;
        case AssignmentState::All:
            break;
        }
        if (wanted)
            chosen << row;
    }
    return chosen;
}

} // namespace paragraf
