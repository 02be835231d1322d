#include "Staged.h"

#include "AtomicFile.h"
#include "i18n/TrContexts.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

namespace paragraf {
namespace {

void removeTemporary(const QString& temporary) {
    const QFileInfo info(temporary);
    if (info.isDir() && !info.isSymLink())
        QDir(temporary).removeRecursively();
    else
        ::unlink(QFile::encodeName(temporary).constData());
}

QString systemReason(int error) {
    return QString::fromLocal8Bit(std::strerror(error));
}

bool processRuns(qint64 pid) {
    return ::kill(pid_t(pid), 0) == 0 || errno != ESRCH;
}

} // namespace

Staged::Staged(QString temporary, QString finalPath)
    : m_temporary(std::move(temporary)), m_final(std::move(finalPath)) {}

Staged::Staged(Staged&& other) noexcept
    : m_temporary(std::exchange(other.m_temporary, QString())), m_final(other.m_final) {}

Staged::~Staged() {
    if (!m_temporary.isEmpty())
        removeTemporary(m_temporary);
}

Status Staged::nameIsFree() const {
    if (QFileInfo::exists(m_final) || QFileInfo(m_final).isSymLink())
        return fail(FileText::tr("%1 exists already; nothing was written. Choose another folder "
                                 "or move it away first.")
                        .arg(m_final));
    return {};
}

Status Staged::giveName() {
    if (auto free = nameIsFree(); !free)
        return free;
    // Never over a file or folder made meanwhile, not even an empty folder.
    if (::renameat2(AT_FDCWD, QFile::encodeName(m_temporary).constData(), AT_FDCWD,
                    QFile::encodeName(m_final).constData(), RENAME_NOREPLACE) != 0) {
        const int error = errno;
        if (error == EEXIST)
            return nameIsFree();
        return fail(FileText::tr("%1 could not be given its name (%2); nothing was kept.")
                        .arg(m_final, systemReason(error)));
    }
    m_temporary.clear();
    if (const int error = syncDirectory(QFileInfo(m_final).absolutePath()); error != 0)
        return fail(FileText::tr("%1 was written, but the disk did not confirm that it is kept "
                                 "(%2); save it again.")
                        .arg(m_final, systemReason(error)));
    return {};
}

QString temporaryNameBeside(const QString& path, int n) {
    const QFileInfo info(path);
    return info.absolutePath() +
           QStringLiteral("/.%1.tmp-%2-%3").arg(info.fileName()).arg(::getpid()).arg(n);
}

void removeLeftTemporaries(const QString& path) {
    const QFileInfo info(path);
    const QRegularExpression ours(QStringLiteral("^\\.%1\\.tmp-(\\d+)-\\d+$")
                                      .arg(QRegularExpression::escape(info.fileName())));
    const QDateTime anHourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QDir folder(info.absolutePath());
    const auto left = folder.entryInfoList(QDir::Dirs | QDir::Files | QDir::Hidden | QDir::System |
                                           QDir::NoDotAndDotDot);
    for (const QFileInfo& entry : left) {
        const auto match = ours.match(entry.fileName());
        // Another computer's run on a shared folder has a process id that means nothing here:
        // the hour keeps its temporary while it writes.
        if (match.hasMatch() && entry.lastModified().toUTC() < anHourAgo &&
            !processRuns(match.captured(1).toLongLong()))
            removeTemporary(entry.absoluteFilePath());
    }
}

} // namespace paragraf
