// Protokoll and minnesanteckningar in the layout of seed 001.
#include "DocumentBuilder.h"
#include "TextComposer.h"
#include "text/AdjustmentParts.h"
#include "text/AttendanceAppendix.h"
#include "text/MeetingText.h"

namespace paragraf {

void buildProtocol(TextComposer& composer, BuiltDocument& document, const MeetingRecord& record,
                   const DocumentRequest& request, bool withPageNumbers) {
    composer.rows(protocolHeaderRows(record));
    composer.signatures(signatories(record), record.rules.signatureLabel);
    parts::writeNoticeBoardBlock(composer, record, request.postedOn);

    composer.pageBreak();
    composer.heading(QStringLiteral("Innehållsförteckning"), 1);
    QStringList entries;
    for (const auto& p : record.paragraphs)
        entries << paragraphLabel(record.rules, p.number) + QLatin1Char(' ') + p.title;
    QTextTable* contents = composer.contentsTable(entries);
    if (withPageNumbers)
        document.contents = contents;

    composer.pageBreak();
    for (const auto& p : record.paragraphs)
        document.contentsTargets << parts::writeParagraph(composer, record, p);
    if (request.attendanceAppendix || record.rules.attendanceAppendix) {
        composer.pageBreak();
        // The header's "se bilaga 1" points here.
        composer.heading(record.rules.attendanceAppendix
                             ? QStringLiteral("Bilaga 1: Närvaro- och voteringslista")
                             : QStringLiteral("Bilaga: Tjänstgöring och omröstningar"),
                         1);
        composer.grid(attendanceAppendixRows(record), {8, 62, 30});
    }
    // On a page of its own at the end, so that the record of the adjustment and its checksum
    // are the protocol's last page and stay together.
    if (const auto adjustment = adjustmentRecordParts(record); !adjustment.isEmpty()) {
        composer.pageBreak();
        parts::writeParts(composer, adjustment);
    }
}

void buildNotes(TextComposer& composer, const MeetingRecord& record) {
    composer.rows(protocolHeaderRows(record));
    for (const auto& p : record.paragraphs)
        parts::writeParagraph(composer, record, p);
}

} // namespace paragraf
