#pragma once

#include "document/DocumentKind.h"
#include "model/MeetingRecord.h"

class QWidget;

// Print preview, printing and export of the meeting's documents, from the core's documents:
// what is printed is what is exported. Exports run beside the window with progress shown.
namespace DocumentOutput {

void printPreview(QWidget* parent, const paragraf::MeetingRecord& record);
void print(QWidget* parent, const paragraf::MeetingRecord& record);
void exportTo(QWidget* parent, const paragraf::MeetingRecord& record,
              paragraf::DocumentFormat format, const paragraf::DocumentRequest& request = {});

} // namespace DocumentOutput
