#include "BoundedRead.h"

#include "i18n/TrContexts.h"
#include "io/OpenFiles.h"

#include <QFile>
#include <algorithm>
#include <unistd.h>

namespace paragraf {

Result<QByteArray> readBounded(const QString& path, qint64 limit, const QString& kind) {
    const bool standardInput = path == QLatin1String("-");
    const QString name = standardInput ? FileText::tr("Standard input") : path;
    // Reading the open database (chosen by mistake as a roster, say) would drop SQLite's locks
    // on it the moment the file is closed again: it is refused without being opened.
    if (!standardInput && OpenFiles::isHeld(path))
        return fail(FileText::tr("%1 is the Paragraf database that is open, not one of the %2.")
                        .arg(name, kind));
    QFile file;
    const bool opened = standardInput
                            ? file.open(STDIN_FILENO, QIODevice::ReadOnly | QIODevice::Unbuffered)
                            : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return fail(FileText::tr("%1 cannot be read: %2").arg(name, file.errorString()));
    // Read in chunks up to one byte past the limit; the size a file claims is not trusted
    // (pipes and devices have none).
    constexpr qint64 chunk = qint64(1) << 20;
    QByteArray bytes;
    qint64 total = 0;
    while (total <= limit) {
        const qint64 want = std::min(chunk, limit + 1 - total);
        bytes.resize(total + want);
        const qint64 got = file.read(bytes.data() + total, want);
        if (got < 0)
            return fail(FileText::tr("%1 cannot be read: %2").arg(name, file.errorString()));
        if (got == 0)
            break;
        total += got;
    }
    bytes.resize(total);
    if (total > limit)
        return fail(FileText::tr("%1 is larger than %2 MB; Paragraf reads %3 up to %2 MB.")
                        .arg(name)
                        .arg(limit / megabyte)
                        .arg(kind));
    return bytes;
}

Result<QByteArray> readMeetingFile(const QString& path) {
    return readBounded(path, meetingFileLimit, FileText::tr("meeting files"));
}

Result<QByteArray> readDocumentFile(const QString& path) {
    return readBounded(path, documentFileLimit, FileText::tr("documents to verify"));
}

Result<QByteArray> readRosterFile(const QString& path) {
    return readBounded(path, rosterFileLimit, FileText::tr("roster files"));
}

} // namespace paragraf
