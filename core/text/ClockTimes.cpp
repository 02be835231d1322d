#include "ClockTimes.h"

#include "MeetingText.h"
#include "SwedishTerms.h"

#include <QHash>
#include <algorithm>
#include <optional>

namespace paragraf {
namespace {

QString clock(const QTime& t) {
    return t.toString(QStringLiteral("HH.mm"));
}

// "10.30–10.45"; only the start while the meeting is still adjourned.
QString span(const Adjournment& a) {
    return a.isOpen() ? clock(a.start) : clock(a.start) + QChar(0x2013) + clock(a.end);
}

using Interval = std::pair<QTime, QTime>;

// The participant's presence as clock intervals, replayed from the events in paragraph order;
// nothing when a time it needs is unknown.
std::optional<QList<Interval>> presenceIntervals(const MeetingRecord& record, Id participantId) {
    const Participant* who = record.participant(participantId);
    if (!who)
        return std::nullopt;
    QHash<Id, int> position;
    for (const auto& p : record.paragraphs)
        position.insert(p.id, p.position);
    QList<AttendanceEvent> events;
    for (const auto& e : record.events)
        if (e.participantId == participantId &&
            (e.kind == AttendanceEventKind::Arrive || e.kind == AttendanceEventKind::Leave))
            events << e;
    const auto at = [&](const AttendanceEvent& e) {
        return e.paragraphId == NoId ? INT_MAX : position.value(e.paragraphId, INT_MAX);
    };
    std::stable_sort(events.begin(), events.end(),
                     [&](const auto& a, const auto& b) { return at(a) < at(b); });
    QList<Interval> intervals;
    std::optional<QTime> since;
    if (who->presentAtStart || who->servesForAtStart != NoId)
        since = record.meeting.start;
    for (const auto& e : events) {
        const QTime time = noteAsClock(e.clockTime);
        if (e.kind == AttendanceEventKind::Arrive && !since)
            since = time;
        else if (e.kind == AttendanceEventKind::Leave && since) {
            intervals.append({*since, time});
            since.reset();
        }
    }
    if (since)
        intervals.append({*since, record.meeting.end});
    for (const auto& [from, to] : intervals)
        if (!from.isValid() || !to.isValid())
            return std::nullopt;
    return intervals;
}

} // namespace

QTime noteAsClock(const QString& noted) {
    for (const char* format : {"H.mm", "H:mm", "HH.mm", "HH:mm"}) {
        const QTime t = QTime::fromString(noted.trimmed(), QLatin1String(format));
        if (t.isValid())
            return t;
    }
    return {};
}

QString adjournmentsText(const MeetingRecord& record) {
    QStringList spans;
    // Every pause of the day, in the order held; one inside a paragraph is also told there.
    for (const auto& a : record.adjournments)
        spans << span(a) + (a.reason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(a.reason));
    if (spans.isEmpty())
        return {};
    return QStringLiteral("ajournering kl. ") + swedishNameList(spans);
}

QString meetingTimeAndPlaceText(const MeetingRecord& record) {
    const Meeting& m = record.meeting;
    QStringList parts;
    parts << (swedishDate(m.date) + QLatin1Char(' ') + swedishTimeSpan(m.start, m.end)).trimmed();
    if (const QString between = adjournmentsText(record); !between.isEmpty())
        parts << between;
    parts << (m.place.isEmpty() ? swedishForm(m.form) : m.place);
    return parts.join(QStringLiteral(", "));
}

QList<ParagraphPart> adjournmentParts(const MeetingRecord& record, const Paragraph& paragraph) {
    QList<ParagraphPart> parts;
    for (const auto& a : record.adjournments) {
        if (!a.withinParagraph || a.paragraphId != paragraph.id)
            continue;
        const QString reason = a.reason.isEmpty() ? QString() : QStringLiteral(" för ") + a.reason;
        parts.append({ParagraphPart::Text,
                      QStringLiteral("Sammanträdet ajourneras kl. %1%2.").arg(span(a), reason),
                      {}});
    }
    return parts;
}

QString presenceClockText(const MeetingRecord& record, Id participantId) {
    const auto intervals = presenceIntervals(record, participantId);
    if (!intervals || intervals->isEmpty())
        return {};
    const Meeting& m = record.meeting;
    if (intervals->size() == 1 && intervals->first() == Interval{m.start, m.end})
        return {};
    QStringList spans;
    for (const auto& [from, to] : *intervals)
        spans << clock(from) + QChar(0x2013) + clock(to);
    return QStringLiteral("kl. ") + swedishNameList(spans);
}

} // namespace paragraf
