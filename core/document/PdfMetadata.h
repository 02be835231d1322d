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
// repeats everything PDF/A asks for: title, creator tool, producer, the pdfaid identification
// and the creation date, which is left as a placeholder of fixed width: Qt stamps the Info
// dictionary with the clock when painting begins, and stampXmpDates() copies that date into the
// packet afterwards. The two dates then agree by construction, however long the painting took.
QByteArray xmpPacket(const PdfFacts& facts);

// Text as XML 1.0 allows it: control characters (other than tab and line breaks), U+FFFE,
// U+FFFF and unpaired surrogates become spaces. The Info dictionary gets the same title.
QString metadataText(const QString& text);

// The Info dictionary's creation date as an XMP date ("2024-11-11T10:00:00+01:00"), or empty.
QString infoCreationDate(const QByteArray& pdf);

// Writes the Info dictionary's creation date into the XMP packet's placeholders, in place and
// without changing the file's length or any offset. False when either was not found.
bool stampXmpDates(QByteArray& pdf);

// The seal Paragraf wrote into a PDF's metadata, if any.
std::optional<ProtocolSeal> readSeal(const QByteArray& pdf);

} // namespace paragraf
