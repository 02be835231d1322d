#include "ErratumService.h"

#include "AdjustmentService.h"
#include "i18n/TrContexts.h"
#include "services/MeetingService.h"
#include "storage/Database.h"
#include "storage/ReviewRepository.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <algorithm>

namespace paragraf {
namespace {

QString lastLink(const QList<Signature>& signatures, const QList<Erratum>& errata) {
    if (!errata.isEmpty())
        return errata.last().chainHash;
    return signatures.isEmpty() ? AdjustmentService::firstLink() : signatures.last().chainHash;
}

} // namespace

QString ErratumService::chainHash(const QString& previous, const Erratum& e) {
    const QStringList facts{previous,
                            QStringLiteral("rättelse"),
                            QString::number(e.paragraphId),
                            e.correctedText,
                            e.reason,
                            e.decidedBy,
                            e.decidedOn.toString(Qt::ISODate),
                            e.recordedAt.toString(Qt::ISODate)};
    return QString::fromLatin1(
        QCryptographicHash::hash(facts.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256)
            .toHex());
}

Result<Erratum> ErratumService::record(Id meetingId, Id paragraphId, const QString& correctedText,
                                       const QString& reason, const QString& decidedBy,
                                       const QDate& decidedOn, const QDateTime& at) {
    if (auto writable = m_database.requireWritable(); !writable)
        return fail(writable.error());
    if (correctedText.trimmed().isEmpty() || reason.trimmed().isEmpty() ||
        decidedBy.trimmed().isEmpty() || !decidedOn.isValid())
        return fail(AdjustmentText::tr("A rättelse needs the correct wording, its reason, who "
                                       "decided it and the day."));
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&]() -> Result<Erratum> {
        const auto loaded = MeetingService(m_database).load(meetingId);
        if (!loaded)
            return fail(loaded.error());
        const MeetingRecord& record = loaded.value();
        if (!isLocked(record.meeting.status))
            return fail(AdjustmentText::tr("A rättelse is made to an adjusted protocol; before "
                                           "adjustment the text is corrected directly."));
        const bool known = paragraphId == NoId ||
                           std::any_of(record.paragraphs.cbegin(), record.paragraphs.cend(),
                                       [&](const Paragraph& p) { return p.id == paragraphId; });
        if (!known)
            return fail(AdjustmentText::tr("The paragraph is not part of this protocol."));
        if (decidedOn < record.meeting.date)
            return fail(AdjustmentText::tr("A rättelse is decided after the meeting."));
        Erratum e{NoId,
                  meetingId,
                  paragraphId,
                  correctedText.trimmed(),
                  reason.trimmed(),
                  decidedBy.trimmed(),
                  decidedOn,
                  at.toUTC().addMSecs(-at.time().msec()),
                  {}};
        e.chainHash = chainHash(lastLink(record.trail.signatures, record.trail.errata), e);
        const auto id = ReviewRepository(connection).insertErratum(e);
        if (!id)
            return fail(id.error());
        e.id = id.value();
        return e;
    });
}

QStringList erratumChainProblems(const QList<Signature>& signatures, const QList<Erratum>& errata) {
    QString previous = lastLink(signatures, {});
    for (int i = 0; i < errata.size(); ++i) {
        if (ErratumService::chainHash(previous, errata[i]) != errata[i].chainHash)
            return {AdjustmentText::tr("Rättelse %1 has been changed or the chain before it is "
                                       "broken.")
                        .arg(i + 1)};
        previous = errata[i].chainHash;
    }
    return {};
}

} // namespace paragraf
