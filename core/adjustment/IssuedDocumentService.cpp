#include "IssuedDocumentService.h"

#include "AdjustmentService.h"
#include "i18n/TrContexts.h"
#include "io/AtomicFile.h"
#include "storage/Database.h"
#include "storage/IssuedDocumentRepository.h"
#include "storage/Transaction.h"
#include "text/CanonicalForm.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <algorithm>

namespace paragraf {
namespace {

QString loginName() {
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

QString paragraphList(const DocumentRequest& request) {
    QList<int> numbers = request.paragraphNumbers;
    std::sort(numbers.begin(), numbers.end());
    QStringList parts;
    for (int n : numbers)
        parts << QString::number(n);
    return parts.join(QLatin1Char(','));
}

} // namespace

QString IssuedDocumentService::kindOf(const MeetingRecord& record, const DocumentRequest& request) {
    // A group that keeps notes has no protocol: its "protocol" is its notes (DocumentBuilder).
    if (request.kind == DocumentKind::Protocol && record.body.kind == BodyKind::Notes)
        return codeOf(DocumentKind::Notes);
    return codeOf(request.kind);
}

QString IssuedDocumentService::chainHash(const QString& previous, const IssuedDocument& d) {
    const QStringList facts{previous,
                            QStringLiteral("issued"),
                            d.kind,
                            d.paragraphs,
                            d.fileName,
                            d.sha256,
                            QString::number(d.size),
                            d.contentHash,
                            d.issuedAt.toString(Qt::ISODate),
                            d.issuedBy};
    return QString::fromLatin1(
        QCryptographicHash::hash(facts.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256)
            .toHex());
}

Result<IssuedDocument> IssuedDocumentService::record(const MeetingRecord& record,
                                                     const DocumentRequest& request,
                                                     const ExportedFile& file, const QString& by,
                                                     const QDateTime& at) {
    if (auto writable = m_database.requireWritable(); !writable)
        return fail(writable.error());
    const auto& connection = m_database.connection();
    return inTransaction(connection, [&]() -> Result<IssuedDocument> {
        IssuedDocumentRepository repository(connection);
        const auto earlier = repository.ofMeeting(record.meeting.id);
        if (!earlier)
            return fail(earlier.error());
        const bool sealed =
            (request.kind == DocumentKind::Protocol || request.kind == DocumentKind::Extract) &&
            isFrozen(record.meeting.status);
        IssuedDocument d;
        d.meetingId = record.meeting.id;
        d.kind = kindOf(record, request);
        d.paragraphs = request.kind == DocumentKind::Extract ? paragraphList(request) : QString();
        d.fileName = QFileInfo(file.path).fileName();
        d.sha256 = file.sha256;
        d.size = file.size;
        d.contentHash = sealed ? contentHash(record) : QString();
        d.issuedAt = at.toUTC().addMSecs(-at.time().msec());
        d.issuedBy = by.isEmpty() ? loginName() : by;
        d.chainHash = chainHash(
            earlier->isEmpty() ? AdjustmentService::firstLink() : earlier->last().chainHash, d);
        const auto id = repository.insert(d);
        if (!id)
            return fail(id.error());
        d.id = id.value();
        return d;
    });
}

Result<QList<IssuedDocument>> IssuedDocumentService::issued(Id meetingId) const {
    return IssuedDocumentRepository(m_database.connection()).ofMeeting(meetingId);
}

Result<QList<IssuedDocument>> IssuedDocumentService::withHash(const QString& sha256) const {
    return IssuedDocumentRepository(m_database.connection()).withHash(sha256);
}

QStringList issuedChainProblems(const QList<IssuedDocument>& issued) {
    QString previous = AdjustmentService::firstLink();
    for (int i = 0; i < issued.size(); ++i) {
        if (IssuedDocumentService::chainHash(previous, issued[i]) != issued[i].chainHash)
            return {AdjustmentText::tr("Issued document %1 (%2) has been changed in the register "
                                       "or the register before it is broken.")
                        .arg(i + 1)
                        .arg(issued[i].fileName)};
        previous = issued[i].chainHash;
    }
    return {};
}

Result<ExportedFile> issueRendered(const Database& database, const MeetingRecord& record,
                                   const DocumentRequest& request, DocumentFormat format,
                                   const QString& path, const QByteArray& bytes,
                                   const QString& by) {
    const ExportedFile file{
        path,
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
        bytes.size()};
    if (auto allowed = mayBeSavedTo(path); !allowed)
        return fail(allowed.failure());
    if (format == DocumentFormat::Pdf)
        if (const auto entered = IssuedDocumentService(database).record(record, request, file, by);
            !entered)
            return fail(AdjustmentText::tr("%1 was not written: it could not be entered in the "
                                           "register of issued documents (%2). An earlier file "
                                           "of that name is unchanged.")
                            .arg(path, entered.error()));
    if (const Status saved = saveAtomically(path, bytes); !saved)
        return fail(format == DocumentFormat::Pdf
                        ? AdjustmentText::tr("%1 is entered in the register of issued documents "
                                             "but could not be written: %2")
                              .arg(path, saved.error())
                        : saved.error());
    return file;
}

Result<ExportedFile> issueDocument(const Database& database, const MeetingRecord& record,
                                   const DocumentRequest& request, DocumentFormat format,
                                   const QString& path, const QString& by) {
    const auto bytes = renderDocument(record, request, format);
    if (!bytes)
        return fail(bytes.failure());
    return issueRendered(database, record, request, format, path, bytes.value(), by);
}

} // namespace paragraf
