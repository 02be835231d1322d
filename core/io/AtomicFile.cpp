#include "AtomicFile.h"

#include "i18n/TrContexts.h"
#include "io/OpenFiles.h"
#include "io/Staged.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace paragraf {
namespace {

bool diskFull(int error, const QString& path) {
    if (error == ENOSPC || error == EDQUOT)
        return true;
    // Qt does not always leave errno as the system call set it: ask the file system.
    struct statvfs fs {};
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    return ::statvfs(folder.constData(), &fs) == 0 && fs.f_bavail == 0;
}

Status notSaved(const QString& path, bool existed, int error, const QString& reason) {
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo(folder).isDir())
        return fail(FileText::tr("The folder %1 does not exist: %2 was not saved. Choose another "
                                 "folder.")
                        .arg(folder, path));
    if (error == EROFS || error == EACCES || error == EPERM)
        return fail(FileText::tr("The folder %1 cannot be written to (it is read-only, or you "
                                 "may not write there): %2 was not saved. Choose another folder.")
                        .arg(folder, path));
    if (diskFull(error, path))
        return fail(existed ? FileText::tr("The disk is full: %1 was not saved; the earlier file "
                                           "is unchanged.")
                                  .arg(path)
                            : FileText::tr("The disk is full: %1 was not saved.").arg(path));
    return fail(existed ? FileText::tr("%1 was not saved (%2); the earlier file is unchanged.")
                              .arg(path, reason)
                        : FileText::tr("%1 was not saved (%2).").arg(path, reason));
}

QString systemReason(int error) {
    return QString::fromLocal8Bit(std::strerror(error));
}

// Writes all of `size` bytes to `fd`; 0 or the errno of the write that failed.
int writeAll(int fd, const char* bytes, qint64 size) {
    qint64 done = 0;
    while (done < size) {
        const qint64 chunk = std::min<qint64>(size - done, qint64(1) << 20);
        const ssize_t written = ::write(fd, bytes + done, size_t(chunk));
        if (written < 0 && errno == EINTR)
            continue;
        if (written < 0)
            return errno;
        if (written == 0)
            return ENOSPC;
        done += written;
    }
    return 0;
}

int writeAll(int fd, const QByteArray& bytes) {
    return writeAll(fd, bytes.constData(), bytes.size());
}

// A new hidden file beside `path`, opened for writing; its name goes to `temporary`. -1 (errno
// set) when none can be made.
int openTemporaryBeside(const QString& path, QString& temporary) {
    for (int n = 0;; ++n) {
        temporary = temporaryNameBeside(path, n);
        const int fd = ::open(QFile::encodeName(temporary).constData(),
                              O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd >= 0 || errno != EEXIST)
            return fd;
    }
}

// Fills the open temporary file through `produce` and syncs it.
Status fillAndSync(int fd, const QString& path,
                   const std::function<Status(const ChunkWriter&)>& produce) {
    Status produced =
        produce([fd](const char* bytes, qint64 size) { return writeAll(fd, bytes, size); });
    if (!produced)
        return produced;
    if (::fsync(fd) != 0) {
        const int error = errno;
        return notSaved(path, false, error, systemReason(error));
    }
    return {};
}

// The rename is durable once the folder itself is on the disk; 0 or the errno that says it is
// not. A file system that cannot sync a folder at all (EINVAL) keeps the rename as it can.
int syncFolder(const QString& path) {
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return errno;
    const int error = ::fsync(fd) == 0 || errno == EINVAL ? 0 : errno;
    ::close(fd);
    return error;
}

// A database, or a file SQLite keeps beside one, that another process may have open: writing
// over it would destroy the database under that process. Only files this process does not hold
// are read here (see OpenFiles), so reading the first bytes drops no lock of ours.
bool isDatabaseOrCompanion(const QString& path) {
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        if (path.endsWith(QLatin1String(suffix)) &&
            QFileInfo::exists(path.chopped(static_cast<qsizetype>(std::strlen(suffix)))))
            return true;
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return false;
    static const QByteArray magic("SQLite format 3\0", 16);
    return file.read(16) == magic;
}

} // namespace

