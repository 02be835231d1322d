#include "FileStamp.h"

#include "i18n/TrContexts.h"

#include <QFile>
#include <QFileInfo>
#include <sys/stat.h>

namespace paragraf {
namespace {

qint64 nanoseconds(const timespec& time) {
    return qint64(time.tv_sec) * 1'000'000'000 + time.tv_nsec;
}

} // namespace

FileStamp stampOf(const QString& path) {
    FileStamp stamp;
    struct stat file {};
    if (::stat(QFile::encodeName(path).constData(), &file) == 0) {
        stamp.size = qint64(file.st_size);
        stamp.modifiedNs = nanoseconds(file.st_mtim);
        stamp.changedNs = nanoseconds(file.st_ctim);
        stamp.inode = quint64(file.st_ino);
    }
    struct stat wal {};
    stamp.walBeside =
        ::stat(QFile::encodeName(path + QStringLiteral("-wal")).constData(), &wal) == 0;
    return stamp;
}

QString whyWalUnreadable(const QString& path) {
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (!wal.exists() || wal.size() == 0 || QFileInfo::exists(path + QStringLiteral("-shm")) ||
        QFileInfo(QFileInfo(path).absolutePath()).isWritable())
        return {};
    return DatabaseText::tr("%1 has changes in %2 that can be read only where its folder can be "
                            "written (SQLite makes %3 beside it to read them). Open it in a "
                            "folder you may write, or ask whoever has it open to close it first.")
        .arg(path, wal.fileName(), QFileInfo(path).fileName() + QStringLiteral("-shm"));
}

} // namespace paragraf
