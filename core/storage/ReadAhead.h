#pragma once

#include <QSqlDatabase>
#include <QString>

struct pg_conn;

namespace paragraf {

// The reads a service makes for one thing (a meeting, by its id), sent to the server together.
//
// Loading a meeting runs two dozen small statements, one after the other; on a server each was
// a round trip with the client and the server taking turns, most of the load's time. Within a
// ReadAhead the statements run are recorded; the next ReadAhead of the same name on the
// connection sends them all at once (libpq's pipeline mode, one round trip), with `key` in
// place of every value that was the key the last time, before the service asks for them. Each
// SqlQuery then takes its rows from what was sent ahead when its statement and values are
// exactly those sent, and runs itself otherwise (after the pipeline has been read to its end),
// so what a service reads never differs from what it would have read without: a guess that
// missed costs one round trip, never a wrong row. A write within a ReadAhead drops what was
// sent ahead.
//
// Only SqlQuery's reads may run within it (not Qt's QSqlQuery on the same connection).
// On the file, and when one is already open on the connection, it does nothing.
class ReadAhead {
public:
    ReadAhead(const QSqlDatabase& connection, const QString& what, qint64 key);
    ~ReadAhead();
    ReadAhead(const ReadAhead&) = delete;
    ReadAhead& operator=(const ReadAhead&) = delete;

    // How many of this ReadAhead's statements were taken from what was sent ahead, and how many
    // ran by themselves (tests and benchmarks; 0 and 0 on the file).
    int taken() const;
    int ranAlone() const;

private:
    pg_conn* m_server = nullptr;
};

} // namespace paragraf
