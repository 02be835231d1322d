#pragma once

#include "Result.h"
#include "ServerAddress.h"

#include <QSqlDatabase>
#include <optional>

class QSqlError;
struct pg_conn;

namespace paragraf {

// What differs between Paragraf's two engines, in one place: the SQLite file (the embedded
// default) and a PostgreSQL server through Qt's QPSQL driver (docs/server.md). Repositories
// write one SQL text for both: RETURNING id, IS NOT DISTINCT FROM, ON CONFLICT are both
// engines' SQL. What cannot be one text is named here.
enum class Engine { File, Server };

Engine engineOf(const QSqlDatabase& connection);
inline bool isServer(const QSqlDatabase& connection) {
    return engineOf(connection) == Engine::Server;
}

// libpq's connection under a Qt QPSQL one, or nullptr when it is not an open server connection:
// SqlQuery and Transaction run the server's statements on it (one round trip each, values out
// of line), as they run the file's on SQLite's own interface.
pg_conn* serverHandle(const QSqlDatabase& connection);

// A connection to the server at `address`, open, or why not in a person's words: unreachable
// (ErrorKind::Offline), a password needed or refused (ErrorKind::PasswordNeeded), no such
// database, no such login. `password` is used when given, else the address's own, else libpq's
// (~/.pgpass, a service file, Kerberos).
Result<QSqlDatabase> openServerConnection(const ServerAddress& address, const QString& password);

// A refusal of the server told as the file tells it: the finality triggers' SQLSTATEs (PF001-
// PF003) give their own message, serialization failures and deadlocks are ErrorKind::Busy,
// a missing privilege says the login may not, a lost connection is ErrorKind::Offline.
// Nothing for anything else (the caller describes the statement).
std::optional<Error> serverFailure(const QString& sqlState, bool connectionLost);
std::optional<Error> serverFailure(const QSqlError& error);
// ErrorKind::Offline when the server connection is gone (or was never open), for a statement run
// through Qt's QSqlQuery, whose error text is libpq's and Qt's ("FATAL: terminating connection …
// QPSQL: Unable to create query"); nothing while it is open.
std::optional<Error> lostConnection(const QSqlDatabase& connection);

// Whether a PostgreSQL server answers at the address of a connection's options (libpq's PQping:
// no login, no statement), within two seconds at most. Safe on any thread: it opens nothing Qt
// knows of, so a window can ask on a thread of its own and never wait for a server that is away.
bool serverAnswers(const QString& connectOptions);

// Whether a serialization failure or deadlock (40001, 40P01) was met on this thread since the
// last call, and forget it: inTransaction runs the whole work again then (Transaction.h).
bool takeSerializationFailure();
void forgetSerializationFailure();

// The change counter the desk polls to learn that someone else changed the server: the audit's
// newest row made by another connection after `since` (0 when none). LISTEN/NOTIFY can replace
// this poll later (Database::changedElsewhere is the one caller).
Result<qint64> serverChangesSince(const QSqlDatabase& connection, qint64 since);

} // namespace paragraf
