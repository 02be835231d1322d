#pragma once

#include "Result.h"
#include "document/DocumentKind.h"
#include "model/MeetingRecord.h"

class QPrinter;
class QWidget;

namespace paragraf {
class Database;
}

// Print preview, printing and export of the meeting's documents, from the core's documents:
// what is printed is what is exported. Exports run beside the window with progress shown.
namespace DocumentOutput {

// Every failure of these is said in a message over `parent`.
void printPreview(QWidget* parent, const paragraf::MeetingRecord& record);
void print(QWidget* parent, const paragraf::MeetingRecord& record);
// The protocol painted on a printer the caller has set up; the error says why it was not.
paragraf::Status printOn(QPrinter& printer, const paragraf::MeetingRecord& record);
// A PDF is entered in the database's register of issued documents once it is written.
void exportTo(QWidget* parent, const paragraf::Database& database,
              const paragraf::MeetingRecord& record, paragraf::DocumentFormat format,
              const paragraf::DocumentRequest& request = {});

} // namespace DocumentOutput
