#include "TransferService.h"

#include "AdjustmentService.h"
#include "ErratumService.h"
#include "i18n/TrContexts.h"
#include "services/MeetingService.h"
#include "storage/Database.h"
#include "storage/Engine.h"
#include "storage/Transfer.h"

#include <QFile>
#include <QFileInfo>

namespace paragraf {

namespace {

// The refusal of a push that would move a protocol changed outside Paragraf.
QString alteredRefusal(const QStringList& altered) {
    return AdjustmentText::tr(
               "Nothing was moved: an adjusted protocol in the file is not as it "
               "was adjusted (its content, a chain or who signed was changed outside "
               "Paragraf), and the server would keep it final as it is. Check "
               "the file with paragraf-cli verify and restore it from a backup.\n"
               "%1")
        .arg(altered.join(QLatin1Char('\n')));
}

} // namespace

Result<TransferService::Pushed> TransferService::push(const Database& file, const Database& server,
                                                      const TransferProgress& progress) {
    if (file.isServer())
        return fail(AdjustmentText::tr("push moves a file onto a server: %1 is not a file.")
                        .arg(file.path()));
    if (!server.isServer())
        return fail(AdjustmentText::tr("push moves a file onto a server: %1 is not a server.")
                        .arg(server.path()));
    // A read transaction: one snapshot of the file for the check and the whole move.
    QSqlDatabase snapshot = file.connection();
    if (!snapshot.transaction())
        return fail(AdjustmentText::tr("The file cannot be read as it is now."));
    Result<Pushed> result = fail(QString());
    if (auto check = verifyAdjusted(file); !check)
        result = fail(check.error());
    else if (!check->altered.isEmpty())
        result = fail(alteredRefusal(check->altered));
    else if (auto pushed = pushFile(file.connection(), server.connection(),
                                    &ErratumService::chainHash, progress);
             !pushed)
        result = fail(pushed.error());
    else
        result = Pushed{pushed.value(), check.value()};
    snapshot.rollback();
    // The server gone half-way: nothing was moved (one transaction), said in a person's words.
    if (!result)
        if (auto lost = lostConnection(server.connection()))
            return *lost;
    return result;
}

Result<TransferService::AdjustedCheck> TransferService::verifyAdjusted(const Database& database) {
    const auto meetings = MeetingService(database).list();
    if (!meetings)
        return fail(meetings.error());
    AdjustedCheck found;
    for (const MeetingSummary& meeting : meetings.value()) {
        if (!isLocked(meeting.status))
            continue;
        ++found.adjusted;
        const auto verification = AdjustmentService(database).verify(meeting.id);
        if (!verification)
            return fail(verification.error());
        const auto named = [&](const Finding& finding) {
            return AdjustmentText::tr("meeting %1 (%2, %3): %4")
                .arg(meeting.id)
                .arg(meeting.bodyName, meeting.date.toString(Qt::ISODate), finding.text);
        };
        for (const Finding& finding : verification->findings)
            (isAlteration(finding.kind) ? found.altered : found.missing) << named(finding);
    }
    return found;
}

Result<TransferService::Pulled> TransferService::pull(const Database& server, const QString& path,
                                                      const QString& bodyName,
                                                      const TransferProgress& progress) {
    if (!server.isServer())
        return fail(AdjustmentText::tr("pull takes a body out of a server: %1 is not a server.")
                        .arg(server.path()));
    if (Database::looksLikeServer(path))
        return fail(AdjustmentText::tr("pull writes a file: %1 is a server.").arg(path));
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
        auto pulled = pullBody(server.connection(), file.connection(), bodyName, progress);
        if (!pulled) {
            result = fail(pulled.error());
        } else {
            const auto verified = verifyAdjusted(file);
            if (!verified)
                result = fail(verified.error());
            else
                result = Pulled{pulled.value(), verified->adjusted, verified->all()};
        }
    }
    if (!result) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    return result;
}

} // namespace paragraf
