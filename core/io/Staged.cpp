#include "Staged.h"

#include "AtomicFile.h"
#include "i18n/TrContexts.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace paragraf {
namespace {

QString systemReason(int error) {
    return QString::fromLocal8Bit(std::strerror(error));
}

// The folder `path` lies in, open for the *at() calls; -1 when it cannot be opened.
int openParentOf(const QString& path) {
    return ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(),
                  O_RDONLY | O_DIRECTORY | O_CLOEXEC);
}

void removeTemporary(const QString& temporary, EntryKind kind) {
    if (const int parent = openParentOf(temporary); parent >= 0) {
        removeEntryAt(parent, QFile::encodeName(QFileInfo(temporary).fileName()), kind);
        ::close(parent);
    }
}

// Whether `pid` could name a run of this program that ended: a process id Linux can give
// (PID_MAX_LIMIT, 2^22) of no process that runs now.
bool runEnded(qint64 pid) {
    constexpr qint64 largestProcessId = qint64(1) << 22;
    return pid > 0 && pid <= largestProcessId && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

} // namespace

Staged::Staged(QString temporary, QString finalPath, EntryKind kind)
    : m_temporary(std::move(temporary)), m_final(std::move(finalPath)), m_kind(kind) {}

Staged::Staged(Staged&& other) noexcept
    : m_temporary(std::exchange(other.m_temporary, QString())), m_final(other.m_final),
      m_kind(other.m_kind), m_held(std::exchange(other.m_held, -1)) {}

Staged::~Staged() {
    if (!m_temporary.isEmpty())
        removeTemporary(m_temporary, m_kind);
    release();
}

void Staged::release() {
    if (m_held >= 0)
        ::close(m_held); // closing drops the flock
    m_held = -1;
}

Status Staged::holdName() {
    if (m_held < 0) {
        m_held = openParentOf(m_final);
        while (m_held >= 0 && ::flock(m_held, LOCK_EX) != 0)
            if (errno != EINTR)
                release(); // a folder that cannot be locked: the check alone
    }
    return nameIsFree();
}

Status Staged::nameIsFree() const {
    if (QFileInfo::exists(m_final) || QFileInfo(m_final).isSymLink())
        return nameTaken(m_final);
    return {};
}

Status Staged::giveName() {
    if (auto free = nameIsFree(); !free)
        return free;
    // Never over a file or folder made meanwhile, not even an empty folder; and one that was
    // there at the rename is said, even when it has gone again by now.
    const int error = renameWithoutReplacing(m_temporary, m_final);
    if (error == EEXIST)
        return nameTaken(m_final);
    const bool named = error == 0 || !QFileInfo(m_temporary).exists();
    if (!named)
        return fail(FileText::tr("%1 could not be given its name (%2); nothing was kept.")
                        .arg(m_final, systemReason(error)));
    m_temporary.clear();
    release();
    if (error != 0) // renamed, but the folder's sync failed
        return fail(FileText::tr("%1 was written, but the disk did not confirm that it is kept "
                                 "(%2); save it again.")
                        .arg(m_final, systemReason(error)));
    return {};
}

Error nameTaken(const QString& path) {
    return Error{FileText::tr("%1 exists already; nothing was written. Choose another folder "
                              "or move it away first.")
                     .arg(path)};
}

QString temporaryNameBeside(const QString& path, int n) {
    const QFileInfo info(path);
    return info.absolutePath() +
           QStringLiteral("/.%1.tmp-%2-%3").arg(info.fileName()).arg(::getpid()).arg(n);
}

void removeLeftTemporaries(const QString& path, EntryKind kind) {
    const QFileInfo info(path);
    const QRegularExpression ours(QStringLiteral("^\\.%1\\.tmp-([1-9]\\d{0,9})-\\d+$")
                                      .arg(QRegularExpression::escape(info.fileName())));
    const int parent = openParentOf(path);
    if (parent < 0)
        return;
    const std::time_t anHourAgo = std::time(nullptr) - 3600;
    const QStringList names =
        QDir(info.absolutePath())
            .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString& name : names) {
        const auto match = ours.match(name);
        struct stat entry {};
        const QByteArray local = QFile::encodeName(name);
        // Another computer's run on a shared folder has a process id that means nothing here:
        // the hour keeps its temporary while it writes.
        if (match.hasMatch() &&
            ::fstatat(parent, local.constData(), &entry, AT_SYMLINK_NOFOLLOW) == 0 &&
            entry.st_mtime < anHourAgo && runEnded(match.captured(1).toLongLong()))
            removeEntryAt(parent, local, kind); // only of the kind a killed run leaves
    }
    ::close(parent);
}

} // namespace paragraf
