#include "Transfer.h"
#include "TransferSteps.h"
#include "i18n/TrContexts.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace paragraf {
namespace {

using namespace transfer;

Result<QList<qint64>> ids(const QSqlDatabase& server, const QString& sql,
                          const QVariantList& values) {
    QSqlQuery query(server);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return fail(query.lastError().text());
    QSet<qint64> found;
    while (query.next())
        if (!query.value(0).isNull())
            found.insert(query.value(0).toLongLong());
    QList<qint64> sorted(found.cbegin(), found.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

// Meetings joined by follow-up: an assignment closed, or a matter taken up, at a paragraph of
// the other (each side's protocol names the other's paragraph).
const QString linkedMeetings = QStringLiteral(
    "SELECT p2.meeting_id FROM assignment a JOIN paragraph p1 ON p1.id = a.paragraph_id"
    " JOIN paragraph p2 ON p2.id = a.closed_at WHERE p1.meeting_id = ANY(?)"
    " UNION SELECT p1.meeting_id FROM assignment a JOIN paragraph p1 ON p1.id = a.paragraph_id"
    " JOIN paragraph p2 ON p2.id = a.closed_at WHERE p2.meeting_id = ANY(?)"
    " UNION SELECT p2.meeting_id FROM referral r JOIN paragraph p1 ON p1.id = r.paragraph_id"
    " JOIN paragraph p2 ON p2.id = r.taken_up_at WHERE p1.meeting_id = ANY(?)"
    " UNION SELECT p1.meeting_id FROM referral r JOIN paragraph p1 ON p1.id = r.paragraph_id"
    " JOIN paragraph p2 ON p2.id = r.taken_up_at WHERE p2.meeting_id = ANY(?)"
    " UNION SELECT id FROM meeting WHERE id = ANY(?)");

struct Taken {
    QString body, meetings, bodies, people, organisations;
};

Result<Taken> whatToTake(const QSqlDatabase& server, qint64 body) {
    auto meetings = ids(server, QStringLiteral("SELECT id FROM meeting WHERE body_id = ?"), {body});
    if (!meetings)
        return fail(meetings.error());
    QList<qint64> all = meetings.value();
    for (;;) {
        const QString array = idArray(all);
        const auto grown = ids(server, linkedMeetings, {array, array, array, array, array});
        if (!grown)
            return fail(grown.error());
        if (grown->size() == all.size())
            break;
        all = grown.value();
    }
    Taken taken{idArray({body}), idArray(all), {}, {}, {}};
    const auto bodies =
        ids(server,
            QStringLiteral("SELECT body_id FROM meeting WHERE id = ANY(?) UNION SELECT r.to_body_id"
                           " FROM referral r JOIN paragraph p ON p.id = r.paragraph_id"
                           " WHERE p.meeting_id = ANY(?) UNION SELECT CAST(? AS bigint)"),
            {taken.meetings, taken.meetings, body});
    const auto people = ids(
        server,
        QStringLiteral("SELECT person_id FROM participant WHERE meeting_id = ANY(?)"
                       " UNION SELECT person_id FROM membership WHERE body_id = ?"
                       " UNION SELECT h.person_id FROM assignment_holder h"
                       " JOIN assignment a ON a.id = h.assignment_id"
                       " JOIN paragraph p ON p.id = a.paragraph_id WHERE p.meeting_id = ANY(?)"),
        {taken.meetings, body, taken.meetings});
    const auto organisations = ids(
        server,
        QStringLiteral("SELECT organisation_id FROM membership WHERE body_id = ?"
                       " UNION SELECT organisation_id FROM body_seat WHERE body_id = ?"
                       " UNION SELECT h.organisation_id FROM assignment_holder h"
                       " JOIN assignment a ON a.id = h.assignment_id"
                       " JOIN paragraph p ON p.id = a.paragraph_id WHERE p.meeting_id = ANY(?)"),
        {body, body, taken.meetings});
    if (!bodies || !people || !organisations)
        return fail(!bodies ? bodies.error() : !people ? people.error() : organisations.error());
    taken.bodies = idArray(bodies.value());
    taken.people = idArray(people.value());
    taken.organisations = idArray(organisations.value());
    return taken;
}

std::pair<QString, QVariant> selectionOf(const Taken& taken, const TableMove& move) {
    switch (move.scope) {
    case Scope::Organisation:
        return {QStringLiteral("id = ANY(?)"), taken.organisations};
    case Scope::Person:
        return {QStringLiteral("id = ANY(?)"), taken.people};
    case Scope::Body:
        return {QStringLiteral("id = ANY(?)"), taken.bodies};
    case Scope::Roster:
        return {QStringLiteral("body_id = ANY(?)"), taken.body};
    case Scope::BodyOwned:
        return {QStringLiteral("body_id = ANY(?)"), taken.bodies};
    case Scope::Meeting:
        return {move.table == QLatin1String("meeting") ? QStringLiteral("id = ANY(?)")
                                                       : QStringLiteral("meeting_id = ANY(?)"),
                taken.meetings};
    case Scope::Paragraph:
        return {QStringLiteral("paragraph_id IN (SELECT id FROM paragraph"
                               " WHERE meeting_id = ANY(?))"),
                taken.meetings};
    case Scope::Viewpoint:
        return {QStringLiteral("viewpoint_id IN (SELECT v.id FROM viewpoint v JOIN paragraph p"
                               " ON p.id = v.paragraph_id WHERE p.meeting_id = ANY(?))"),
                taken.meetings};
    case Scope::Assignment:
        return {QStringLiteral("assignment_id IN (SELECT a.id FROM assignment a JOIN paragraph p"
                               " ON p.id = a.paragraph_id WHERE p.meeting_id = ANY(?))"),
                taken.meetings};
    }
    return {};
}

} // namespace

Result<TransferSummary> pullBody(const QSqlDatabase& server, const QSqlDatabase& file,
                                 const QString& bodyName, const Progress& progress) {
    const auto body = ids(server, QStringLiteral("SELECT id FROM body WHERE name = ?"), {bodyName});
    if (!body)
        return fail(body.error());
    if (body->isEmpty())
        return fail(DatabaseText::tr("The server has no body named %1.").arg(bodyName));
    const auto taken = whatToTake(server, body->first());
    if (!taken)
        return fail(taken.error());
    QSqlDatabase target = file;
    if (!target.transaction())
        return fail(target.lastError().text());
    RowCopier copier(server, file, false, progress);
    const Selection selection = [&](const TableMove& move) {
        return selectionOf(taken.value(), move);
    };
    if (auto copied = copyEverything(copier, file, selection, {}); !copied) {
        rollbackIfOpen(target);
        return fail(copied.error());
    }
    if (!target.commit()) {
        const QString why = target.lastError().text();
        rollbackIfOpen(target);
        return fail(why);
    }
    TransferSummary summary;
    summary.rows = copier.written();
    summary.rowsPerTable = copier.writtenPerTable();
    summary.bodies = QStringList{bodyName};
    summary.ids = copier.ids();
    return summary;
}

} // namespace paragraf
