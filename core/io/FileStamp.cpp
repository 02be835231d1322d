#include "FileStamp.h"

#include <QFile>
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

} // namespace paragraf
