#pragma once

#include "Result.h"
#include "model/Review.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace paragraf {

// Remarks, recorded text changes, what each reviewer last read, rättelser and the notice-board
// posting of protocols. Writes run inside the caller's transaction.
class ReviewRepository {
public:
    explicit ReviewRepository(const QSqlDatabase& connection) : m_connection(connection) {}

    Result<Id> insertRemark(const Remark& remark);
    Status answerRemark(const Remark& remark); // state, answer, answered_at
    Result<QList<Remark>> remarks(Id meetingId) const;
    Result<Remark> remark(Id remarkId) const;

    Result<Id> insertTextChange(const TextChange& change);
    Result<QList<TextChange>> textChanges(Id meetingId, Id afterChangeId = 0) const;

    Status markRead(Id meetingId, Id participantId, Id lastChangeId, const QDateTime& at);
    Result<Id> lastRead(Id meetingId, Id participantId) const; // 0: never read

    Result<Id> insertErratum(const Erratum& erratum);
    Result<QList<Erratum>> errata(Id meetingId) const;

    Status insertPosting(Id meetingId, const Posting& posting);
    Status setTakenDown(Id meetingId, const QDate& day);
    Result<std::optional<Posting>> posting(Id meetingId) const;
    // Of the protocols whose deadlines still run: adjusted (to be posted) and announced (in
    // their appeal period). An archive of years adds nothing to read.
    Result<QHash<Id, ProtocolDates>> pendingProtocolDates() const;
    // Of one meeting's protocol, whatever its status; empty dates where there are none.
    Result<ProtocolDates> protocolDates(Id meetingId) const;

private:
    QSqlDatabase m_connection;
};

// An erratum row as stored: corrected_text, reason, decided_by, decided_on, recorded_at and
// chain_hash as text, in that order (the one reading of them, also for push's chain check).
Erratum erratumFrom(Id id, Id meetingId, Id paragraphId, const QStringList& texts);

} // namespace paragraf
