#pragma once

#include "Result.h"
#include "model/Ids.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace paragraf {

// A meeting out for adjustment in which the login's person takes part (a participant of it).
struct ParticipationOutForAdjustment {
    Id meetingId = NoId;
    Id participantId = NoId;
};

// Who the connection is on a server, and the server's clock (docs/server.md): the login
// (session_user), the person paragraf_login maps it to, and the meetings out for adjustment
// that person takes part in. A file has no logins: no login, no person, no meetings.
class LoginRepository {
public:
    explicit LoginRepository(const QSqlDatabase& connection) : m_connection(connection) {}

    Result<QString> login() const;
    Result<Id> person() const; // NoId: the login is no one's (the owner's), or a file
    Result<QList<ParticipationOutForAdjustment>> outForAdjustment(Id personId) const;
    // The server's time of the current transaction in whole seconds, UTC: what the server gives
    // a signature made in person by the login's own person (roles.sql).
    Result<QDateTime> transactionTime() const;

private:
    QSqlDatabase m_connection;
};

} // namespace paragraf
