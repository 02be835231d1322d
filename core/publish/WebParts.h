#pragma once

#include "HtmlText.h"
#include "model/MeetingRecord.h"
#include "text/MeetingText.h"
#include "text/NoticeBoard.h"
#include "text/ParagraphParts.h"

namespace paragraf {

// The pieces of the web pages, each written from the parts the archive copy is written from.

// "p-27": the anchor of a paragraph's heading, for the contents' links.
QString paragraphAnchor(const Paragraph& paragraph);

// <section> with an h2 and the rows as a description list (<dt> label, a <dd> per value).
void writeHeaderSection(HtmlWriter& out, const QString& heading, const QString& id,
                        const QList<HeaderRow>& rows);
void writeDescriptionList(HtmlWriter& out, const QList<HeaderRow>& rows);

// The notice board's facts (text/NoticeBoard.h) with the last day to appeal, without the
// signature line of the paper anslag.
QList<HeaderRow> noticeRows(const MeetingRecord& record, const QDate& postedOn = {});
void writeNoticeSection(HtmlWriter& out, const MeetingRecord& record);
// The last day to appeal the decisions: three weeks from the posting (adjustment/Deadlines.h),
// invalid before it.
QDate lastDayToAppeal(const NoticeBoardFacts& facts);

// A paragraph as paragraphParts gives it: its title as an h2, its sub-headings as h3, the named
// vote as a table with a caption.
void writeParagraph(HtmlWriter& out, const MeetingRecord& record, const Paragraph& paragraph);

// Rows whose first is the header (<th scope="col">) and whose first column names the row
// (<th scope="row">), in a box that scrolls by itself when wider than a phone.
void writeTable(HtmlWriter& out, const QList<QStringList>& rows, const QString& caption);

// adjustmentRecordParts under an h2: the day, each signatory's act in words, the checksum.
void writeAdjustmentRecord(HtmlWriter& out, const QList<ParagraphPart>& parts);

} // namespace paragraf
