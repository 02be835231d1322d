// Protokollsutdrag: the header facts, the chosen paragraphs, and the certification.
#include "DocumentBuilder.h"
#include "TextComposer.h"
#include "text/NoticeBoard.h"

namespace paragraf {

void buildExtract(TextComposer& composer, const MeetingRecord& record,
                  const QList<Paragraph>& chosen) {
    QList<int> numbers;
    for (const auto& p : chosen)
        numbers << p.number;
    composer.rows(extractHeaderRows(record, numbers));
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
