#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace paragraf {

enum class DocumentKind {
    Protocol,   // protokoll: header, signatures, notice-board block, contents, every §
    Notes,      // minnesanteckningar: the same content, a lighter header, no adjustment
    Extract,    // protokollsutdrag of chosen paragraphs, with "Rätt utdraget intygar"
    Notice,     // kallelse med föredragningslista
    Certificate // anslagsbevis on a page of its own
};

enum class DocumentFormat { Pdf, Odt };

struct DocumentRequest {
    DocumentKind kind = DocumentKind::Protocol;
    QList<int> paragraphNumbers;     // for an extract
    QDate postedOn;                  // the day the protocol goes up on the notice board, if known
    bool attendanceAppendix = false; // a protocol's appendix: who served, and voted, at each §
};

QString codeOf(DocumentKind kind);
std::optional<DocumentKind> documentKindFromCode(const QString& code);
QString documentTitleOf(DocumentKind kind, bool notesBody); // "PROTOKOLL", "KALLELSE", …

} // namespace paragraf
