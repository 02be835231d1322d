#include "NoticesLabel.h"

#include "adjustment/Deadlines.h"
#include "rules/FollowUpRules.h"
#include "services/FollowUpService.h"
#include "services/ScheduleService.h"
#include "text/SwedishTerms.h"

#include <QDate>
#include <algorithm>

using namespace paragraf;

NoticesLabel::NoticesLabel(QWidget* parent) : QLabel(parent) {
    setAccessibleName(tr("Notices due"));
    setTextFormat(Qt::RichText);
}

NoticesLabel::Reminders NoticesLabel::read(const Database& database, const QDate& today) {
    Reminders reminders;
    // A reminder that cannot be read is said in its place, never left out as if none were due.
    if (auto due = ScheduleService(database).noticesDue(today))
        reminders.notices = std::move(due.value());
    else
        reminders.unread << due.error();
    if (const auto passed = DeadlineService(database).passedCount(today))
        reminders.passedDeadlines = passed.value();
    else
        reminders.unread << passed.error();
    if (const auto rows = FollowUpService(database).assignments({}))
        reminders.overdueAssignments = static_cast<int>(
            selectAssignments(rows.value(), AssignmentState::Overdue, today).size());
    else
        reminders.unread << rows.error();
    return reminders;
}

void NoticesLabel::refresh(const Database* database, const QDate& today) {
    showReminders(database ? read(*database, today) : Reminders{});
}

// Overdue adjustments, postings and notices to take down, counted: the list is one shortcut away.
void NoticesLabel::showReminders(const Reminders& reminders) {
    QStringList parts;
    if (!reminders.notices.isEmpty())
        parts << noticesText(reminders.notices);
    if (reminders.passedDeadlines > 0)
        parts << QStringLiteral("<b>%1</b>")
                     .arg(tr("%n deadline(s) passed (Adjustment → Deadlines)", nullptr,
                             reminders.passedDeadlines)
                              .toHtmlEscaped());
    if (reminders.overdueAssignments > 0)
        parts << tr("%n assignment(s) overdue (Follow-up → All assignments across bodies)", nullptr,
                    reminders.overdueAssignments)
                     .toHtmlEscaped();
    if (!reminders.unread.isEmpty())
        parts << QStringLiteral("<b>%1</b>")
                     .arg(tr("Reminders could not be read: %1")
                              .arg(reminders.unread.join(QStringLiteral("; ")))
                              .toHtmlEscaped());
    setText(parts.join(QStringLiteral(" · ")));
}

QString NoticesLabel::noticesText(const QList<NoticeDue>& notices) const {
    QStringList items;
    for (const auto& notice : notices) {
        const QString item = tr("%1 %2").arg(notice.bodyName, swedishDate(notice.entry.date));
        items << (notice.overdue
                      ? QStringLiteral("<b>%1</b>").arg(item.toHtmlEscaped() + tr(" (late)"))
                      : item.toHtmlEscaped());
    }
    return tr("Notices to send: %1").arg(items.join(QStringLiteral("; ")));
}
