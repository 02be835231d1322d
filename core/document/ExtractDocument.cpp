// Protokollsutdrag: the header facts, the chosen paragraphs, and the certification.
#include "DocumentBuilder.h"
#include "TextComposer.h"
#include "rules/ParagraphRanges.h"
#include "text/ClockTimes.h"
#include "text/MeetingText.h"

namespace paragraf {

void buildExtract(TextComposer& composer, const MeetingRecord& record,
                  const QList<Paragraph>& chosen) {
    QList<int> numbers;
    for (const auto& p : chosen)
        numbers << p.number;
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
    composer.rows(rows);
    for (const auto& p : chosen)
        parts::writeParagraph(composer, record, p);

    QString secretary;
    if (const Participant* who = record.participant(record.meeting.secretaryId))
        secretary = who->name;
    composer.space(8);
    composer.rows({{QStringLiteral("Rätt utdraget\nintygar"),
                    {QString(), QStringLiteral("…………………………………………………"), secretary}},
                   {QStringLiteral("Datum"), {QStringLiteral("……………………………")}}});
}

} // namespace paragraf
