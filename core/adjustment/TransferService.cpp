#include "TransferService.h"

#include "AdjustmentService.h"
#include "ErratumService.h"
#include "i18n/TrContexts.h"
#include "services/MeetingService.h"
#include "storage/Database.h"
#include "storage/ServerMigrator.h"
#include "storage/Transfer.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

namespace paragraf {

namespace {

// libpq's key=value pairs for Qt's QPSQL (which separates them with ';'): from a URI's parts,
// or from a connection string as it is.
QString connectOptions(const QString& address) {
    const QUrl url(address);
    if (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres"))
        return address.simplified().replace(QLatin1Char(' '), QLatin1Char(';'));
    QStringList options;
    if (!url.host().isEmpty())
        options << QStringLiteral("host=") + url.host();
    if (url.port() > 0)
        options << QStringLiteral("port=") + QString::number(url.port());
    if (url.path().size() > 1)
        options << QStringLiteral("dbname=") + url.path().mid(1);
    if (!url.userName().isEmpty())
        options << QStringLiteral("user=") + url.userName();
    for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        options << key + QLatin1Char('=') + value;
    return options.join(QLatin1Char(';'));
}

} // namespace

Result<QSqlDatabase> TransferService::openServer(const QString& address, const QString& password) {
    static int count = 0;
    const QString name = QStringLiteral("paragraf-transfer-%1").arg(++count);
    QSqlDatabase server = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    server.setConnectOptions(connectOptions(address));
    if (!password.isEmpty())
        server.setPassword(password);
    if (!server.open()) {
        const QString why = server.lastError().text().trimmed();
        server = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return fail(AdjustmentText::tr("Cannot connect to the server %1: %2").arg(address, why));
    }
    if (auto migrated = ServerMigrator::migrate(server); !migrated) {
        server.close();
        server = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return fail(migrated.error());
    }
    return server;
}

void TransferService::closeServer(const QString& connectionName) {
    QSqlDatabase::database(connectionName, false).close();
    QSqlDatabase::removeDatabase(connectionName);
}

Result<TransferSummary> TransferService::push(const Database& file, const QSqlDatabase& server,
                                              const TransferProgress& progress) {
    // A read transaction: one snapshot of the file for the whole move.
    QSqlDatabase snapshot = file.connection();
    if (!snapshot.transaction())
        return fail(AdjustmentText::tr("The file cannot be read as it is now."));
    auto pushed = pushFile(file.connection(), server, &ErratumService::chainHash, progress);
    snapshot.rollback();
    return pushed;
}

Result<QPair<int, QStringList>> TransferService::verifyAdjusted(const Database& database) {
    const auto meetings = MeetingService(database).list();
    if (!meetings)
        return fail(meetings.error());
    QPair<int, QStringList> found;
    for (const MeetingSummary& meeting : meetings.value()) {
        if (!isLocked(meeting.status))
            continue;
        ++found.first;
        const auto verification = AdjustmentService(database).verify(meeting.id);
        if (!verification)
            return fail(verification.error());
        for (const QString& problem : verification->problems)
            found.second << AdjustmentText::tr("meeting %1 (%2, %3): %4")
                                .arg(meeting.id)
                                .arg(meeting.bodyName, meeting.date.toString(Qt::ISODate), problem);
    }
    return found;
}

Result<TransferService::Pulled> TransferService::pull(const QSqlDatabase& server,
                                                      const QString& path, const QString& bodyName,
                                                      const TransferProgress& progress) {
    if (QFileInfo::exists(path))
        return fail(AdjustmentText::tr("%1 already exists: pull writes a new file and never "
                                       "overwrites one.")
                        .arg(path));
    Result<Pulled> result = fail(QString());
    {
        auto created = Database::create(path);
        if (!created)
            return fail(created.error());
        const Database& file = *created.value();
        auto pulled = pullBody(server, file.connection(), bodyName, progress);
        if (!pulled) {
            result = fail(pulled.error());
        } else {
            const auto verified = verifyAdjusted(file);
            if (!verified)
                result = fail(verified.error());
            else
                result = Pulled{pulled.value(), verified->first, verified->second};
        }
    }
    if (!result) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    return result;
}

} // namespace paragraf
