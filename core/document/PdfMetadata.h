#pragma once

#include "model/Ids.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace paragraf {

// What an exported protocol says about its adjustment in its metadata, so that a program can
// check it against the database without reading the printed page.
struct ProtocolSeal {
    QString contentHash; // SHA-256 of the canonical form, 64 hex digits
    QString status;      // the meeting's status code when exported: "adjusted", …
    Id meetingId = NoId;
    QDate meetingDate;
};

struct PdfFacts {
    QString title;       // as in the Info dictionary
    QString description; // for people: "Protokollet justerat …, kontrollsumma …"
    std::optional<ProtocolSeal> seal;
};

// The XMP packet of a PDF/A-1b document. Qt drops its own packet when one is given, so this one
// repeats everything PDF/A asks for: title, creator tool, producer and creation date equal to
// the Info dictionary's, and the pdfaid identification.
QByteArray xmpPacket(const PdfFacts& facts, const QDateTime& created);

// The Info dictionary's creation date as "yyyyMMddHHmmss" (local time), or empty.
QString infoCreationStamp(const QByteArray& pdf);

// The seal Paragraf wrote into a PDF's metadata, if any.
std::optional<ProtocolSeal> readSeal(const QByteArray& pdf);

} // namespace paragraf
