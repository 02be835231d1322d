#include "FollowUpRules.h"

#include "AttendanceTimeline.h"
#include "i18n/TrContexts.h"

#include <QRegularExpression>

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

bool nameStartsWith(const QString& name, const QString& typed) {
    if (name.startsWith(typed, Qt::CaseInsensitive))
        return true;
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::any_of(words.begin(), words.end(), [&](const QString& word) {
        return word.startsWith(typed, Qt::CaseInsensitive);
    });
}

namespace {

Result<Id> speakerNamed(const MeetingRecord& record, const QSet<Id>& present,
                        const QString& typed) {
    QList<const Participant*> fitting;
    for (const Participant& p : record.participants) {
        if (!present.contains(p.id))
            continue;
        if (p.name.compare(typed, Qt::CaseInsensitive) == 0)
            return p.id;
        if (nameStartsWith(p.name, typed))
            fitting << &p;
    }
    if (fitting.size() == 1)
        return fitting.first()->id;
    if (fitting.isEmpty())
        return fail(
            FollowUpText::tr("No one present at this paragraph is called \"%1\".").arg(typed));
    QStringList names;
    for (const Participant* p : fitting)
        names << p->name;
    return fail(FollowUpText::tr("\"%1\" could be any of %2: type more of the name.")
                    .arg(typed, names.join(QStringLiteral(", "))));
}

} // namespace

Result<QList<Id>> speakersNamed(const MeetingRecord& record, Id paragraphId, const QString& names) {
    static const QRegularExpression separators(QStringLiteral("\\s*(?:,|\\boch\\b|\\band\\b)\\s*"));
    const QSet<Id> present = attendanceAt(record, paragraphId).present;
    QList<Id> ids;
    for (const QString& part : names.split(separators, Qt::SkipEmptyParts)) {
        const QString typed = part.trimmed();
        if (typed.isEmpty())
            continue;
        const auto id = speakerNamed(record, present, typed);
        if (!id)
            return fail(id.error());
        if (!ids.contains(id.value()))
            ids << id.value();
    }
    if (ids.isEmpty())
        return fail(FollowUpText::tr("Name who made the remark."));
    return ids;
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
