// SqlQuery on a PostgreSQL server: libpq under Qt's QPSQL connection (docs/server.md). The same
// SQL text as the file's; `:name` placeholders become $n here, values go out of line.
#include "Engine.h"
#include "ServerStatements.h"
#include "SqlQuery.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <libpq-fe.h>
#include <memory>

namespace paragraf {
namespace {

struct Translated {
    QByteArray sql;    // with $1, $2, …
    QStringList names; // ":name" of each $n
};

// `:name` → `$n`, the same name the same n, outside quotes, comments and `::` casts.
Translated translate(const QString& sql) {
    Translated out;
    QString text;
    const qsizetype n = sql.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = sql[i];
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const qsizetype end = sql.indexOf(c, i + 1);
            const qsizetype stop = end < 0 ? n : end + 1;
            text += sql.mid(i, stop - i);
            i = stop - 1;
        } else if (c == QLatin1Char('-') && i + 1 < n && sql[i + 1] == QLatin1Char('-')) {
            const qsizetype end = sql.indexOf(QLatin1Char('\n'), i);
            const qsizetype stop = end < 0 ? n : end;
            text += sql.mid(i, stop - i);
            i = stop - 1;
        } else if (c == QLatin1Char(':') && i + 1 < n && sql[i + 1] == QLatin1Char(':')) {
            text += QLatin1String("::");
            ++i;
        } else if (c == QLatin1Char(':') && i + 1 < n &&
                   (sql[i + 1].isLetter() || sql[i + 1] == QLatin1Char('_'))) {
            qsizetype end = i + 1;
            while (end < n && (sql[end].isLetterOrNumber() || sql[end] == QLatin1Char('_')))
                ++end;
            const QString name = sql.mid(i, end - i);
            qsizetype index = out.names.indexOf(name);
            if (index < 0) {
                out.names << name;
                index = out.names.size() - 1;
            }
            text += QLatin1Char('$') + QString::number(index + 1);
            i = end - 1;
        } else {
            text += c;
        }
    }
    out.sql = text.toUtf8();
    return out;
}

// One translation per SQL text, kept for the life of the program (the texts are the program's).
const Translated& translated(const QString& sql) {
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const Translated>> cache;
    const QMutexLocker lock(&mutex);
    auto& entry = cache[sql];
    if (!entry)
        entry = std::make_shared<const Translated>(translate(sql));
    return *entry;
}

QString primaryMessage(const PGresult* result, PGconn* connection) {
    if (result)
        if (const char* message = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY))
            return QString::fromUtf8(message);
    return QString::fromUtf8(PQerrorMessage(connection)).trimmed();
}

} // namespace

void SqlQuery::prepareOnServer(const QString& sql) {
    const Translated& t = translated(sql);
    m_serverSql = t.sql;
    m_serverNames = &t.names;
    m_serverValues = QList<QVariant>(t.names.size());
}

void SqlQuery::bindOnServer(const QString& placeholder, const QVariant& value) {
    const qsizetype index = m_serverNames->indexOf(placeholder);
    if (index < 0) {
        m_bindFailed = true;
        m_error = QCoreApplication::translate("SqlQuery", "%1 cannot be bound").arg(placeholder);
        return;
    }
    m_serverValues[index] = value;
}

void SqlQuery::clearServerResult() {
    if (m_result)
        PQclear(m_result);
    m_result = nullptr;
    m_row = -1;
    m_rows = 0;
}

Status SqlQuery::execOnServer() {
    if (m_bindFailed)
        return fail(describeFailure(QStringLiteral("bind")));
    clearServerResult();
    server::Run run{m_serverSql, {}};
    run.parameters.reserve(m_serverValues.size());
    for (const QVariant& value : m_serverValues)
        run.parameters.push_back(server::parameterOf(value));
    m_result = server::takeSentAhead(m_server, run);
    if (!m_result)
        m_result = server::execute(m_server, run);
    const ExecStatusType status = m_result ? PQresultStatus(m_result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        const char* state = m_result ? PQresultErrorField(m_result, PG_DIAG_SQLSTATE) : nullptr;
        m_error = primaryMessage(m_result, m_server);
        clearServerResult();
        const bool lost = PQstatus(m_server) != CONNECTION_OK;
        if (auto known = serverFailure(QString::fromLatin1(state ? state : ""), lost))
            return *known;
        return fail(describeFailure(QStringLiteral("exec")));
    }
    m_rows = PQntuples(m_result);
    m_rowsAffected = QByteArray(PQcmdTuples(m_result)).toInt();
    // An INSERT … RETURNING id: the new row's id, as SQLite's last_insert_rowid gives it.
    if (m_rows > 0 && m_serverSql.trimmed().left(6).compare("INSERT", Qt::CaseInsensitive) == 0)
        m_lastInsertId = QByteArray(PQgetvalue(m_result, 0, 0)).toLongLong();
    return {};
}

// Values as the file's SQLite gives them: whole numbers (and yes/no) as qint64, reals as
// double, bytea as bytes, everything else as text; NULL as a null QString.
QVariant SqlQuery::valueOnServer(int column) const {
    if (!m_result || m_row < 0 || column >= PQnfields(m_result) ||
        PQgetisnull(m_result, m_row, column))
        return QVariant(QMetaType::fromType<QString>());
    const char* raw = PQgetvalue(m_result, m_row, column);
    switch (PQftype(m_result, column)) {
    case server::int8Oid:
    case server::int4Oid:
    case server::int2Oid:
        return QVariant(QByteArray(raw).toLongLong());
    case server::boolOid:
        return QVariant(static_cast<qint64>(raw[0] == 't'));
    case server::float4Oid:
    case server::float8Oid:
    case server::numericOid:
        return QVariant(QByteArray(raw).toDouble());
    case server::byteaOid: {
        size_t length = 0;
        unsigned char* bytes =
            PQunescapeBytea(reinterpret_cast<const unsigned char*>(raw), &length);
        QByteArray data(reinterpret_cast<const char*>(bytes), static_cast<qsizetype>(length));
        PQfreemem(bytes);
        return QVariant(data);
    }
    default:
        return QVariant(QString::fromUtf8(raw, PQgetlength(m_result, m_row, column)));
    }
}

QString SqlQuery::textOnServer(int column) const {
    if (!m_result || m_row < 0 || column >= PQnfields(m_result))
        return {};
    if (PQftype(m_result, column) == server::boolOid)
        return QString::number(valueOnServer(column).toLongLong());
    return QString::fromUtf8(PQgetvalue(m_result, m_row, column),
                             PQgetlength(m_result, m_row, column));
}

} // namespace paragraf
