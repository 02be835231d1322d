#pragma once

#include "Ids.h"

#include <QDateTime>
#include <QString>

namespace paragraf {

enum class SignatoryRole { Secretary, Chair, Adjuster };
// In person on this computer with the name confirmed, recorded as signed on paper, or refused
// with a reason (reservation against the protocol's wording).
enum class SigningMethod { InPerson, OnPaper, Refused };

// One signatory's act on a protocol, bound to the SHA-256 of its canonical form at that moment
// and chained to the act before it.
struct Signature {
    Id id = NoId;
    Id meetingId = NoId;
    SignatoryRole role = SignatoryRole::Adjuster;
    Id participantId = NoId;
    QString name;
    QDateTime signedAt; // UTC, whole seconds
    SigningMethod method = SigningMethod::InPerson;
    QString reason;
    QString contentHash;
    QString chainHash;
    // On a server: the login that made the row (empty in a file, and for a signature moved in
    // from one), and whether that login is the signatory's own, so that the server gave the
    // time (docs/server.md). Not part of the chain.
    QString login;
    bool byOwnLogin = false;
};

} // namespace paragraf
