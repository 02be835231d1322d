// Protokoll and minnesanteckningar in the layout of seed 001.
#include "DocumentBuilder.h"
#include "TextComposer.h"
#include "text/AdjustmentParts.h"
#include "text/AttendanceAppendix.h"
#include "text/MeetingText.h"

namespace paragraf {

namespace {

// Each table from the top of a page, in a smaller type so that ten votes fit beside the names.
void writeAttendanceAppendix(TextComposer& composer, const AttendanceAppendix& appendix) {
    for (int t = 0; t < appendix.tables.size(); ++t) {
        composer.pageBreak();
        if (t == 0) {
            composer.heading(appendix.title, 1);
            composer.text(appendix.legend, true);
        }
        composer.grid(appendix.tables[t].rows, appendix.tables[t].widths, 8);
    }
    for (const QString& note : appendix.notes)
        composer.text(note);
}

} // namespace

void buildProtocol(TextComposer& composer, BuiltDocument& document, const MeetingRecord& record,
                   const DocumentRequest& request, bool withPageNumbers) {
    composer.rows(protocolHeaderRows(record));
    composer.signatures(signatories(record));
    parts::writeNoticeBoardBlock(composer, record, request.postedOn);

    composer.pageBreak();
    composer.heading(QStringLiteral("Innehållsförteckning"), 1);
    QStringList entries;
    for (const auto& p : record.paragraphs)
        entries << QStringLiteral("§ %1 %2").arg(p.number).arg(p.title);
    QTextTable* contents = composer.contentsTable(entries);
    if (withPageNumbers)
        document.contents = contents;

    composer.pageBreak();
    for (const auto& p : record.paragraphs)
        document.contentsTargets << parts::writeParagraph(composer, record, p);
    if (request.attendanceAppendix)
        writeAttendanceAppendix(composer, attendanceAppendix(record));
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
