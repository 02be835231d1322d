#pragma once

#include "Result.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QVariant>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;
struct pg_conn;
struct pg_result;

namespace paragraf {

// The SQLite connection under a Qt one, or nullptr when it is not an open SQLite connection.
sqlite3* sqliteHandle(const QSqlDatabase& connection);

// The failures a person can act on, told in their words: the file busy with another writer
// (ErrorKind::Busy), the disk full. Nothing for any other result code.
std::optional<Error> failureOf(sqlite3* handle, int code);

// Keeps the statements a connection prepares, for the next SqlQuery with the same SQL: the
// statements of an edit carry the schema's triggers and cost more to prepare than to run.
// forgetStatements() finalizes them and must come before the connection closes (Database does
// both); connections never registered prepare every time.
void keepStatements(const QSqlDatabase& connection);
void forgetStatements(const QSqlDatabase& connection);

// prepare -> bind -> exec -> report. A failure message names the statement and the values bound,
// so a log line is enough to see what went wrong.
//
// Runs on SQLite's own interface under the Qt connection: Qt's driver turns every value into a
// QVariant, caches the row and has SQLite convert all text to UTF-16, which made reading a
// meeting three times slower than SQLite itself. Connections are still opened, configured and
// closed through Qt; a SqlQuery lives only within one call, so none outlives its connection.
//
// On a server (a QPSQL connection) the same SQL runs on libpq under Qt's connection
// (SqlQueryServer.cpp): `:name` placeholders become $n, values go out of line, one round trip
// per statement, and a statement run again on a connection is prepared there (parsed and
// planned once, as the file's statements are kept); rows, values and failures read as the
// file's (an SQLSTATE the program knows is an ErrorKind, see Engine.h). An INSERT … RETURNING id
// gives lastInsertId() on both engines.
class SqlQuery {
public:
    SqlQuery(const QSqlDatabase& connection, const QString& sql);
    ~SqlQuery();
    SqlQuery(const SqlQuery&) = delete;
    SqlQuery& operator=(const SqlQuery&) = delete;

    SqlQuery& bind(const QString& placeholder, const QVariant& value);
    Status exec();

    // Runs the query and reads every row with read(const SqlQuery&).
    template <typename ReadRow> auto collect(ReadRow read) -> Result<QList<decltype(read(*this))>> {
        using Row = decltype(read(*this));
        if (auto status = exec(); !status)
            return fail(status.failure());
        QList<Row> rows;
        while (next())
            rows << read(*this);
        return rows;
    }

    // Runs the query and reads its first row, or fails with `missing` when there is none.
    template <typename ReadRow>
    auto first(ReadRow read, const QString& missing) -> Result<decltype(read(*this))> {
        if (auto status = exec(); !status)
            return fail(status.failure());
        if (!next())
            return fail(missing);
        return read(*this);
    }

    // The next row of the result, false after the last one (or when stepping failed).
    bool next();
    // A column of the current row: an integer, a real, text, a blob, or null (isNull()).
    QVariant value(int column) const;
    qint64 valueId(int column) const;
    QString text(int column) const;
    qint64 lastInsertId() const { return m_lastInsertId; }
    int rowsAffected() const { return m_rowsAffected; }

private:
    bool step();
    QString describeFailure(const QString& what) const;
    // The server's side, in SqlQueryServer.cpp.
    void prepareOnServer(const QString& sql);
    void bindOnServer(const QString& placeholder, const QVariant& value);
    Status execOnServer();
    QVariant valueOnServer(int column) const;
    QString textOnServer(int column) const;
    void clearServerResult();

    pg_conn* m_server = nullptr;
    pg_result* m_result = nullptr;
    const QStringList* m_serverNames = nullptr; // placeholder of each $n, shared per SQL text
    QByteArray m_serverSql;
    QList<QVariant> m_serverValues;
    int m_row = -1;
    int m_rows = 0;

    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_sql;
    QString m_error;
    QList<QPair<QString, QVariant>> m_bound; // kept for the message of a failure
    bool m_bindFailed = false;
    bool m_serverLost = false; // a server's connection, gone
    bool m_rowWaiting = false; // exec() has stepped onto the first row
    int m_code = 0;            // SQLite's result code of the failure kept in m_error
    qint64 m_lastInsertId = 0;
    int m_rowsAffected = 0;
};

// Dates and clock times as the schema stores them: "2024-11-11" and "13:00"; empty when unset.
QString isoDate(const QDate& date);
QString isoClock(const QTime& time);
QTime clockFromIso(const QString& text);

// A SQL text column that is NULL when empty: optional references and dates.
QVariant nullIfEmpty(const QString& text);
QVariant nullIfNone(qint64 id);

} // namespace paragraf
