#include "AdjustmentService.h"

#include "ErratumService.h"
#include "IssuedDocumentService.h"
#include "i18n/TrContexts.h"
#include "model/Codes.h"
#include "rules/Proceedings.h"
#include "services/MeetingService.h"
#include "storage/Database.h"
#include "storage/LoginRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/SignatureRepository.h"
#include "storage/Transaction.h"
#include "text/CanonicalForm.h"

#include <QCryptographicHash>
#include <algorithm>

namespace paragraf {
namespace {

// The status in words of the interface's language, not its code.
QString statusWord(MeetingStatus status) {
    switch (status) {
    case MeetingStatus::Planned:
        return AdjustmentText::tr("planned");
    case MeetingStatus::Called:
        return AdjustmentText::tr("called");
    case MeetingStatus::InProgress:
        return AdjustmentText::tr("in progress");
    case MeetingStatus::Draft:
        return AdjustmentText::tr("draft");
    case MeetingStatus::OutForAdjustment:
        return AdjustmentText::tr("out for adjustment");
    case MeetingStatus::Adjusted:
        return AdjustmentText::tr("adjusted");
    case MeetingStatus::Announced:
        return AdjustmentText::tr("announced");
    case MeetingStatus::Archived:
        return AdjustmentText::tr("archived");
    }
    return codeOf(status);
}

QString roleName(SignatoryRole role) {
    switch (role) {
    case SignatoryRole::Secretary:
        return AdjustmentText::tr("the secretary");
    case SignatoryRole::Chair:
        return AdjustmentText::tr("the chair");
    case SignatoryRole::Adjuster:
        return AdjustmentText::tr("the adjuster");
    }
    return {};
}

// The signatory's last act, if any.
const Signature* lastActOf(const QList<Signature>& signatures, const Signatory& who) {
    const Signature* last = nullptr;
    for (const auto& s : signatures)
        if (s.role == who.role && s.participantId == who.participantId)
            last = &s;
    return last;
}

QStringList chainProblems(const QList<Signature>& signatures) {
    QString previous = AdjustmentService::firstLink();
    for (int i = 0; i < signatures.size(); ++i) {
        if (AdjustmentService::chainHash(previous, signatures[i]) != signatures[i].chainHash)
            return {AdjustmentText::tr("The chain of signatures is broken at signature %1 (%2).")
                        .arg(i + 1)
                        .arg(signatures[i].name)};
        previous = signatures[i].chainHash;
    }
    return {};
}

} // namespace

QString AdjustmentService::firstLink() {
    return QString(64, QLatin1Char('0'));
}

QString AdjustmentService::chainHash(const QString& previous, const Signature& s) {
    const QStringList facts{
        previous,         codeOf(s.role), s.name,       s.signedAt.toString(Qt::ISODate),
        codeOf(s.method), s.reason,       s.contentHash};
    return QString::fromLatin1(
        QCryptographicHash::hash(facts.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256)
            .toHex());
}

Status AdjustmentService::sendForAdjustment(Id meetingId, bool quorumChecked) {
    const auto record = MeetingService(m_database).load(meetingId);
    if (!record)
        return fail(record.error());
    const Meeting& m = record->meeting;
    if (m.status >= MeetingStatus::OutForAdjustment)
        return fail(AdjustmentText::tr("The protocol has already been sent for adjustment."));
    if (m.chairId == NoId || m.secretaryId == NoId || m.adjusterIds.isEmpty())
        return fail(AdjustmentText::tr("Choose the chair, the secretary and at least one adjuster "
                                       "in the meeting's details first."));
    if (const int required = record->rules.adjustersRequired; m.adjusterIds.size() < required)
        return fail(AdjustmentText::tr("The body's rules require %1 adjusters besides the chair "
                                       "(the reglemente's rule on justering); %2 named. Name "
                                       "another in the meeting's details, or change \"Adjusters "
                                       "required\" in the meeting's rules if the body's rules "
                                       "allow fewer.")
                        .arg(required)
                        .arg(m.adjusterIds.size()));
    if (const QList<int> without = paragraphsWithoutQuorum(record.value());
        !without.isEmpty() && !quorumChecked) {
        QStringList numbers;
        for (int n : without)
            numbers << QStringLiteral("§ %1").arg(n);
        return fail(AdjustmentText::tr("%1 decided without quorum (more than half of the members "
                                       "serving). Check the attendance, or confirm that it is "
                                       "right, before the protocol is sent.")
                        .arg(numbers.join(QStringLiteral(", "))));
    }
    if (const QStringList uncovered = coverageProblems(record.value()); !uncovered.isEmpty())
        return fail(uncovered.join(QLatin1Char('\n')));
    if (auto writable = m_database.requireWritable(); !writable)
        return writable;
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&]() -> Status {
        MeetingRepository meetings(connection);
        if (auto compacted = meetings.compactPositions(meetingId); !compacted)
            return compacted;
        Meeting out = m;
        out.status = MeetingStatus::OutForAdjustment;
        return meetings.updateMeeting(out);
    });
}

