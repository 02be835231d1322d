#pragma once

// How a statement goes to the PostgreSQL server: its values out of line, prepared on the
// connection at its second run, and perhaps already sent ahead (ReadAhead.h). Internal to
// core/storage: SqlQueryServer.cpp, ServerStatements.cpp, ReadAhead.cpp, Transaction.cpp.
#include <QByteArray>
#include <QVariant>
#include <libpq-fe.h>
#include <vector>

namespace paragraf::server {

// PostgreSQL's type ids (pg_type.dat) of the values read and bound here.
constexpr Oid boolOid = 16, byteaOid = 17, int8Oid = 20, int2Oid = 21, int4Oid = 23,
              float4Oid = 700, float8Oid = 701, numericOid = 1700;

// A value as the server is sent it: whole numbers as int8, reals as float8, bytes as bytea,
// text and NULL untyped, so that the server gives them the type of the column they meet.
struct Parameter {
    Oid type = 0;
    QByteArray bytes;
    bool isNull = false;
    bool binary = false;
};
Parameter parameterOf(const QVariant& value);

// One run of a statement: its SQL (with $1, $2, …) and its values.
struct Run {
    QByteArray sql;
    std::vector<Parameter> parameters;

    // The statement whatever its values: what it is prepared under on a connection.
    QByteArray statementKey() const;
    // The statement and its values: two runs with the same identity read the same rows.
    QByteArray identity() const;
};

// libpq's arrays for a run's values; they point into the run, which must outlive them.
struct Values {
    explicit Values(const Run& run);
    int count() const { return static_cast<int>(types.size()); }
    std::vector<Oid> types;
    std::vector<const char*> values;
    std::vector<int> lengths, formats;
};

// Runs `run` as prepared when it ran before on this connection (preparing it now at its second
// run), else as a one-off: the result, or the failure of preparing it.
PGresult* execute(PGconn* connection, const Run& run);

// The name `run`'s statement is prepared under on the connection; empty when it is not.
QByteArray preparedName(PGconn* connection, const Run& run);
// A new name for `run`'s statement, taken as prepared from now on (the caller sends the
// PQsendPrepare); empty when the connection keeps no more. forgetPrepared when it was refused.
QByteArray nameToPrepare(PGconn* connection, const Run& run);
void forgetPrepared(PGconn* connection, const QByteArray& statementKey);

// ReadAhead's side of every run (ReadAhead.cpp): the result sent ahead for `run`, taken (the
// caller owns it), or nullptr — the pipeline then settled, so that the connection can run
// `run` itself. Records `run` for the next time when reads are being sent ahead.
PGresult* takeSentAhead(PGconn* connection, const Run& run);
// Reads whatever was sent ahead and leaves pipeline mode: before anything else uses the
// connection (a transaction's BEGIN, a statement that was not sent ahead).
void settleSentAhead(PGconn* connection);

} // namespace paragraf::server
