#pragma once

#include "document/DocumentKind.h"
#include "model/MeetingRecord.h"

class QWidget;

namespace paragraf {
class Database;
}

// Print preview, printing and export of the meeting's documents, from the core's documents:
// what is printed is what is exported. Exports run beside the window with progress shown.
namespace DocumentOutput {

void printPreview(QWidget* parent, const paragraf::MeetingRecord& record);
void print(QWidget* parent, const paragraf::MeetingRecord& record);
// A PDF is entered in the database's register of issued documents once it is written.
void exportTo(QWidget* parent, const paragraf::Database& database,
              const paragraf::MeetingRecord& record, paragraf::DocumentFormat format,
              const paragraf::DocumentRequest& request = {});

} // namespace DocumentOutput
