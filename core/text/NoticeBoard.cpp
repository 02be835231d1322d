#include "NoticeBoard.h"

#include "ClockTimes.h"
#include "rules/ParagraphRanges.h"
#include "rules/StatutoryTime.h"

namespace paragraf {
namespace {

// The body's own wording once the protocol is adjusted; before, that it is not yet.
QString noticeTitle(bool adjusted, const NoticeRules& notice) {
    if (!adjusted)
        return QStringLiteral("ANSLAG/BEVIS – Protokollet är ännu inte justerat. Uppgifterna "
                              "fylls i när justeringen tillkännages genom anslag.");
    return notice.wording.isEmpty()
               ? QStringLiteral("ANSLAG/BEVIS – Protokollet är justerat. Justeringen har "
                                "tillkännagivits genom anslag.")
               : notice.wording;
}

} // namespace

NoticeBoardFacts noticeBoardFacts(const MeetingRecord& record, const QDate& requestedPostedOn) {
    NoticeBoardFacts facts;
    facts.adjusted = isLocked(record.meeting.status);
    const std::optional<Posting>& recorded = record.trail.posting;
    facts.postedOn = recorded ? recorded->postedOn : (facts.adjusted ? requestedPostedOn : QDate());
    facts.notice = recorded ? recorded->notice : record.notice;
    facts.takenDownOn =
        recorded && recorded->takenDownOn.isValid()
            ? recorded->takenDownOn
            : (facts.postedOn.isValid()
                   ? timeLimitEndsOn(facts.postedOn.addDays(facts.notice.days)) // up while it runs
                   : QDate());
    facts.title = noticeTitle(facts.adjusted, facts.notice);
    facts.keptAt = record.body.protocolKeptAt;
    return facts;
}

QString appealInstructions() {
    return QStringLiteral("Den som vill överklaga beslutens laglighet ska göra det inom tre "
                          "veckor från den dag då justeringen av protokollet tillkännagavs på "
                          "anslagstavlan.");
}

QList<HeaderRow> extractHeaderRows(const MeetingRecord& record, const QList<int>& numbers) {
    QList<HeaderRow> rows{
        {QStringLiteral("Sammanträdesdatum"), {record.meeting.date.toString(Qt::ISODate)}},
        {QStringLiteral("Tid och plats"), {meetingTimeAndPlaceText(record)}},
        {QStringLiteral("Utdrag ur protokollet"),
         {withPrefix(record.rules, formatParagraphList(numbers))}}};
    if (record.body.kind == BodyKind::Deciding && !adjustmentText(record.meeting).isEmpty())
        rows << HeaderRow{QStringLiteral("Justeringens tid\noch plats"),
                          {adjustmentText(record.meeting)}};
    rows << signedForRows(record, numbers);
    // An extract certifies the protocol's words; before adjustment they are not yet final.
    if (record.body.kind == BodyKind::Deciding && !isLocked(record.meeting.status))
        rows << HeaderRow{QStringLiteral("Justering"),
                          {QStringLiteral("Protokollet är ännu inte justerat.")}};
    return rows;
}

} // namespace paragraf
