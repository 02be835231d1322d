#include "ArchiveService.h"

#include "ArchiveContent.h"
#include "ArchiveText.h"
#include "MetsWriter.h"
#include "PremisWriter.h"
#include "TarWriter.h"
#include "adjustment/IssuedDocumentService.h"
#include "io/AtomicFile.h"
#include "io/AtomicFolder.h"
#include "services/MeetingService.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <algorithm>

#ifndef PARAGRAF_VERSION
#define PARAGRAF_VERSION "unknown"
#endif

namespace paragraf {
namespace {

// The schemas the package's METS files name, carried in schemas/ (resources/e-ark).
Result<QList<ArchiveFile>> schemaFiles() {
    QList<ArchiveFile> files;
    for (const char* name :
         {"mets.xsd", "xlink.xsd", "DILCISExtensionMETS.xsd", "DILCISExtensionSIPMETS.xsd"}) {
        QFile file(QStringLiteral(":/paragraf/e-ark/%1").arg(QLatin1String(name)));
        if (!file.open(QIODevice::ReadOnly))
            return fail(ArchiveText::tr("The schema %1 is missing from this build of Paragraf.")
                            .arg(QLatin1String(name)));
        files << ArchiveFile{QStringLiteral("schemas/%1").arg(QLatin1String(name)), file.readAll(),
                             xmlSchemaFormat(), QLatin1String(name)};
    }
    return files;
}

QString meetingName(const MeetingSummary& meeting) {
    return ArchiveText::tr("%1 %2 (meeting %3)")
        .arg(meeting.bodyName, meeting.date.toString(Qt::ISODate))
        .arg(meeting.id);
}

// The meetings asked for, in date order; refused, naming them, when any is not adjusted or
// they are not all of one body.
Result<QList<MeetingSummary>> chosenMeetings(const MeetingService& meetings,
                                             const ArchiveRequest& request) {
    QList<MeetingSummary> chosen;
    if (request.meetingIds.isEmpty()) {
        const auto year = meetings.list(request.bodyId, request.year);
        if (!year)
            return fail(year.error());
        chosen = year.value();
    } else {
        const auto all = meetings.list();
        if (!all)
            return fail(all.error());
        for (Id id : request.meetingIds) {
            const auto found = std::find_if(all->begin(), all->end(),
                                            [&](const MeetingSummary& m) { return m.id == id; });
            if (found == all->end())
                return fail(ArchiveText::tr("There is no meeting %1.").arg(id));
            if (std::none_of(chosen.begin(), chosen.end(),
                             [&](const MeetingSummary& m) { return m.id == id; }))
                chosen << *found;
        }
        std::sort(chosen.begin(), chosen.end(), [](const auto& a, const auto& b) {
            return std::pair(a.date, a.id) < std::pair(b.date, b.id);
        });
    }
    if (chosen.isEmpty())
        return fail(ArchiveText::tr("There are no meetings to deliver; nothing was written."));
    QStringList notAdjusted;
    for (const MeetingSummary& meeting : chosen) {
        if (meeting.bodyId != chosen.first().bodyId)
            return fail(ArchiveText::tr("A package holds one body's protocols: %1 and %2 are of "
                                        "different bodies; nothing was written.")
                            .arg(meetingName(chosen.first()), meetingName(meeting)));
        if (!isLocked(meeting.status))
            notAdjusted << meetingName(meeting);
    }
    if (!notAdjusted.isEmpty())
        return fail(ArchiveText::tr("Only adjusted protocols go to the e-archive, and this is "
                                    "not adjusted: %1. Nothing was written.")
                        .arg(notAdjusted.join(QStringLiteral("; "))));
    return chosen;
}

bool tell(const ArchiveProgress& progress, int done, int total, const QString& what) {
    return !progress || progress(done, total, what);
}

QString cancelled() {
    return ArchiveText::tr("Cancelled; nothing was written.");
}

} // namespace

Result<ArchivePackage> ArchiveService::build(const ArchiveRequest& request,
                                             const ArchiveProgress& progress) const {
    return make(request, progress, false);
}

Result<ArchivePackage> ArchiveService::make(const ArchiveRequest& request,
                                            const ArchiveProgress& progress, bool issue) const {
    const MeetingService meetings(m_database);
    const auto chosen = chosenMeetings(meetings, request);
    if (!chosen)
        return fail(chosen.error());
    const int total = int(chosen->size()) + 1;
    QList<MeetingRecord> records;
    QList<QList<IssuedDocument>> issued;
    for (const MeetingSummary& summary : chosen.value()) {
        const auto record = meetings.load(summary.id);
        if (!record)
            return fail(record.error());
        const auto documents = IssuedDocumentService(m_database).issued(summary.id);
        if (!documents)
            return fail(documents.error());
        records << record.value();
        issued << documents.value();
    }
    const QString bodyName = records.first().body.name;
    ArchivePackage package;
    package.name = packageName(bodyName, request.meetingIds.isEmpty()
                                             ? QString::number(request.year)
                                             : records.first().meeting.date.toString(Qt::ISODate));
    const QStringList folders = meetingFolders(records);
    QList<ArchivedMeeting> archived;
    QStringList lines;
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (!tell(progress, int(i), total, meetingName(chosen->at(i))))
            return fail(cancelled());
        IssuedDocumentService documents(m_database);
        const MeetingRecord& record = records[i];
        const IssuePdf entered = [&](const DocumentRequest& what,
                                     const ArchiveFile& pdf) -> Status {
            const auto entry = documents.record(
                record, what,
                ExportedFile{pdf.path, pdf.sha256(), static_cast<qint64>(pdf.bytes.size())});
            if (!entry)
                return fail(entry.error());
            return {};
        };
        const auto files =
            meetingFiles(record, issued[i], folders[i], issue ? entered : IssuePdf{});
        if (!files)
            return fail(files.error());
        if (issue) { // the package's register lists what was just entered
            const auto now = documents.issued(record.meeting.id);
            if (!now)
                return fail(now.error());
            issued[i] = now.value();
        }
        ArchivedMeeting meeting{folders[i], {}, -1, -1};
        for (const ArchiveFile& file : files.value()) {
            if (file.path.endsWith(QLatin1String("/protokoll.pdf")))
                meeting.protocolIndex = int(package.files.size());
            if (file.path.endsWith(QLatin1String("/kanonisk-form.txt")))
                meeting.canonicalIndex = int(package.files.size());
            meeting.fileIndexes << int(package.files.size());
            package.files << file;
        }
        archived << meeting;
        lines << QStringLiteral("%1  §§ %2–%3  %4")
                     .arg(folders[i].section(QLatin1Char('/'), -1))
                     .arg(chosen->at(i).firstNumber)
                     .arg(chosen->at(i).lastNumber)
                     .arg(records[i].meeting.place);
    }
    if (!tell(progress, total - 1, total, ArchiveText::tr("METS and PREMIS")))
        return fail(cancelled());
    package.files << issuedRegister(records, issued);
    const QList<ArchiveFile> data = package.files;
    const MetsHeader header{package.name, QStringLiteral("Protokoll: %1").arg(bodyName), bodyName,
                            request.createdAt, QStringLiteral(PARAGRAF_VERSION)};
    const ArchiveFile representation{QStringLiteral("representations/rep1/METS.xml"),
                                     representationMets(header, data), xmlFormat(),
                                     QStringLiteral("Representationens METS")};
    const ArchiveFile documentation = packageDocumentation(bodyName, lines);
    const auto schemas = schemaFiles();
    if (!schemas)
        return fail(schemas.error());
    package.files << documentation << schemas.value() << representation;
    const ArchiveFile premis{QStringLiteral("metadata/preservation/premis.xml"),
                             premisXml(package.files, records, archived, request.createdAt),
                             xmlFormat(), QStringLiteral("PREMIS")};
    package.files << premis;
    package.files << ArchiveFile{
        QStringLiteral("METS.xml"),
        packageMets(header, premis, {documentation}, schemas.value(), representation), xmlFormat(),
        QStringLiteral("Paketets METS")};
    tell(progress, total, total, QString());
    return package;
}

