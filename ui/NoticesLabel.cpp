#include "NoticesLabel.h"

#include "services/ScheduleService.h"
#include "text/SwedishTerms.h"

#include <QDate>

using namespace paragraf;

NoticesLabel::NoticesLabel(QWidget* parent) : QLabel(parent) {
    setAccessibleName(tr("Notices due"));
    setTextFormat(Qt::RichText);
}

void NoticesLabel::refresh(const Database* database, const QDate& today) {
    const auto due = database ? ScheduleService(*database).noticesDue(today)
                              : Result<QList<NoticeDue>>(QList<NoticeDue>());
    if (!due || due.value().isEmpty()) {
        clear();
        return;
    }
    QStringList items;
    for (const auto& notice : due.value()) {
        const QString item = tr("%1 %2").arg(notice.bodyName, swedishDate(notice.entry.date));
        items << (notice.overdue
                      ? QStringLiteral("<b>%1</b>").arg(item.toHtmlEscaped() + tr(" (late)"))
                      : item.toHtmlEscaped());
    }
    setText(tr("Notices to send: %1").arg(items.join(QStringLiteral("; "))));
}
