#include "AdjustmentParts.h"

#include "rules/ParagraphRanges.h"
#include "rules/Signatories.h"
#include "text/CanonicalForm.h"

#include <QTimeZone>

namespace paragraf {
namespace {

QString roleInProtocol(SignatoryRole role) {
    switch (role) {
    case SignatoryRole::Secretary:
        return QStringLiteral("sekreterare");
    case SignatoryRole::Chair:
        return QStringLiteral("ordförande");
    case SignatoryRole::Adjuster:
        return QStringLiteral("justerare");
    }
    return {};
}

// Swedish protocols give clock times as "kl. 10.00" in Swedish time, wherever the file travels.
QString swedishMoment(const QDateTime& utc) {
    const QDateTime local = utc.toTimeZone(QTimeZone("Europe/Stockholm"));
    return local.date().toString(Qt::ISODate) + QStringLiteral(" kl. ") +
           local.time().toString(QStringLiteral("HH.mm"));
}

// A signature the signatory made logged in to the organisation's server as themselves: the
// server names the login and gave the time (docs/server.md), which the page says.
QString onServer(const Signature& s) {
    return QStringLiteral(" på servern, inloggad som %1 (serverns tid)").arg(s.login);
}

// " §§ 6–13" for a signatory who signs for part of the protocol, as the protocol stands now.
QString partCovered(const MeetingRecord& record, const Signature& s) {
    for (const Signatory& who : signatoriesOf(record))
        if (who.role == s.role && who.participantId == s.participantId && !who.wholeProtocol)
            return QLatin1Char(' ') + formatParagraphList(who.paragraphNumbers);
    return {};
}

// The name as confirmed at signing, with the party as the header and the signature block give
// it, and the paragraphs signed for when not all ("Anna Ek (S), justerare §§ 6–13").
QString signatureLine(const MeetingRecord& record, const Signature& s, bool current) {
    const Participant* p = record.participant(s.participantId);
    const QString party =
        p && !p->party.isEmpty() ? QStringLiteral(" (%1)").arg(p->party) : QString();
    const QString who =
        s.name + party + QStringLiteral(", ") + roleInProtocol(s.role) + partCovered(record, s);
    QString line;
    switch (s.method) {
    case SigningMethod::InPerson:
        line = QStringLiteral("%1: signerade %2%3")
                   .arg(who, swedishMoment(s.signedAt),
                        s.byOwnLogin ? onServer(s)
                                     : QStringLiteral(" i Paragraf med namnet bekräftat"));
        break;
    case SigningMethod::OnPaper:
        line = QStringLiteral("%1: signerade på papper, registrerat %2")
                   .arg(who, swedishMoment(s.signedAt));
        break;
    case SigningMethod::Refused:
        line = QStringLiteral("%1: vägrade justera %2%3. Skäl: %4")
                   .arg(who, swedishMoment(s.signedAt), s.byOwnLogin ? onServer(s) : QString(),
                        s.reason);
        break;
    }
    if (!current)
        line += QStringLiteral(" (gäller en tidigare lydelse)");
    return line;
}

// Each signatory's last act, in the order they acted.
QList<Signature> lastActs(const QList<Signature>& signatures) {
    QList<Signature> last;
    for (const Signature& s : signatures) {
        last.removeIf([&](const Signature& earlier) {
            return earlier.role == s.role && earlier.participantId == s.participantId;
        });
        last << s;
    }
    return last;
}

} // namespace

QString adjustmentSummary(const MeetingRecord& record) {
    if (record.meeting.status < MeetingStatus::OutForAdjustment)
        return {};
    QStringList signedBy;
    for (const Signature& s : lastActs(record.trail.signatures))
        if (s.method != SigningMethod::Refused)
            signedBy << s.name + QStringLiteral(" (") + roleInProtocol(s.role) + QLatin1Char(')');
    QString summary = isLocked(record.meeting.status)
                          ? QStringLiteral("Justerat protokoll.")
                          : QStringLiteral("Granskningsexemplar, protokollet är inte justerat.");
    summary += QStringLiteral(" Kontrollsumma SHA-256 (kanonisk form 1): ") + contentHash(record) +
               QLatin1Char('.');
    if (!signedBy.isEmpty())
        summary += QStringLiteral(" Signerat av ") + signedBy.join(QStringLiteral(", ")) +
                   QLatin1Char('.');
    return summary;
}

QString groupedHash(const QString& hash) {
    QStringList groups;
    for (qsizetype i = 0; i < hash.size(); i += 8)
        groups << hash.mid(i, 8);
    return groups.join(QLatin1Char(' '));
}

QList<ParagraphPart> erratumParts(const MeetingRecord& record, Id paragraphId) {
    QList<ParagraphPart> parts;
    for (const Erratum& e : record.trail.errata)
        if (e.paragraphId == paragraphId)
            parts.append(
                {ParagraphPart::Note,
                 QStringLiteral("Rättelse beslutad %1 av %2: %3 Rätt lydelse: %4")
                     .arg(e.decidedOn.toString(Qt::ISODate), e.decidedBy,
                          e.reason.endsWith(QLatin1Char('.')) ? e.reason
                                                              : e.reason + QLatin1Char('.'),
                          e.correctedText),
                 {}});
    return parts;
}

QDate adjustedOnOf(const MeetingRecord& record) {
    if (!isLocked(record.meeting.status) || record.trail.signatures.isEmpty())
        return {};
    return record.trail.signatures.last().signedAt.toTimeZone(QTimeZone("Europe/Stockholm")).date();
}

QList<ParagraphPart> adjustmentRecordParts(const MeetingRecord& record) {
    if (record.meeting.status < MeetingStatus::OutForAdjustment &&
        record.trail.signatures.isEmpty())
        return {};
    QList<ParagraphPart> parts;
    parts.append({ParagraphPart::Title, QStringLiteral("Justering"), {}});
    parts << erratumParts(record, NoId);
    const QString hash = contentHash(record);
    if (isLocked(record.meeting.status)) {
        const QDate adjustedOn = adjustedOnOf(record);
        if (adjustedOn.isValid())
            parts.append({ParagraphPart::Fact, adjustedOn.toString(Qt::ISODate),
                          QStringLiteral("Protokollet justerat")});
    } else {
        parts.append({ParagraphPart::Note,
                      QStringLiteral("Granskningsexemplar: protokollet är inte justerat."),
                      {}});
    }
    for (const Signature& s : lastActs(record.trail.signatures))
        parts.append({ParagraphPart::Fact, signatureLine(record, s, s.contentHash == hash), {}});
    parts.append({ParagraphPart::Fact, groupedHash(hash),
                  QStringLiteral("Kontrollsumma (SHA-256, kanonisk form 1)")});
    // Said for an archivist, years later and without the program at hand: an official
    // document names no files and no commands.
    parts.append({ParagraphPart::Note,
                  QStringLiteral("Kontrollsumman är ett digitalt fingeravtryck (SHA-256) av "
                                 "protokollets innehåll så som det signeras: mötets uppgifter, "
                                 "deltagarna och deras närvaro samt varje paragrafs text och "
                                 "beslut, uppställda på ett bestämt sätt (kanonisk form, version "
                                 "1). Samma innehåll ger alltid samma kontrollsumma, och varje "
                                 "ändring, hur liten den än är, ger en annan. Kontrollsumman kan "
                                 "kontrolleras med verifieringsfunktionen i programmet Paragraf, "
                                 "eller räknas fram på nytt ur protokollets innehåll enligt "
                                 "Paragrafs publicerade beskrivning av den kanoniska formen och "
                                 "jämföras med summan ovan. Varje signatur ovan gäller innehållet "
                                 "med denna kontrollsumma, om inte annat anges."),
                  {}});
    return parts;
}

} // namespace paragraf
