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

void NoticesLabel::refresh(const Database* database, const QDate& today) {
    QStringList parts;
    if (database) {
        if (const QString notices = noticesText(*database, today); !notices.isEmpty())
            parts << notices;
        if (const QString deadlines = overdueText(*database, today); !deadlines.isEmpty())
            parts << deadlines;
        if (const QString late = lateAssignmentsText(*database, today); !late.isEmpty())
            parts << late;
    }
    setText(parts.join(QStringLiteral(" · ")));
}

QString NoticesLabel::noticesText(const Database& database, const QDate& today) const {
    const auto due = ScheduleService(database).noticesDue(today);
    if (!due || due.value().isEmpty())
        return {};
    QStringList items;
    for (const auto& notice : due.value()) {
        const QString item = tr("%1 %2").arg(notice.bodyName, swedishDate(notice.entry.date));
        items << (notice.overdue
                      ? QStringLiteral("<b>%1</b>").arg(item.toHtmlEscaped() + tr(" (late)"))
                      : item.toHtmlEscaped());
    }
    return tr("Notices to send: %1").arg(items.join(QStringLiteral("; ")));
}

// Overdue adjustments, postings and notices to take down, counted: the list is one shortcut away.
QString NoticesLabel::overdueText(const Database& database, const QDate& today) const {
    const auto deadlines = DeadlineService(database).deadlines(today);
    if (!deadlines)
        return {};
    const auto overdue = std::count_if(deadlines->cbegin(), deadlines->cend(),
                                       [](const Deadline& d) { return d.overdue; });
    if (overdue == 0)
        return {};
    return QStringLiteral("<b>%1</b>")
        .arg(
            tr("%n deadline(s) passed (Adjustment → Deadlines)", nullptr, static_cast<int>(overdue))
                .toHtmlEscaped());
}

QString NoticesLabel::lateAssignmentsText(const Database& database, const QDate& today) const {
    const auto rows = FollowUpService(database).assignments({});
    if (!rows)
        return {};
    const auto late = selectAssignments(rows.value(), AssignmentState::Overdue, today).size();
    if (late == 0)
        return {};
    return tr("%n assignment(s) overdue (Follow-up → All assignments across bodies)", nullptr,
              static_cast<int>(late))
        .toHtmlEscaped();
}