Result<MeetingRecord> AdjustmentService::loadForSigning(Id meetingId) const {
    auto record = MeetingService(m_database).load(meetingId);
    if (record && record->meeting.status != MeetingStatus::OutForAdjustment)
        return fail(AdjustmentText::tr("Only a protocol sent for adjustment can be signed."));
    return record;
}

Result<Signature> AdjustmentService::sign(Id meetingId, SignatoryRole role, Id participantId,
                                          const QString& confirmedName, SigningMethod method,
                                          const QString& reason, const QDateTime& at) {
    if (auto writable = m_database.requireWritable(); !writable)
        return fail(writable.error());
    return inTransaction(m_database.connection(), [&]() -> Result<Signature> {
        const auto record = loadForSigning(meetingId);
        if (!record)
            return fail(record.error());
        const QList<Signatory> required = signatories(record.value());
        const auto who = std::find_if(required.cbegin(), required.cend(), [&](const Signatory& s) {
            return s.role == role && s.participantId == participantId;
        });
        if (who == required.cend())
            return fail(AdjustmentText::tr("%1 is not %2 of this protocol.")
                            .arg(confirmedName, roleName(role)));
        if (confirmedName.trimmed() != who->name)
            return fail(AdjustmentText::tr("The name confirmed (%1) is not the signatory's (%2).")
                            .arg(confirmedName.trimmed(), who->name));
        if (method == SigningMethod::Refused && reason.trimmed().isEmpty())
            return fail(AdjustmentText::tr("A refusal to sign needs its reason."));
        return appendSignature(record.value(), *who, method, reason,
                               at.toUTC().addMSecs(-at.time().msec()));
    });
}

Result<QList<Signature>> AdjustmentService::signAsLogin(Id meetingId, SigningMethod method,
                                                        const QString& reason) {
    if (method == SigningMethod::OnPaper)
        return fail(AdjustmentText::tr("A signature on paper is recorded by the secretary."));
    if (!m_database.isServer())
        return fail(AdjustmentText::tr("Signing as the person logged in needs the organisation's "
                                       "server; in a file the signatory confirms their name."));
    if (auto writable = m_database.requireWritable(); !writable)
        return fail(writable.error());
    const auto& connection = m_database.connection();
    const LoginRepository logins(connection);
    const auto person = logins.person();
    if (!person)
        return fail(person.error());
    if (person.value() == NoId)
        return fail(AdjustmentText::tr("This login is not a person's (the server's administrator "
                                       "maps a login to a person with setup-server.sh add-login): "
                                       "sign with the signatory chosen and the name typed."));
    if (method == SigningMethod::Refused && reason.trimmed().isEmpty())
        return fail(AdjustmentText::tr("A refusal to sign needs its reason."));
    return inTransaction(connection, [&]() -> Result<QList<Signature>> {
        const auto record = loadForSigning(meetingId);
        if (!record)
            return fail(record.error());
        QList<Signature> made;
        for (const Signatory& who : signatories(record.value())) {
            const Participant* p = record->participant(who.participantId);
            if (!p || p->personId != person.value())
                continue;
            auto s = appendSignature(record.value(), who, method, reason, {});
            if (!s)
                return fail(s.error());
            made << s.value();
        }
        if (made.isEmpty())
            return fail(AdjustmentText::tr("You do not sign this protocol: you are not its chair, "
                                           "its secretary or an adjuster who adjusts it."));
        return made;
    });
}

// A signature in person (or a refusal) by the signatory's own login is given the server's time
// of the transaction by the server itself (roles.sql): the chain must be made with that time.
Result<QDateTime> AdjustmentService::signingTime(const MeetingRecord& record, const Signatory& who,
                                                 SigningMethod method, const QDateTime& at) const {
    if (!m_database.isServer() || method == SigningMethod::OnPaper)
        return at;
    const LoginRepository logins(m_database.connection());
    const auto person = logins.person();
    if (!person)
        return fail(person.error());
    const Participant* p = record.participant(who.participantId);
    if (person.value() == NoId || !p || p->personId != person.value())
        return at;
    return logins.transactionTime();
}

