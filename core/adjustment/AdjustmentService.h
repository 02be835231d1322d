#pragma once

#include "Result.h"
#include "model/IssuedDocument.h"
#include "model/MeetingRecord.h"
#include "model/Signature.h"
#include "rules/Signatories.h"

#include <QStringList>
#include <initializer_list>

namespace paragraf {

class Database;

// Of what kind a finding of verification is. The first three mean the stored protocol is not what
// Paragraf wrote: its content or a chain was changed outside the program (a tamperer's raw SQL
// with the triggers dropped). The others say what is missing: an archived protocol adjusted before
// signatures were recorded (or without them) has signatories who "have not signed", and a
// protocol the program itself adjusted has none of them.
enum class FindingKind {
    ContentChanged, // the content is not the one a signatory signed
    ChainBroken,    // a chain (signatures, rättelser, issued documents) or the stored order broken
    // An adjusted protocol with signatures where a signatory's is missing or a refusal: Paragraf
    // adjusts only when all have signed, so who signs was changed, or a signature removed.
    SignatoriesChanged,
    NotSigned,   // a signatory's signature is not recorded
    Refused,     // a signatory's last act is a refusal
    NotCovered,  // who presided or adjusted does not cover the paragraphs
    NotAdjusted, // the protocol is not adjusted
};

struct Finding {
    FindingKind kind = FindingKind::NotAdjusted;
    QString text;
};
// The first three kinds: the stored protocol was changed outside Paragraf.
bool isAlteration(FindingKind kind);

// What verification found. Intact means: adjusted, every signatory has signed the content as it
// is now, and the chain of signatures is unbroken.
struct Verification {
    QString contentHash;
    QList<Signature> signatures;
    QList<Finding> findings;
    // The register of documents issued for the meeting, oldest first: not part of the signed
    // content, but its chain is checked with the rest.
    QList<IssuedDocument> issued;
    bool intact() const { return findings.isEmpty(); }
    // Changed outside Paragraf: the content, a chain or who signs (the first three kinds).
    bool altered() const;
    QStringList problems() const;
    // The findings of these kinds, in words.
    QStringList problems(std::initializer_list<FindingKind> kinds) const;
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
    // On a server, by the login's own person (docs/server.md): signs in person, or refuses with a
    // reason, in every role that person has in the protocol, under the signatory's name as the
    // meeting has it (nothing typed) and at the server's time; the server records the login and
    // refuses a signature in anyone else's name. Refused for a login that is no one's person.
    Result<QList<Signature>> signAsLogin(Id meetingId,
                                         SigningMethod method = SigningMethod::InPerson,
                                         const QString& reason = {});
    Result<Verification> verify(Id meetingId) const;

    // The signatories and the paragraphs each signs for (rules/Signatories.h).
    static QList<Signatory> signatories(const MeetingRecord& record) {
        return signatoriesOf(record);
    }
    // SHA-256 over the previous link and the facts of this signature, as stored.
    static QString chainHash(const QString& previous, const Signature& signature);
    static QString firstLink();

private:
    Result<MeetingRecord> loadForSigning(Id meetingId) const;
    Result<QDateTime> signingTime(const MeetingRecord& record, const Signatory& who,
                                  SigningMethod method, const QDateTime& at) const;
    // Adds one signatory's act to the chain; the last signature adjusts the protocol.
    Result<Signature> appendSignature(const MeetingRecord& record, const Signatory& who,
                                      SigningMethod method, const QString& reason,
                                      const QDateTime& at);

    const Database& m_database;
};

} // namespace paragraf
