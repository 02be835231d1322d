#pragma once

#include "Result.h"
#include "model/IssuedDocument.h"
#include "model/MeetingRecord.h"
#include "model/Signature.h"
#include "rules/Signatories.h"

#include <QStringList>

namespace paragraf {

class Database;

// What verification found. Intact means: adjusted, every signatory has signed the content as it
// is now, and the chain of signatures is unbroken.
struct Verification {
    QString contentHash;
    QList<Signature> signatures;
    QStringList problems;
    // The register of documents issued for the meeting, oldest first: not part of the signed
    // content, but its chain is checked with the rest.
    QList<IssuedDocument> issued;
    bool intact() const { return problems.isEmpty(); }
};

// Justering: the draft goes out for adjustment, each signatory signs (or refuses, with a
// reason) the content as it is at that moment, and the protocol becomes adjusted — final in the
// database — when all have signed the same content.
class AdjustmentService {
public:
    explicit AdjustmentService(const Database& database) : m_database(database) {}

    // Refused while a decision paragraph was decided without quorum, unless the secretary has
    // looked and confirms it (`quorumChecked`): the protocol must show it as it was.
    Status sendForAdjustment(Id meetingId, bool quorumChecked = false);
    // `confirmedName` is the name the signatory typed (in person) or the secretary recorded (on
    // paper); it must be the signatory's. Adjusts the protocol when this was the last signature.
    Result<Signature> sign(Id meetingId, SignatoryRole role, Id participantId,
                           const QString& confirmedName, SigningMethod method,
                           const QString& reason = {},
                           const QDateTime& at = QDateTime::currentDateTimeUtc());
    Result<Verification> verify(Id meetingId) const;

    // The signatories and the paragraphs each signs for (rules/Signatories.h).
    static QList<Signatory> signatories(const MeetingRecord& record) {
        return signatoriesOf(record);
    }
    // SHA-256 over the previous link and the facts of this signature, as stored.
    static QString chainHash(const QString& previous, const Signature& signature);
    static QString firstLink();

private:
    const Database& m_database;
};

} // namespace paragraf
