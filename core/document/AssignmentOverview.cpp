#include "AssignmentOverview.h"

#include "TextComposer.h"
#include "rules/FollowUpRules.h"
#include "text/FollowUpParts.h"

namespace paragraf {
namespace {

QString originText(const ParagraphReference& r) {
    return QStringLiteral("%1 %2 § %3")
        .arg(r.bodyName, r.meetingDate.toString(Qt::ISODate))
        .arg(r.number);
}

QString dueOnText(const AssignmentRow& row) {
    if (row.dueOn.isValid())
        return row.dueOn.toString(Qt::ISODate);
    return QStringLiteral("nästa möte");
}

// A cell a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return first)
// gets a single quote in front, as OWASP recommends against CSV injection: the text stays
// readable, in Swedish Excel too, and is never evaluated.
QString csvField(QString value) {
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && formulaStarts.contains(value.front()))
        value.prepend(QLatin1Char('\''));
    if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('"')) ||
        value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
        value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

} // namespace

QString selectionTitle(AssignmentState state, const QString& bodyName, const QString& personName) {
    QString text;
    switch (state) {
    case AssignmentState::Open:
        text = QStringLiteral("Öppna uppdrag");
        break;
    case AssignmentState::Overdue:
        text = QStringLiteral("Försenade uppdrag");
        break;
    case AssignmentState::RecentlyClosed:
        text = QStringLiteral("Nyligen avslutade uppdrag");
        break;
    case AssignmentState::All:
        text = QStringLiteral("Alla uppdrag");
        break;
    }
    text += bodyName.isEmpty() ? QStringLiteral(", alla organ") : QStringLiteral(", ") + bodyName;
    if (!personName.isEmpty())
        text += QStringLiteral(", ") + personName;
    return text;
}

QString statusText(const AssignmentRow& row, const QDate& today) {
    const Assignment& a = row.assignment;
    switch (a.status) {
    case AssignmentStatus::Open:
        return isOverdue(row, today) ? QStringLiteral("försenat") : QStringLiteral("öppet");
    case AssignmentStatus::Done:
        return QStringLiteral("klart ") + a.closedOn.toString(Qt::ISODate);
    case AssignmentStatus::Cancelled:
        return QStringLiteral("avbrutet ") + a.closedOn.toString(Qt::ISODate);
    }
    return {};
}

std::unique_ptr<BuiltDocument> buildAssignmentOverview(const AssignmentOverview& overview) {
    auto document = std::make_unique<BuiltDocument>();
    document->decor.bodyName = QStringLiteral("Uppföljning av uppdrag");
    document->decor.title = QStringLiteral("UPPDRAG");
    document->decor.date = overview.today.toString(Qt::ISODate);
    document->metadataTitle =
        QStringLiteral("Uppdrag %1").arg(overview.today.toString(Qt::ISODate));
    TextComposer composer(*document);
    composer.heading(overview.selection, 1);
    composer.labelled(QStringLiteral("Per"), overview.today.toString(Qt::ISODate));
    if (overview.rows.isEmpty()) {
        composer.text(QStringLiteral("Inga uppdrag i urvalet."));
        composer.finish();
        return document;
    }
    QList<QStringList> grid{{QStringLiteral("Uppdrag"), QStringLiteral("Ansvariga"),
                             QStringLiteral("Givet vid"), QStringLiteral("Senast"),
                             QStringLiteral("Status")}};
    for (const AssignmentRow& row : overview.rows) {
        QString what = row.assignment.text;
        if (!row.assignment.note.isEmpty())
            what += QStringLiteral(" (") + row.assignment.note + QLatin1Char(')');
        grid << QStringList{what, holderNames(row.assignment.holders), originText(row.origin),
                            dueOnText(row), statusText(row, overview.today)};
    }
    composer.grid(grid, {30, 20, 22, 15, 13});
    composer.finish();
    return document;
}

QByteArray assignmentsCsv(const QList<AssignmentRow>& rows, const QDate& today) {
    QStringList lines{QStringLiteral("Organ;Sammanträde;Paragraf;Ärende;Uppdrag;Ansvariga;"
                                     "Senast;Status;Avslutat;Avslutat vid;Anteckning")};
    for (const AssignmentRow& row : rows) {
        const Assignment& a = row.assignment;
        const QString closedAt =
            row.closedAt.paragraphId == NoId ? QString() : originText(row.closedAt);
        QStringList fields{row.origin.bodyName,
                           row.origin.meetingDate.toString(Qt::ISODate),
                           QString::number(row.origin.number),
                           row.origin.title,
                           a.text,
                           holderNames(a.holders),
                           row.dueOn.isValid() ? row.dueOn.toString(Qt::ISODate)
                                               : QStringLiteral("nästa möte"),
                           statusText(row, today).section(QLatin1Char(' '), 0, 0),
                           a.closedOn.isValid() ? a.closedOn.toString(Qt::ISODate) : QString(),
                           closedAt,
                           a.note};
        for (QString& f : fields)
            f = csvField(f);
        lines << fields.join(QLatin1Char(';'));
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

} // namespace paragraf
