#include "Transfer.h"

#include "ReviewRepository.h"
#include "TransferSteps.h"
#include "i18n/TrContexts.h"

#include <QSqlError>
#include <QSqlQuery>

namespace paragraf {
namespace transfer {
namespace {

// Sent for adjustment or final: who takes part and who signs are kept as sent (schema 17).
bool wasSent(const QString& status) {
    return status == QLatin1String("out_for_adjustment") || status == QLatin1String("adjusted") ||
           status == QLatin1String("announced") || status == QLatin1String("archived");
}

struct MeetingState {
    qint64 source = 0;
    QVariant status;
    QVariant revision;
};

Status setStatuses(const RowCopier& copier, const QSqlDatabase& target,
                   const QList<MeetingState>& meetings) {
    QSqlQuery update(target);
    update.prepare(
        QStringLiteral("UPDATE meeting SET status = ?, attendance_revision = ? WHERE id = ?"));
    for (const MeetingState& meeting : meetings) {
        const auto id = copier.mapped(QStringLiteral("meeting"), meeting.source);
        if (!id)
            return fail(id.error());
        update.addBindValue(meeting.status);
        update.addBindValue(meeting.revision);
        update.addBindValue(id.value());
        if (!update.exec())
            return fail(DatabaseText::tr("%1: %2").arg(QStringLiteral("meeting"),
                                                       update.lastError().text()));
    }
    return {};
}

} // namespace

void rollbackIfOpen(QSqlDatabase& target) {
    if (target.isOpen())
        target.rollback();
}

QString idArray(const QList<qint64>& ids) {
    QStringList numbers;
    for (qint64 id : ids)
        numbers << QString::number(id);
    return QLatin1Char('{') + numbers.join(QLatin1Char(',')) + QLatin1Char('}');
}

Status copyEverything(RowCopier& copier, const QSqlDatabase& target, const Selection& selection,
                      const QHash<QString, RowHook>& hooks) {
    QList<MeetingState> meetings;
    // A meeting sent for adjustment (or final) is written as a draft: the triggers take its
    // content only so.
    const RowHook meetingHook = [&](Row& row) -> Result<Verdict> {
        meetings << MeetingState{row[QStringLiteral("id")].toLongLong(),
                                 row[QStringLiteral("status")],
                                 row[QStringLiteral("attendance_revision")]};
        if (wasSent(row[QStringLiteral("status")].toString()))
            row[QStringLiteral("status")] = QStringLiteral("draft");
        return Verdict::Write;
    };
    for (const bool kept : {false, true}) {
        if (kept) {
            if (auto later = copier.finishLater(); !later)
                return later;
            if (auto set = setStatuses(copier, target, meetings); !set)
                return set;
        }
        for (const TableMove& move : tableMoves()) {
            if (move.afterStatuses != kept)
                continue;
            const auto [where, value] = selection(move);
            const RowHook hook =
                move.table == QLatin1String("meeting") ? meetingHook : hooks.value(move.table);
            if (auto copied = copier.copy(move, where, value, hook); !copied)
                return copied;
        }
    }
    return {};
}

} // namespace transfer

namespace {

using namespace transfer;

Status knownTables(const QSqlDatabase& file) {
    const auto tables = tablesOf(file);
    if (!tables)
        return fail(tables.error());
    for (const QString& table : tables.value())
        if (!tableMove(table))
            return fail(DatabaseText::tr("The file has the table %1, which this Paragraf cannot "
                                         "move to a server.")
                            .arg(table));
    return {};
}

Result<QHash<QString, qint64>> namesOnServer(const QSqlDatabase& server, const QString& sql) {
    QSqlQuery query(server);
    if (!query.exec(sql))
        return fail(query.lastError().text());
    QHash<QString, qint64> names;
    while (query.next())
        names.insert(query.value(1).toString(), query.value(0).toLongLong());
    return names;
}

Status noBodyTwice(const QSqlDatabase& file, const QSqlDatabase& server, QStringList* bodies) {
    const auto onServer = namesOnServer(server, QStringLiteral("SELECT id, name FROM body"));
    const auto inFile = namesOnServer(file, QStringLiteral("SELECT id, name FROM body"));
    if (!onServer || !inFile)
        return fail(onServer ? inFile.error() : onServer.error());
    QStringList both;
    for (auto body = inFile->cbegin(); body != inFile->cend(); ++body) {
        *bodies << body.key();
        if (onServer->contains(body.key()))
            both << body.key();
    }
    bodies->sort();
    both.sort();
    if (!both.isEmpty())
        return fail(DatabaseText::tr("The server already has %1 (a body's name is unique there). "
                                     "Nothing was moved: rename the body in the file, or move "
                                     "it to the server once only.")
                        .arg(both.join(QStringLiteral(", "))));
    return {};
}

// The rättelser's chain names a paragraph by id: each link is checked with the file's ids and
// made anew with the server's, continuing from the signatures' chain (which names no id).
QHash<QString, RowHook> chainHooks(RowCopier& copier, const ErratumChain& chain) {
    auto signatureLinks = std::make_shared<QHash<qint64, QString>>();
    auto fileLinks = std::make_shared<QHash<qint64, QString>>();
    auto serverLinks = std::make_shared<QHash<qint64, QString>>();
    const RowHook signature = [=](Row& row) -> Result<Verdict> {
        signatureLinks->insert(row[QStringLiteral("meeting_id")].toLongLong(),
                               row[QStringLiteral("chain_hash")].toString());
        return Verdict::Write;
    };
    const RowHook erratum = [=, &copier](Row& row) -> Result<Verdict> {
        const qint64 meeting = row[QStringLiteral("meeting_id")].toLongLong();
        const QString first = signatureLinks->value(meeting, QString(64, QLatin1Char('0')));
        const QVariant paragraph = row[QStringLiteral("paragraph_id")];
        Erratum e = erratumFrom(
            row[QStringLiteral("id")].toLongLong(), meeting, paragraph.toLongLong(),
            {row[QStringLiteral("corrected_text")].toString(),
             row[QStringLiteral("reason")].toString(), row[QStringLiteral("decided_by")].toString(),
             row[QStringLiteral("decided_on")].toString(),
             row[QStringLiteral("recorded_at")].toString(),
             row[QStringLiteral("chain_hash")].toString()});
        if (chain(fileLinks->value(meeting, first), e) != e.chainHash)
            return fail(DatabaseText::tr("A rättelse of meeting %1 in the file (%2) has been "
                                         "changed or its chain is broken; a broken chain is not "
                                         "moved. Nothing was moved.")
                            .arg(meeting)
                            .arg(e.correctedText.left(40)));
        const auto moved = copier.mapped(QStringLiteral("paragraph"), paragraph);
        if (!moved)
            return fail(moved.error());
        fileLinks->insert(meeting, e.chainHash);
        e.paragraphId = moved->toLongLong();
        const QString link = chain(serverLinks->value(meeting, first), e);
        serverLinks->insert(meeting, link);
        row[QStringLiteral("chain_hash")] = link;
        return Verdict::Write;
    };
    return {{QStringLiteral("signature"), signature}, {QStringLiteral("erratum"), erratum}};
}

// Push writes bodies, rosters and meetings at once, and signatures made by others: no person's
// role may, so it runs as the owner of the tables (or a superuser), whom row-level security
// lets through. Said at once, rather than as the first table's refusal.
Status ownerOfTheTables(const QSqlDatabase& server) {
    QSqlQuery query(server);
    if (!query.exec(QStringLiteral(
            "SELECT pg_has_role(c.relowner, 'USAGE') OR r.rolsuper OR r.rolbypassrls,"
            " pg_get_userbyid(c.relowner), current_user FROM pg_class c, pg_roles r"
            " WHERE c.oid = CAST('public.meeting' AS regclass) AND r.rolname = current_user")) ||
        !query.next())
        return fail(query.lastError().text());
    if (!query.value(0).toBool())
        return fail(DatabaseText::tr("Moving a file onto the server is done as the database's "
                                     "owner (%1), who sets it up; %2 is not.")
                        .arg(query.value(1).toString(), query.value(2).toString()));
    return {};
}

} // namespace

Result<TransferSummary> pushFile(const QSqlDatabase& file, const QSqlDatabase& server,
                                 const ErratumChain& chain, const Progress& progress) {
    if (auto known = knownTables(file); !known)
        return fail(known.error());
    if (auto owner = ownerOfTheTables(server); !owner)
        return fail(owner.error());
    TransferSummary summary;
    if (auto unique = noBodyTwice(file, server, &summary.bodies); !unique)
        return fail(unique.error());
    const auto organisations =
        namesOnServer(server, QStringLiteral("SELECT id, name FROM organisation"));
    if (!organisations)
        return fail(organisations.error());
    QSqlDatabase target = server;
    if (!target.transaction())
        return fail(target.lastError().text());
    RowCopier copier(file, server, true, progress);
    QHash<QString, RowHook> hooks = chainHooks(copier, chain);
    // An organisation is one organisation whoever's file names it.
    hooks.insert(QStringLiteral("organisation"), [&](Row& row) -> Result<Verdict> {
        const auto shared = organisations->constFind(row[QStringLiteral("name")].toString());
        if (shared == organisations->cend())
            return Verdict::Write;
        copier.map(QStringLiteral("organisation"), row[QStringLiteral("id")].toLongLong(),
                   shared.value());
        return Verdict::Skip;
    });
    const Selection everything = [](const TableMove&) {
        return std::pair<QString, QVariant>();
    };
    if (auto copied = copyEverything(copier, server, everything, hooks); !copied) {
        rollbackIfOpen(target);
        return fail(copied.error());
    }
    if (!target.commit()) {
        const QString why = target.lastError().text();
        rollbackIfOpen(target);
        return fail(why);
    }
    summary.rows = copier.written();
    summary.rowsPerTable = copier.writtenPerTable();
    summary.ids = copier.ids();
    return summary;
}

} // namespace paragraf
