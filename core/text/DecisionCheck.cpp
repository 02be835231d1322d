#include "DecisionCheck.h"

#include "SearchText.h"
#include "i18n/TrContexts.h"
#include "rules/Proceedings.h"

#include <QRegularExpression>

namespace paragraf {
namespace {

// The wording as compared: read as written (the decision is stored as Markdown), folded as the
// search folds it, spaces collapsed, without the "att" a motion begins with and its full stop.
QString comparable(const QString& text) {
    static const QRegularExpression leadingAtt(QStringLiteral("^att "));
    QString folded = foldForSearch(readableOfMarkdown(text)).simplified().remove(leadingAtt);
    while (folded.endsWith(QLatin1Char('.')))
        folded.chop(1);
    return folded;
}

// A motion named in a message: on one line, its first words only (a tester's 180 KB amendment
// filled the terminal), without characters that turn the direction of the text.
QString shortened(const QString& text) {
    QString line = text.simplified();
    line.removeIf(
        [](QChar c) { return c.direction() >= QChar::DirLRE && c.direction() <= QChar::DirPDF; });
    return line.size() > 80 ? line.left(79) + QStringLiteral("…") : line;
}

QString motionAgainst(const Motion& carried, const QString& decision) {
    switch (carried.kind) {
    case MotionKind::Approval:
        return {};
    case MotionKind::Rejection:
        // "avslå", "avslås", "avslag", "avslaget"; not "avslutas".
        return decision.contains(QStringLiteral("avslå")) ||
                       decision.contains(QStringLiteral("avslag"))
                   ? QString()
                   : DecisionRulesText::tr("the motion to reject (avslag) was carried, but the "
                                           "decision does not say avslå or avslag");
    case MotionKind::Referral:
        return decision.contains(QStringLiteral("återremi")) ||
                       decision.contains(QStringLiteral("remitter"))
                   ? QString()
                   : DecisionRulesText::tr("the motion to refer the matter back (återremiss) "
                                           "was carried, but the decision does not say återremiss");
    case MotionKind::Amendment: {
        const QString wording = comparable(carried.text);
        return wording.isEmpty() || decision.contains(wording)
                   ? QString()
                   : DecisionRulesText::tr("the amendment \"%1\" was carried, but the decision "
                                           "does not hold its wording")
                         .arg(shortened(carried.text));
    }
    }
    return {};
}

} // namespace

QString decisionAgainstOutcome(const MeetingRecord& record, const Paragraph& paragraph,
                               const ParagraphAttendance& attendance) {
    const Proceedings& p = paragraph.proceedings;
    const int carried = decidedMotion(p, attendance, record.meeting.chairId);
    const QString decision = comparable(paragraph.decision);
    if (carried < 0 || carried >= p.motions.size() || decision.isEmpty())
        return {};
    return motionAgainst(p.motions[carried], decision);
}

QStringList decisionsAgainstOutcome(const MeetingRecord& record,
                                    const AttendanceTimeline& timeline) {
    QStringList found;
    for (const Paragraph& p : record.paragraphs) {
        const ParagraphAttendance* at = timeline.at(p.id);
        if (p.kind != ParagraphKind::Decision || !at)
            continue;
        // Before sending, a decision still unwritten where a motion was carried is said too.
        const int carried = decidedMotion(p.proceedings, *at, record.meeting.chairId);
        if (carried >= 0 && carried < p.proceedings.motions.size() &&
            comparable(p.decision).isEmpty())
            found << QStringLiteral("§ %1: %2")
                         .arg(p.number)
                         .arg(DecisionRulesText::tr(
                             "a motion was carried, but the decision is empty"));
        else if (const QString against = decisionAgainstOutcome(record, p, *at); !against.isEmpty())
            found << QStringLiteral("§ %1: %2").arg(p.number).arg(against);
    }
    return found;
}

} // namespace paragraf
