#include "AtomicFolder.h"

#include "AtomicFile.h"
#include "i18n/TrContexts.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace paragraf {
namespace {

QString temporaryBeside(const QString& folder) {
    for (int n = 0;; ++n)
        if (const QString candidate = temporaryNameBeside(folder, n); !QFileInfo::exists(candidate))
            return candidate;
}

Status writeInto(const QString& temporary, const QList<FolderEntry>& entries,
                 const std::function<bool(int, int)>& written) {
    QSet<QString> folders{temporary};
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString path = temporary + QLatin1Char('/') + entries[i].path;
        const QString parent = QFileInfo(path).absolutePath();
        if (!folders.contains(parent)) {
            if (!QDir().mkpath(parent))
                return fail(FileText::tr("The folder %1 could not be made.").arg(parent));
            for (QString up = parent; !folders.contains(up); up = QFileInfo(up).absolutePath())
                folders.insert(up);
        }
        if (auto saved = saveAtomically(path, entries[i].bytes); !saved)
            return saved;
        if (written && !written(int(i) + 1, int(entries.size())))
            return fail(FileText::tr("Stopped; nothing was kept."));
    }
    for (const QString& folder : folders)
        if (const int error = syncDirectory(folder); error != 0)
            return fail(FileText::tr("The disk did not confirm that %1 is kept (%2).")
                            .arg(folder, QString::fromLocal8Bit(std::strerror(error))));
    return {};
}

} // namespace

bool staysInsideFolder(const QString& path) {
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    return std::none_of(parts.begin(), parts.end(), [](const QString& part) {
        return part.isEmpty() || part == QLatin1String(".") || part == QLatin1String("..");
    });
}

Result<Staged> stageFolder(const QString& folder, const QList<FolderEntry>& entries,
                           const std::function<bool(int, int)>& written) {
    for (const FolderEntry& entry : entries)
        if (!staysInsideFolder(entry.path))
            return fail(FileText::tr("%1 would lie outside the folder %2; nothing was written.")
                            .arg(entry.path, folder));
    if (QFileInfo::exists(folder))
        return nameTaken(folder);
    const QString parent = QFileInfo(folder).absolutePath();
    if (!QFileInfo(parent).isDir())
        return fail(FileText::tr("The folder %1 does not exist; nothing was written.").arg(parent));
    removeLeftTemporaries(folder, EntryKind::Folder);
    const QString temporary = temporaryBeside(folder);
    if (!QDir().mkdir(temporary))
        return fail(
            FileText::tr("The folder %1 cannot be written to; nothing was written.").arg(parent));
    Staged staged(temporary, folder, EntryKind::Folder);
    if (auto filled = writeInto(temporary, entries, written); !filled)
        return fail(filled.failure()); // the Staged removes the temporary folder
    return staged;
}

Status writeFolderAtomically(const QString& folder, const QList<FolderEntry>& entries,
                             const std::function<bool(int, int)>& written) {
    auto staged = stageFolder(folder, entries, written);
    if (!staged)
        return fail(staged.failure());
    return staged->giveName();
}

} // namespace paragraf
