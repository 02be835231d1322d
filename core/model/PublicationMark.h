#pragma once

#include "Ids.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace paragraf {

// A passage the secretary marked as not for publication (schema 15): its exact text and the
// paragraph it was marked in (NoId: the header, or a paragraph removed since). Not protocol
// content: marks are added and removed also after the adjustment.
struct PublicationMark {
    Id id = NoId;
    Id meetingId = NoId;
    Id paragraphId = NoId;
    QString passage;
    QDateTime madeAt; // UTC, whole seconds; on a server the server's clock
    QString madeBy;   // the user on a file, the login on a server
};

// A paragraph flagged as concerning an individual: the names of private persons in it are masked.
struct IndividualFlag {
    Id paragraphId = NoId;
    QDateTime madeAt;
    QString madeBy;
};

// One publication of a meeting's web copy: what was written and what was masked — each masking
// as its kind and place ("markerat\t§ 27", "personnummer\t§ 28"), never the masked text.
struct Publication {
    Id id = NoId;
    Id meetingId = NoId;
    QString paragraphs; // an extract's numbers, "27,29"; empty for the protocol
    QStringList files;
    QStringList masked;
    QDateTime madeAt;
    QString madeBy;
};

} // namespace paragraf
