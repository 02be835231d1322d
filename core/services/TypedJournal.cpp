#include "TypedJournal.h"

#include "i18n/TrContexts.h"
#include "io/AtomicFile.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <cerrno>
#include <cstring>

namespace paragraf {

namespace {
QString g_folder;

QByteArray checksum(const QByteArray& json) {
    return QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex().left(16);
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
    if (const int error = appendDurably(path, bytes); error != 0)
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
    // A journal that cannot even be set aside stays where it is, still not applied: the next
    // open finds it damaged again and says so.
    (void)renameDurably(m_path, aside);
    return aside;
}

Status TypedJournal::clear() const {
    if (!QFileInfo::exists(m_path))
        return {};
    if (const int error = removeDurably(m_path); error != 0)
        return notKept(m_path, error);
    return {};
}

} // namespace paragraf
