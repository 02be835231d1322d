#pragma once

#include "BuiltDocument.h"
#include "DocumentKind.h"
#include "Result.h"
#include "model/MeetingRecord.h"
#include "text/ParagraphParts.h"

#include <memory>

namespace paragraf {

// Makes the text of a document from a meeting. withPageNumbers leaves the table of contents'
// page column to the paged writer (PDF, print) and drops it for flowing formats (ODT).
Result<std::unique_ptr<BuiltDocument>>
buildDocument(const MeetingRecord& record, const DocumentRequest& request, bool withPageNumbers);

class TextComposer;

// The pieces the builders share.
namespace parts {
// The paragraphs of an extract by their numbers, in order; an error names a number the meeting
// does not have.
Result<QList<Paragraph>> chosenParagraphs(const MeetingRecord& record, const QList<int>& numbers);
int writeParagraph(TextComposer& composer, const MeetingRecord& record, const Paragraph& paragraph);
// Returns the block number of the title, if the parts have one.
int writeParts(TextComposer& composer, const QList<ParagraphPart>& parts);
void writeNoticeBoardBlock(TextComposer& composer, const MeetingRecord& record,
                           const QDate& postedOn);
int signatureBoxCount(const MeetingRecord& record);
} // namespace parts

void buildProtocol(TextComposer& composer, BuiltDocument& document, const MeetingRecord& record,
                   const DocumentRequest& request, bool withPageNumbers);
void buildNotes(TextComposer& composer, const MeetingRecord& record);
void buildExtract(TextComposer& composer, const MeetingRecord& record,
                  const QList<Paragraph>& chosen);
void buildNotice(TextComposer& composer, const MeetingRecord& record);
void buildCertificate(TextComposer& composer, const MeetingRecord& record, const QDate& postedOn);

} // namespace paragraf
