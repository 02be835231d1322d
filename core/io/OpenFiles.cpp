#include "OpenFiles.h"

#include <QFile>
#include <QList>
#include <QMutex>
#include <sys/stat.h>

namespace paragraf::OpenFiles {
namespace {

struct FileId {
    dev_t device = 0;
    ino_t inode = 0;
    bool operator==(const FileId&) const = default;
};

std::optional<FileId> idOf(const QString& path) {
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    return FileId{info.st_dev, info.st_ino};
}

struct Held {
    QString path;
    FileId id;
};

QMutex mutex;
QList<Held>& held() {
    static QList<Held> files;
    return files;
}

const char* const companions[] = {"-wal", "-shm", "-journal"};

} // namespace

void hold(const QString& path) {
    const auto id = idOf(path);
    if (!id)
        return;
    const QMutexLocker lock(&mutex);
    held().append({path, *id});
}

void release(const QString& path) {
    const QMutexLocker lock(&mutex);
    for (qsizetype i = 0; i < held().size(); ++i)
        if (held()[i].path == path) {
            held().removeAt(i);
            return;
        }
}

bool isHeld(const QString& path) {
    const auto id = idOf(path);
    if (!id)
        return false;
    const QMutexLocker lock(&mutex);
    for (const Held& file : held()) {
        if (file.id == *id)
            return true;
        for (const char* suffix : companions)
            if (idOf(file.path + QLatin1String(suffix)) == id)
                return true;
    }
    return false;
}

} // namespace paragraf::OpenFiles
