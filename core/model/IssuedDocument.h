#pragma once

#include "Ids.h"

#include <QDateTime>
#include <QString>

namespace paragraf {

// One entry of the register of issued documents: a PDF Paragraf wrote for a meeting, known by
// the SHA-256 of its bytes. Kept apart from the signed content and chained like the signatures
// (docs/canonical-form.md), so that a changed or removed entry is found.
struct IssuedDocument {
    Id id = NoId;
    Id meetingId = NoId;
    QString kind;       // the document kind's code: protocol, notes, extract, notice, certificate
    QString paragraphs; // an extract's paragraph numbers, "27,29"; empty otherwise
    QString fileName;   // the file's name when issued, without its folder
    QString sha256;     // of the file's bytes, 64 lower-case hex digits
    qint64 size = 0;
    QString contentHash; // the protocol's canonical hash when issued; empty before adjustment
    QDateTime issuedAt;  // UTC, whole seconds
    QString issuedBy;    // who, when known
    QString chainHash;
};

} // namespace paragraf
