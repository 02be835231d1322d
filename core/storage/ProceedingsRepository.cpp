#include "ProceedingsRepository.h"

#include "SqlQuery.h"
#include "model/Codes.h"

#include <QHash>

namespace paragraf {
namespace {

// Written out whole: table names cannot be bound, and SQL is never assembled.
const char* const clearStatements[] = {"DELETE FROM paragraph_proceedings WHERE paragraph_id = :p",
                                       "DELETE FROM motion WHERE paragraph_id = :p",
                                       "DELETE FROM motion_supporter WHERE paragraph_id = :p",
                                       "DELETE FROM vote_cast WHERE paragraph_id = :p",
                                       "DELETE FROM reservation WHERE paragraph_id = :p",
                                       "DELETE FROM protocol_note WHERE paragraph_id = :p"};

} // namespace

Status ProceedingsRepository::clear(Id paragraphId) {
    for (const char* statement : clearStatements) {
        SqlQuery remove(m_connection, QLatin1String(statement));
        remove.bind(QStringLiteral(":p"), paragraphId);
        if (auto status = remove.exec(); !status)
            return status;
    }
    return {};
}

Status ProceedingsRepository::write(Id paragraphId, const Proceedings& p) {
    if (auto status = clear(paragraphId); !status)
        return status;
    if (p.isEmpty())
        return {};
    SqlQuery row(m_connection,
                 QStringLiteral("INSERT INTO paragraph_proceedings (paragraph_id, adopted_motion,"
                                " vote_held, vote_closed, vote_yes, vote_no, closed_yes, closed_no,"
                                " closed_abstain, lot_winner, wording) VALUES (:p, :adopted, :held,"
                                " :closed, :yes, :no, :cyes, :cno, :cabstain, :lot, :wording)"));
    row.bind(QStringLiteral(":p"), paragraphId)
        .bind(QStringLiteral(":adopted"), p.adoptedMotion)
        .bind(QStringLiteral(":held"), p.vote.held ? 1 : 0)
        .bind(QStringLiteral(":closed"), p.vote.closed ? 1 : 0)
        .bind(QStringLiteral(":yes"), p.vote.yesMotion)
        .bind(QStringLiteral(":no"), p.vote.noMotion)
        .bind(QStringLiteral(":cyes"), p.vote.closedYes)
        .bind(QStringLiteral(":cno"), p.vote.closedNo)
        .bind(QStringLiteral(":cabstain"), p.vote.closedAbstain)
        .bind(QStringLiteral(":lot"), p.vote.lotWinner)
        .bind(QStringLiteral(":wording"), p.wording);
    if (auto status = row.exec(); !status)
        return status;
    if (auto status = writeMotions(paragraphId, p.motions); !status)
        return status;
    if (auto status = writeVotes(paragraphId, p.vote); !status)
        return status;
    if (auto status = writeReservations(paragraphId, p.reservations); !status)
        return status;
    return writeNotes(paragraphId, p.notes);
}

Status ProceedingsRepository::writeMotions(Id paragraphId, const QList<Motion>& motions) {
    for (int i = 0; i < motions.size(); ++i) {
        const Motion& m = motions[i];
        SqlQuery insert(m_connection,
                        QStringLiteral("INSERT INTO motion (paragraph_id, position, mover_id, kind,"
                                       " text, withdrawn, put_order) VALUES (:p, :pos, :mover,"
                                       " :kind, :text, :withdrawn, :put)"));
        insert.bind(QStringLiteral(":p"), paragraphId)
            .bind(QStringLiteral(":pos"), i)
            .bind(QStringLiteral(":mover"), m.moverId)
            .bind(QStringLiteral(":kind"), codeOf(m.kind))
            .bind(QStringLiteral(":text"), m.text)
            .bind(QStringLiteral(":withdrawn"), m.withdrawn ? 1 : 0)
            .bind(QStringLiteral(":put"), m.putOrder);
        if (auto status = insert.exec(); !status)
            return status;
        for (int s = 0; s < m.supporterIds.size(); ++s) {
            SqlQuery supporter(m_connection,
                               QStringLiteral("INSERT INTO motion_supporter (paragraph_id,"
                                              " motion_position, position, participant_id)"
                                              " VALUES (:p, :motion, :pos, :who)"));
            supporter.bind(QStringLiteral(":p"), paragraphId)
                .bind(QStringLiteral(":motion"), i)
                .bind(QStringLiteral(":pos"), s)
                .bind(QStringLiteral(":who"), m.supporterIds[s]);
            if (auto status = supporter.exec(); !status)
                return status;
        }
    }
    return {};
}

Status ProceedingsRepository::writeVotes(Id paragraphId, const VoteRecord& vote) {
    for (auto it = vote.named.cbegin(); it != vote.named.cend(); ++it) {
        SqlQuery insert(m_connection,
                        QStringLiteral("INSERT INTO vote_cast (paragraph_id, participant_id,"
                                       " choice) VALUES (:p, :who, :choice)"));
        insert.bind(QStringLiteral(":p"), paragraphId)
            .bind(QStringLiteral(":who"), it.key())
            .bind(QStringLiteral(":choice"), codeOf(it.value()));
        if (auto status = insert.exec(); !status)
            return status;
    }
    return {};
}

Status ProceedingsRepository::writeReservations(Id paragraphId,
                                                const QList<Reservation>& reservations) {
    for (int i = 0; i < reservations.size(); ++i) {
        SqlQuery insert(m_connection,
                        QStringLiteral("INSERT INTO reservation (paragraph_id, position,"
                                       " participant_id, reason, reason_pending) VALUES (:p, :pos,"
                                       " :who, :reason, :pending)"));
        insert.bind(QStringLiteral(":p"), paragraphId)
            .bind(QStringLiteral(":pos"), i)
            .bind(QStringLiteral(":who"), reservations[i].participantId)
            .bind(QStringLiteral(":reason"), reservations[i].reason)
            .bind(QStringLiteral(":pending"), reservations[i].reasonPending ? 1 : 0);
        if (auto status = insert.exec(); !status)
            return status;
    }
    return {};
}

Status ProceedingsRepository::writeNotes(Id paragraphId, const QList<ProtocolNote>& notes) {
    for (int i = 0; i < notes.size(); ++i) {
        SqlQuery insert(m_connection,
                        QStringLiteral("INSERT INTO protocol_note (paragraph_id, position,"
                                       " participant_id, text) VALUES (:p, :pos, :who, :text)"));
        insert.bind(QStringLiteral(":p"), paragraphId)
            .bind(QStringLiteral(":pos"), i)
            .bind(QStringLiteral(":who"), notes[i].participantId)
            .bind(QStringLiteral(":text"), notes[i].text);
        if (auto status = insert.exec(); !status)
            return status;
    }
    return {};
}

Status ProceedingsRepository::loadInto(QList<Paragraph>& paragraphs) const {
    if (paragraphs.isEmpty())
        return {};
    QHash<Id, Proceedings*> byId;
    for (auto& p : paragraphs)
        byId.insert(p.id, &p.proceedings);
    const Id meetingId = paragraphs.first().meetingId;
    // Each table in one pass; rows of paragraphs not among those read are passed over.
    const auto each = [&](const QString& sql, auto read) -> Status {
        SqlQuery query(m_connection, sql);
        query.bind(QStringLiteral(":m"), meetingId);
        if (auto status = query.exec(); !status)
            return status;
        while (query.next())
            if (Proceedings* p = byId.value(query.valueId(0)))
                read(*p, query);
        return {};
    };
    int withProceedings = 0;
    Status status =
        each(QStringLiteral(
                 "SELECT t.paragraph_id, t.adopted_motion, t.vote_held, t.vote_closed, t.vote_yes,"
                 " t.vote_no, t.closed_yes, t.closed_no, t.closed_abstain, t.lot_winner, t.wording"
                 " FROM paragraph p JOIN paragraph_proceedings t ON t.paragraph_id = p.id WHERE"
                 " p.meeting_id = :m ORDER BY p.position"),
             [&withProceedings](Proceedings& p, const SqlQuery& row) {
                 ++withProceedings;
                 p.adoptedMotion = row.value(1).toInt();
                 p.vote.held = row.value(2).toInt() != 0;
                 p.vote.closed = row.value(3).toInt() != 0;
                 p.vote.yesMotion = row.value(4).toInt();
                 p.vote.noMotion = row.value(5).toInt();
                 p.vote.closedYes = row.value(6).toInt();
                 p.vote.closedNo = row.value(7).toInt();
                 p.vote.closedAbstain = row.value(8).toInt();
                 p.vote.lotWinner = row.value(9).toInt();
                 p.wording = row.text(10);
             });
    // Every paragraph with proceedings has its row above: without any, nothing more to read.
    if (!status || withProceedings == 0)
        return status;
    if (status)
        status = each(
            QStringLiteral(
                "SELECT t.paragraph_id, t.mover_id, t.kind, t.text, t.withdrawn, t.put_order FROM"
                " paragraph p JOIN motion t ON t.paragraph_id = p.id WHERE p.meeting_id = :m"
                " ORDER BY p.position, t.position"),
            [](Proceedings& p, const SqlQuery& row) {
                p.motions << Motion{
                    row.valueId(1),
                    enumFromCode<MotionKind>(row.text(2)).value_or(MotionKind::Amendment),
                    row.text(3),
                    {},
                    row.value(4).toInt() != 0,
                    row.value(5).toInt()};
            });
    if (status)
        status = each(
            QStringLiteral(
                "SELECT t.paragraph_id, t.motion_position, t.participant_id FROM paragraph p JOIN"
                " motion_supporter t ON t.paragraph_id = p.id WHERE p.meeting_id = :m ORDER BY"
                " p.position, t.motion_position, t.position"),
            [](Proceedings& p, const SqlQuery& row) {
                const int motion = row.value(1).toInt();
                if (motion >= 0 && motion < p.motions.size())
                    p.motions[motion].supporterIds << row.valueId(2);
            });
    if (status)
        status = each(
            QStringLiteral("SELECT t.paragraph_id, t.participant_id, t.choice FROM paragraph p JOIN"
                           " vote_cast t ON t.paragraph_id = p.id WHERE p.meeting_id = :m ORDER BY"
                           " p.position, t.participant_id"),
            [](Proceedings& p, const SqlQuery& row) {
                p.vote.named.insert(
                    row.valueId(1),
                    enumFromCode<VoteChoice>(row.text(2)).value_or(VoteChoice::Abstain));
            });
    if (status)
        status = each(
            QStringLiteral(
                "SELECT t.paragraph_id, t.participant_id, t.reason, t.reason_pending FROM"
                " paragraph p JOIN reservation t ON t.paragraph_id = p.id WHERE p.meeting_id = :m"
                " ORDER BY p.position, t.position"),
            [](Proceedings& p, const SqlQuery& row) {
                p.reservations << Reservation{row.valueId(1), row.text(2),
                                              row.value(3).toInt() != 0};
            });
    if (status)
        status =
            each(QStringLiteral(
                     "SELECT t.paragraph_id, t.participant_id, t.text FROM paragraph p JOIN"
                     " protocol_note t ON t.paragraph_id = p.id WHERE p.meeting_id = :m ORDER BY"
                     " p.position, t.position"),
                 [](Proceedings& p, const SqlQuery& row) {
                     p.notes << ProtocolNote{row.valueId(1), row.text(2)};
                 });
    return status;
}

} // namespace paragraf
