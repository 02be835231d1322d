#pragma once

#include "Result.h"
#include "model/Paragraph.h"

#include <QList>
#include <QSqlDatabase>

namespace paragraf {

// The proceedings of paragraphs: motions with their supporters, the finding and the vote,
// named votes, reservations and protocol notes. A paragraph's proceedings are written as a
// whole (what was there is replaced) inside the caller's transaction.
class ProceedingsRepository {
public:
    explicit ProceedingsRepository(const QSqlDatabase& connection) : m_connection(connection) {}

    Status write(Id paragraphId, const Proceedings& proceedings);
    // Fills `proceedings` of the paragraphs of one meeting, a query per table.
    Status loadInto(QList<Paragraph>& paragraphs) const;

private:
    Status clear(Id paragraphId);
    Status writeMotions(Id paragraphId, const QList<Motion>& motions);
    Status writeVotes(Id paragraphId, const VoteRecord& vote);
    Status writeReservations(Id paragraphId, const QList<Reservation>& reservations);
    Status writeNotes(Id paragraphId, const QList<ProtocolNote>& notes);

    QSqlDatabase m_connection;
};

} // namespace paragraf
