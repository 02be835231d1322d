#include "TypedJournal.h"

#include "i18n/TrContexts.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace paragraf {

namespace {
QString g_folder;

QByteArray checksum(const QByteArray& json) {
    return QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex().left(16);
}

// 0 or the errno of the first failure; every byte reaches the descriptor or the error is seen.
int writeAll(int fd, const QByteArray& bytes) {
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t written = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return written < 0 ? errno : ENOSPC;
        done += written;
    }
    return 0;
}

int syncFolder(const QString& path) {
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return errno;
    const int error = ::fsync(fd) == 0 || errno == EINVAL ? 0 : errno;
    ::close(fd);
    return error;
}

Error notKept(const QString& path, int error) {
    return Error{FileText::tr("What you typed could not be kept on this computer (%1: %2).")
                     .arg(path, QString::fromLocal8Bit(std::strerror(error))),
                 error == ENOSPC ? ErrorKind::DiskFull : ErrorKind::Other};
}
} // namespace

TypedJournal::TypedJournal(const QString& serverName, Id meetingId)
    : m_serverName(serverName), m_meetingId(meetingId) {
    const QByteArray server =
        QCryptographicHash::hash(serverName.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    m_path = QDir(folder()).filePath(
        QStringLiteral("%1-meeting-%2.journal").arg(QString::fromLatin1(server)).arg(meetingId));
}

QString TypedJournal::folder() {
    if (!g_folder.isEmpty())
        return g_folder;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("journal"));
}

void TypedJournal::setFolder(const QString& folder) {
    g_folder = folder;
}

QString TypedJournal::notSentPath() const {
    return m_path.chopped(8) + QStringLiteral(".not-sent.journal");
}

bool TypedJournal::exists() const {
    return QFileInfo::exists(m_path);
}

QByteArray TypedJournal::header() const {
    const QJsonObject head{{QStringLiteral("paragraf-journal"), 1},
                           {QStringLiteral("server"), m_serverName},
                           {QStringLiteral("meeting"), QString::number(m_meetingId)}};
    return QJsonDocument(head).toJson(QJsonDocument::Compact) + '\n';
}

Status TypedJournal::write(const QString& path, const QByteArray& header,
                           const QList<TypedChange>& changes) {
    if (changes.isEmpty())
        return {};
    QDir().mkpath(QFileInfo(path).absolutePath());
    const bool existed = QFileInfo::exists(path);
    QByteArray bytes = existed ? QByteArray() : header;
    for (const TypedChange& change : changes) {
        const QByteArray json = QJsonDocument(change.toJson()).toJson(QJsonDocument::Compact);
        bytes += checksum(json) + ' ' + json + '\n';
    }
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0)
        return notKept(path, errno);
    int error = writeAll(fd, bytes);
    if (error == 0 && ::fsync(fd) != 0)
        error = errno;
    ::close(fd);
    if (error == 0 && !existed)
        error = syncFolder(path);
    if (error != 0)
        return notKept(path, error);
    return {};
}

Status TypedJournal::append(const QList<TypedChange>& changes) const {
    return write(m_path, header(), changes);
}

Status TypedJournal::keepNotSent(const QList<TypedChange>& changes) const {
    return write(notSentPath(), header(), changes);
}

Result<QList<TypedChange>> TypedJournal::read() const {
    QFile file(m_path);
    if (!file.exists())
        return QList<TypedChange>{};
    const auto damaged = [this](const QString& why) {
        return fail(FileText::tr("The journal of what was typed while the server could not be "
                                 "reached (%1) is damaged (%2); it was not sent.")
                        .arg(m_path, why));
    };
    if (!file.open(QIODevice::ReadOnly))
        return damaged(file.errorString());
    const QByteArray all = file.readAll();
    QList<QByteArray> lines = all.split('\n');
    // The last piece has no newline: empty, or cut off while written (never said kept).
    lines.removeLast();
    if (lines.isEmpty())
        return QList<TypedChange>{};
    const QJsonObject head = QJsonDocument::fromJson(lines.first()).object();
    if (head.value(QStringLiteral("meeting")).toString() != QString::number(m_meetingId))
        return damaged(FileText::tr("its first line does not name this meeting"));
    QList<TypedChange> changes;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines[i];
        const qsizetype space = line.indexOf(' ');
        const QByteArray json = line.mid(space + 1);
        if (space != 16 || line.left(16) != checksum(json))
            return damaged(FileText::tr("line %1 does not match its checksum").arg(i + 1));
        auto change = TypedChange::fromJson(QJsonDocument::fromJson(json).object());
        if (!change)
            return damaged(FileText::tr("line %1 is not a change").arg(i + 1));
        changes << change.value();
    }
    return changes;
}

QString TypedJournal::setAside() const {
    const QString aside =
        m_path.chopped(8) +
        QStringLiteral(".damaged-%1.journal")
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmsszzz")));
    QFile::rename(m_path, aside);
    (void)syncFolder(aside);
    return aside;
}

Status TypedJournal::clear() const {
    if (!QFileInfo::exists(m_path))
        return {};
    if (!QFile::remove(m_path))
        return notKept(m_path, errno ? errno : EIO);
    (void)syncFolder(m_path);
    return {};
}

} // namespace paragraf
