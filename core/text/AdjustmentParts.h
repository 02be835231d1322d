#pragma once

#include "ParagraphParts.h"

namespace paragraf {

// The rättelser of one paragraph, or of the protocol as a whole (paragraphId NoId), as notes in
// the words of a protocol: "Rättelse beslutad 2024-11-25 av …: skäl. Rätt lydelse: …".
QList<ParagraphPart> erratumParts(const MeetingRecord& record, Id paragraphId);

// The protocol's closing record of its adjustment: each signatory's signature (how and when) or
// refusal with its reason, and the SHA-256 the signatures bind. Empty for a protocol that has
// not been sent for adjustment.
QList<ParagraphPart> adjustmentRecordParts(const MeetingRecord& record);

// The day the protocol was adjusted: its last signature, in Swedish time. Invalid before.
QDate adjustedOnOf(const MeetingRecord& record);

// The same in one sentence, for a PDF's description: status, checksum and who signed.
QString adjustmentSummary(const MeetingRecord& record);

// A hash in groups of eight digits, so that it wraps on paper and can be read aloud.
QString groupedHash(const QString& hash);

} // namespace paragraf
