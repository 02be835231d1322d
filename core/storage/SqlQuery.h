#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace paragraf {

// prepare -> bind -> exec -> report. A failure message names the statement and the values bound,
// so a log line is enough to see what went wrong.
class SqlQuery {
public:
    SqlQuery(const QSqlDatabase& connection, const QString& sql);

    SqlQuery& bind(const QString& placeholder, const QVariant& value);
    Status exec();

    // Runs the query and reads every row with read(const SqlQuery&).
    template <typename ReadRow> auto collect(ReadRow read) -> Result<QList<decltype(read(*this))>> {
        using Row = decltype(read(*this));
        if (auto status = exec(); !status)
            return fail(status.error());
        QList<Row> rows;
        while (next())
            rows << read(*this);
        return rows;
    }

    // Runs the query and reads its first row, or fails with `missing` when there is none.
    template <typename ReadRow>
    auto first(ReadRow read, const QString& missing) -> Result<decltype(read(*this))> {
        if (auto status = exec(); !status)
            return fail(status.error());
        if (!next())
            return fail(missing);
        return read(*this);
    }

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    qint64 valueId(int column) const { return m_query.value(column).toLongLong(); }
    QString text(int column) const { return m_query.value(column).toString(); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }

private:
    QString describeFailure(const QString& what) const;

    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

// Dates and clock times as the schema stores them: "2024-11-11" and "13:00"; empty when unset.
QString isoDate(const QDate& date);
QString isoClock(const QTime& time);
QTime clockFromIso(const QString& text);

// A SQL text column that is NULL when empty: optional references and dates.
QVariant nullIfEmpty(const QString& text);
QVariant nullIfNone(qint64 id);

} // namespace paragraf