namespace {

// The folder for packages is made when missing, as Publicera's is; the package's own never.
Status folderForPackages(const QString& directory) {
    if (!QDir().mkpath(directory))
        return fail(
            ArchiveText::tr("The folder %1 cannot be made; nothing was written.").arg(directory));
    return {};
}

} // namespace

Result<QString> ArchiveService::issueAndWrite(
    const ArchiveRequest& request, const ArchiveProgress& progress,
    const std::function<Result<Staged>(const ArchivePackage&)>& stage) const {
    const auto makeAndStage = [&](bool issue) -> Result<Staged> {
        const auto package = make(request, progress, issue);
        if (!package)
            return fail(package.failure());
        auto staged = stage(package.value());
        // Asked again last, and held until the rename: a name taken while the package was
        // written enters nothing, nor does a second run of the same package waiting here.
        if (staged)
            if (auto free = staged->holdName(); !free)
                return fail(free.failure());
        return staged;
    };
    const bool enters = !m_database.isReadOnly();
    auto staged = enters
                      ? inTransaction(m_database.connection(), [&] { return makeAndStage(true); })
                      : makeAndStage(false);
    if (!staged)
        return fail(staged.failure());
    if (auto named = staged->giveName(); !named)
        return fail(enters ? ArchiveText::tr("%1 Its documents are entered in the register of "
                                             "issued documents all the same; make the package "
                                             "again.")
                                 .arg(named.error())
                           : named.error());
    return staged->finalPath();
}

QString ArchiveService::whatIsNotEntered() const {
    if (!m_database.isReadOnly())
        return {};
    return ArchiveText::tr("The package's PDFs are not entered in the register of issued "
                           "documents: the file (or your login on the server) is read-only, so "
                           "verify-pdf will not know them. Make the package where it can be "
                           "written to have them entered.");
}

Result<QString> ArchiveService::write(const ArchiveRequest& request, const QString& directory,
                                      const ArchiveProgress& progress) const {
    return issueAndWrite(request, progress, [&](const ArchivePackage& package) -> Result<Staged> {
        QList<FolderEntry> entries;
        for (const ArchiveFile& file : package.files)
            entries << FolderEntry{file.path, file.bytes};
        if (auto made = folderForPackages(directory); !made)
            return fail(made.error());
        return stageFolder(QDir(directory).absoluteFilePath(package.name), entries);
    });
}

Result<QString> ArchiveService::writeTar(const ArchiveRequest& request, const QString& directory,
                                         const ArchiveProgress& progress) const {
    return issueAndWrite(request, progress, [&](const ArchivePackage& package) -> Result<Staged> {
        if (auto made = folderForPackages(directory); !made)
            return fail(made.error());
        const QString file =
            QDir(directory).absoluteFilePath(package.name + QStringLiteral(".tar"));
        return stageNewFile(file, [&](const ChunkWriter& chunks) {
            return paragraf::writeTar(package.name, package.files, request.createdAt, chunks);
        });
    });
}

} // namespace paragraf
