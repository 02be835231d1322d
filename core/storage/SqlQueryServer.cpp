// SqlQuery on a PostgreSQL server: libpq under Qt's QPSQL connection (docs/server.md). The same
// SQL text as the file's; `:name` placeholders become $n here, values go out of line.
#include "Engine.h"
#include "SqlQuery.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <libpq-events.h>
#include <libpq-fe.h>
#include <memory>
#include <vector>

namespace paragraf {
namespace {

// PostgreSQL's type ids (pg_type.dat) of the values read and bound here.
constexpr Oid boolOid = 16, byteaOid = 17, int8Oid = 20, int2Oid = 21, int4Oid = 23,
              float4Oid = 700, float8Oid = 701, numericOid = 1700;

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

// A value as the server is sent it: whole numbers as int8, reals as float8, bytes as bytea,
// text and NULL untyped, so that the server gives them the type of the column they meet.
struct Parameter {
    Oid type = 0;
    QByteArray bytes;
    bool isNull = false;
    bool binary = false;
};

Parameter parameterOf(const QVariant& value) {
    Parameter p;
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
        p.type = int8Oid;
        p.bytes = QByteArray::number(value.toLongLong());
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        p.type = float8Oid;
        p.bytes = QByteArray::number(value.toDouble(), 'g', 17);
        break;
    case QMetaType::QByteArray:
        p.type = byteaOid;
        p.bytes = value.toByteArray();
        p.binary = true;
        break;
    default:
        p.bytes = value.toString().toUtf8();
    }
    p.isNull = value.isNull();
    return p;
}

// The statements a server connection has prepared, by SQL text and parameter types: the
// server then parses and plans a statement once (after a few runs it keeps a generic plan),
// where PQexecParams plans every run. Planning was most of a meeting's load (docs/server.md,
// "Measured"). A text is prepared on its second run on the connection, so a statement run once
// (most of a CLI command's) costs no extra round trip. The data lives with libpq's connection
// (an event procedure): it goes when the connection is closed or reset, never outliving the
// server's side of it.
struct PreparedStatements {
    QHash<QByteArray, QByteArray> names; // key → the statement's name on the server
    QSet<QByteArray> seenOnce;
    int made = 0;
};

// The program's SQL texts are a fixed set; this bounds the server's memory all the same.
constexpr int mostPrepared = 1000;

int preparedStatementsEvent(PGEventId event, void* info, void*) {
    if (event == PGEVT_CONNRESET) {
        PGconn* connection = static_cast<PGEventConnReset*>(info)->conn;
        if (auto* kept = static_cast<PreparedStatements*>(
                PQinstanceData(connection, preparedStatementsEvent)))
            *kept = PreparedStatements{};
    } else if (event == PGEVT_CONNDESTROY) {
        PGconn* connection = static_cast<PGEventConnDestroy*>(info)->conn;
        delete static_cast<PreparedStatements*>(
            PQinstanceData(connection, preparedStatementsEvent));
    }
    return 1;
}

PreparedStatements* preparedStatementsOf(PGconn* connection) {
    if (auto* kept =
            static_cast<PreparedStatements*>(PQinstanceData(connection, preparedStatementsEvent)))
        return kept;
    if (!PQregisterEventProc(connection, preparedStatementsEvent, "paragraf-prepared", nullptr))
        return nullptr;
    auto* kept = new PreparedStatements;
    if (!PQsetInstanceData(connection, preparedStatementsEvent, kept)) {
        delete kept;
        return nullptr;
    }
    return kept;
}

QByteArray statementKey(const QByteArray& sql, const std::vector<Oid>& types) {
    QByteArray key = sql;
    for (Oid type : types)
        key += ',' + QByteArray::number(type);
    return key;
}

// Runs the statement prepared when it was run before on this connection (preparing it now if
// this is its second run), else as a one-off: the result, or the failure of preparing it.
PGresult* run(PGconn* connection, const QByteArray& sql, const std::vector<Oid>& types,
              const std::vector<const char*>& values, const std::vector<int>& lengths,
              const std::vector<int>& formats) {
    const int count = static_cast<int>(types.size());
    PreparedStatements* prepared = preparedStatementsOf(connection);
    const QByteArray key = prepared ? statementKey(sql, types) : QByteArray();
    QByteArray name = prepared ? prepared->names.value(key) : QByteArray();
    if (name.isEmpty() && prepared && prepared->made < mostPrepared &&
        !prepared->seenOnce.contains(key)) {
        prepared->seenOnce.insert(key);
    } else if (name.isEmpty() && prepared && prepared->made < mostPrepared) {
        name = "paragraf_" + QByteArray::number(++prepared->made);
        PGresult* made =
            PQprepare(connection, name.constData(), sql.constData(), count, types.data());
        if (PQresultStatus(made) != PGRES_COMMAND_OK)
            return made;
        PQclear(made);
        prepared->seenOnce.remove(key);
        prepared->names.insert(key, name);
    }
    if (name.isEmpty())
        return PQexecParams(connection, sql.constData(), count, types.data(), values.data(),
                            lengths.data(), formats.data(), 0);
    PGresult* result = PQexecPrepared(connection, name.constData(), count, values.data(),
                                      lengths.data(), formats.data(), 0);
    // A table a prepared statement reads was changed (a newer program migrated the server):
    // the server refuses the statement as prepared; it is prepared afresh at its next run.
    if (const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
        state && (qstrcmp(state, "0A000") == 0 || qstrcmp(state, "26000") == 0))
        prepared->names.remove(key);
    return result;
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
    const int count = static_cast<int>(m_serverValues.size());
    std::vector<Parameter> parameters;
    parameters.reserve(count);
    std::vector<Oid> types(count);
    std::vector<const char*> values(count);
    std::vector<int> lengths(count), formats(count);
    for (int i = 0; i < count; ++i) {
        parameters.push_back(parameterOf(m_serverValues[i]));
        const Parameter& p = parameters.back();
        types[i] = p.type;
        values[i] = p.isNull ? nullptr : p.bytes.constData();
        lengths[i] = static_cast<int>(p.bytes.size());
        formats[i] = p.binary ? 1 : 0;
    }
    m_result = run(m_server, m_serverSql, types, values, lengths, formats);
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
    case int8Oid:
    case int4Oid:
    case int2Oid:
        return QVariant(QByteArray(raw).toLongLong());
    case boolOid:
        return QVariant(static_cast<qint64>(raw[0] == 't'));
    case float4Oid:
    case float8Oid:
    case numericOid:
        return QVariant(QByteArray(raw).toDouble());
    case byteaOid: {
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
    if (PQftype(m_result, column) == boolOid)
        return QString::number(valueOnServer(column).toLongLong());
    return QString::fromUtf8(PQgetvalue(m_result, m_row, column),
                             PQgetlength(m_result, m_row, column));
}

} // namespace paragraf