Result<Signature> AdjustmentService::appendSignature(const MeetingRecord& record,
                                                     const Signatory& who, SigningMethod method,
                                                     const QString& reason, const QDateTime& at) {
    const auto& connection = m_database.connection();
    const auto when = signingTime(record, who, method, at);
    if (!when)
        return fail(when.error());
    SignatureRepository repository(connection);
    const auto earlier = repository.signatures(record.meeting.id);
    if (!earlier)
        return fail(earlier.error());
    Signature s{NoId,
                record.meeting.id,
                who.role,
                who.participantId,
                who.name,
                when.value(),
                method,
                reason.trimmed(),
                contentHash(record),
                {},
                {},
                false};
    s.chainHash = chainHash(earlier->isEmpty() ? firstLink() : earlier->last().chainHash, s);
    const auto id = repository.insert(s);
    if (!id)
        return fail(id.error());
    s.id = id.value();
    QList<Signature> all = earlier.value();
    all << s;
    const QList<Signatory> required = signatories(record);
    const bool everyoneSigned =
        std::all_of(required.cbegin(), required.cend(), [&](const Signatory& signatory) {
            const Signature* last = lastActOf(all, signatory);
            return last && last->method != SigningMethod::Refused &&
                   last->contentHash == s.contentHash;
        });
    // The status alone: on a server a chair or adjuster may change nothing else of the meeting.
    if (everyoneSigned)
        if (auto adjusted =
                MeetingRepository(connection).setStatus(record.meeting.id, MeetingStatus::Adjusted);
            !adjusted)
            return fail(adjusted.error());
    return s;
}

bool isAlteration(FindingKind kind) {
    return kind == FindingKind::ContentChanged || kind == FindingKind::ChainBroken ||
           kind == FindingKind::SignatoriesChanged;
}

bool Verification::altered() const {
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const Finding& f) { return isAlteration(f.kind); });
}

QStringList Verification::problems() const {
    QStringList texts;
    for (const Finding& f : findings)
        texts << f.text;
    return texts;
}

QStringList Verification::problems(std::initializer_list<FindingKind> kinds) const {
    QStringList texts;
    for (const Finding& f : findings)
        if (std::find(kinds.begin(), kinds.end(), f.kind) != kinds.end())
            texts << f.text;
    return texts;
}

namespace {

void addFindings(Verification& result, FindingKind kind, const QStringList& texts) {
    for (const QString& text : texts)
        result.findings << Finding{kind, text};
}

// Each signatory's last act against the content as it is now. In a protocol adjusted with
// signatures, a missing one or a refusal means who signs is not who signed (Paragraf adjusts only
// when all have signed); without any, it was adjusted before signatures were recorded.
void addSignatoryFindings(Verification& result, const QList<Signatory>& signatories,
                          bool adjusted) {
    const bool signaturesChanged = adjusted && !result.signatures.isEmpty();
    const auto missing = [&](FindingKind kind) {
        return signaturesChanged ? FindingKind::SignatoriesChanged : kind;
    };
    for (const Signatory& who : signatories) {
        const Signature* last = lastActOf(result.signatures, who);
        if (!last)
            result.findings << Finding{
                missing(FindingKind::NotSigned),
                AdjustmentText::tr("%1 (%2) has not signed.").arg(who.name, roleName(who.role))};
        else if (last->method == SigningMethod::Refused)
            result.findings << Finding{missing(FindingKind::Refused),
                                       AdjustmentText::tr("%1 (%2) refused to sign: %3")
                                           .arg(who.name, roleName(who.role), last->reason)};
        else if (last->contentHash != result.contentHash)
            result.findings << Finding{
                FindingKind::ContentChanged,
                AdjustmentText::tr("The content changed after %1 (%2) signed on %3.")
                    .arg(who.name, roleName(who.role), last->signedAt.toString(Qt::ISODate))};
    }
}

} // namespace

Result<Verification> AdjustmentService::verify(Id meetingId) const {
    const auto record = MeetingService(m_database).load(meetingId);
    if (!record)
        return fail(record.error());
    Verification result{contentHash(record.value()), record->trail.signatures, {}, {}};
    addFindings(result, FindingKind::ChainBroken, chainProblems(result.signatures));
    addFindings(result, FindingKind::ChainBroken,
                erratumChainProblems(result.signatures, record->trail.errata));
    addFindings(result, FindingKind::NotCovered, coverageProblems(record.value()));
    addSignatoryFindings(result, signatories(record.value()), isLocked(record->meeting.status));
    const auto issued = IssuedDocumentService(m_database).issued(meetingId);
    if (!issued)
        return fail(issued.error());
    result.issued = issued.value();
    addFindings(result, FindingKind::ChainBroken, issuedChainProblems(result.issued));
    const auto gaps = MeetingRepository(m_database.connection()).positionGaps(meetingId);
    if (!gaps)
        return fail(gaps.error());
    for (const QString& table : gaps.value())
        result.findings << Finding{FindingKind::ChainBroken,
                                   AdjustmentText::tr("The stored order of %1 has been altered "
                                                      "outside Paragraf.")
                                       .arg(table)};
    if (!isLocked(record->meeting.status))
        result.findings << Finding{FindingKind::NotAdjusted,
                                   AdjustmentText::tr("The protocol is not adjusted (status: %1).")
                                       .arg(statusWord(record->meeting.status))};
    return result;
}

} // namespace paragraf