Status mayBeSavedTo(const QString& path) {
    if (OpenFiles::isHeld(path))
        return fail(FileText::tr("%1 is the open Paragraf database; it was not overwritten. "
                                 "Choose another file name.")
                        .arg(path));
    // A device, a pipe or a folder is never replaced by a file (renaming over /dev/full
    // would).
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) == 0 && !S_ISREG(info.st_mode))
        return fail(FileText::tr("%1 is not an ordinary file; it was not overwritten. Choose "
                                 "another file name.")
                        .arg(path));
    if (isDatabaseOrCompanion(path))
        return fail(FileText::tr("%1 is a database (or a file kept beside one); it was not "
                                 "overwritten. Choose another file name.")
                        .arg(path));
    return {};
}

Status saveAtomically(const QString& path, const QByteArray& bytes) {
    if (auto allowed = mayBeSavedTo(path); !allowed)
        return allowed;
    const bool existed = QFileInfo::exists(path);
    QSaveFile file(path);
    // The bytes go straight to the file descriptor, so that every write's error is seen here
    // (QSaveFile's own buffer can lose a failed flush and commit a short file).
    errno = 0;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return notSaved(path, existed, errno, file.errorString());
    const int fd = file.handle();
    int error = writeAll(fd, bytes);
    if (error == 0 && ::fsync(fd) != 0)
        error = errno;
    if (error != 0) {
        file.cancelWriting();
        return notSaved(path, existed, error, systemReason(error));
    }
    errno = 0;
    if (!file.commit())
        return notSaved(path, existed, errno, file.errorString());
    if (const int synced = syncFolder(path); synced != 0)
        return fail(FileText::tr("%1 was written, but the disk did not confirm that it is kept "
                                 "(%2); save it again.")
                        .arg(path, systemReason(synced)));
    return {};
}

int appendDurably(const QString& path, const QByteArray& bytes) {
    const bool existed = QFileInfo::exists(path);
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0)
        return errno;
    int error = writeAll(fd, bytes);
    if (error == 0 && ::fsync(fd) != 0)
        error = errno;
    ::close(fd);
    return error == 0 && !existed ? syncFolder(path) : error;
}

int renameDurably(const QString& from, const QString& to) {
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return errno;
    return syncFolder(to);
}

int removeDurably(const QString& path) {
    if (::unlink(QFile::encodeName(path).constData()) != 0)
        return errno == ENOENT ? 0 : errno;
    return syncFolder(path);
}

int syncDirectory(const QString& folder) {
    const int fd =
        ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return errno;
    const int error = ::fsync(fd) == 0 || errno == EINVAL ? 0 : errno;
    ::close(fd);
    return error;
}

namespace {
// The rename alone, never over anything at `to`; 0 or its errno. A file system that cannot
// rename without replacing (EINVAL, ENOSYS: some network shares) gets a look first and a plain
// rename, which could replace only an empty folder made in that instant.
int renameNoReplace(const QString& from, const QString& to) {
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
    if (::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE) ==
        0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return errno;
    struct stat there {};
    if (::lstat(target.constData(), &there) == 0)
        return EEXIST;
    return ::rename(source.constData(), target.constData()) == 0 ? 0 : errno;
}

} // namespace

int renameWithoutReplacing(const QString& from, const QString& to) {
    if (const int error = renameNoReplace(from, to); error != 0)
        return error;
    return syncFolder(to);
}

Result<Staged> stageNewFile(const QString& path,
                            const std::function<Status(const ChunkWriter&)>& produce) {
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
        return nameTaken(path);
    removeLeftTemporaries(path, EntryKind::File);
    QString temporary;
    const int fd = openTemporaryBeside(path, temporary);
    if (fd < 0) {
        const int error = errno;
        return notSaved(path, false, error, systemReason(error)).failure();
    }
    Staged staged(temporary, path,
                  EntryKind::File); // removes the temporary file unless it is named
    Status status = fillAndSync(fd, path, produce);
    if (::close(fd) != 0 && status)
        status = notSaved(path, false, errno, systemReason(errno));
    if (!status)
        return status.failure();
    return staged;
}

Status writeNewFileAtomically(const QString& path,
                              const std::function<Status(const ChunkWriter&)>& produce) {
    auto staged = stageNewFile(path, produce);
    if (!staged)
        return staged.failure();
    return staged->giveName();
}

Status writeToStandardOutput(const QByteArray& bytes) {
    std::fflush(stdout); // what was printed before comes first
    if (const int error = writeAll(STDOUT_FILENO, bytes); error != 0)
        return fail(
            FileText::tr("Standard output cannot be written (%1).").arg(systemReason(error)));
    return {};
}

} // namespace paragraf
