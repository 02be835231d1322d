// Values and prepared statements of the server's connection (ServerStatements.h).
#include "ServerStatements.h"

#include <QHash>
#include <QSet>
#include <libpq-events.h>

namespace paragraf::server {

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

QByteArray Run::statementKey() const {
    QByteArray key = sql;
    for (const Parameter& p : parameters)
        key += ',' + QByteArray::number(p.type);
    return key;
}

QByteArray Run::identity() const {
    QByteArray identity = statementKey();
    for (const Parameter& p : parameters) {
        identity += '\0';
        identity += p.isNull ? 'n' : (p.binary ? 'b' : 't');
        identity += QByteArray::number(p.bytes.size()) + ':' + p.bytes;
    }
    return identity;
}

Values::Values(const Run& run) {
    const std::size_t count = run.parameters.size();
    types.resize(count);
    values.resize(count);
    lengths.resize(count);
    formats.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
        const Parameter& p = run.parameters[i];
        types[i] = p.type;
        values[i] = p.isNull ? nullptr : p.bytes.constData();
        lengths[i] = static_cast<int>(p.bytes.size());
        formats[i] = p.binary ? 1 : 0;
    }
}

namespace {

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

QByteArray newName(PreparedStatements& prepared, const QByteArray& key) {
    const QByteArray name = "paragraf_" + QByteArray::number(++prepared.made);
    prepared.seenOnce.remove(key);
    prepared.names.insert(key, name);
    return name;
}

} // namespace

QByteArray preparedName(PGconn* connection, const Run& run) {
    const PreparedStatements* prepared = preparedStatementsOf(connection);
    return prepared ? prepared->names.value(run.statementKey()) : QByteArray();
}

QByteArray nameToPrepare(PGconn* connection, const Run& run) {
    PreparedStatements* prepared = preparedStatementsOf(connection);
    if (!prepared || prepared->made >= mostPrepared)
        return {};
    return newName(*prepared, run.statementKey());
}

void forgetPrepared(PGconn* connection, const QByteArray& statementKey) {
    if (PreparedStatements* prepared = preparedStatementsOf(connection))
        prepared->names.remove(statementKey);
}

PGresult* execute(PGconn* connection, const Run& run) {
    const Values v(run);
    PreparedStatements* prepared = preparedStatementsOf(connection);
    const QByteArray key = prepared ? run.statementKey() : QByteArray();
    QByteArray name = prepared ? prepared->names.value(key) : QByteArray();
    if (name.isEmpty() && prepared && prepared->made < mostPrepared &&
        !prepared->seenOnce.contains(key)) {
        prepared->seenOnce.insert(key);
    } else if (name.isEmpty() && prepared && prepared->made < mostPrepared) {
        name = newName(*prepared, key);
        PGresult* made =
            PQprepare(connection, name.constData(), run.sql.constData(), v.count(), v.types.data());
        if (PQresultStatus(made) != PGRES_COMMAND_OK) {
            prepared->names.remove(key);
            return made;
        }
        PQclear(made);
    }
    if (name.isEmpty())
        return PQexecParams(connection, run.sql.constData(), v.count(), v.types.data(),
                            v.values.data(), v.lengths.data(), v.formats.data(), 0);
    PGresult* result = PQexecPrepared(connection, name.constData(), v.count(), v.values.data(),
                                      v.lengths.data(), v.formats.data(), 0);
    // A table a prepared statement reads was changed (a newer program migrated the server):
    // the server refuses the statement as prepared; it is prepared afresh at its next run.
    if (const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
        state && (qstrcmp(state, "0A000") == 0 || qstrcmp(state, "26000") == 0))
        prepared->names.remove(key);
    return result;
}

} // namespace paragraf::server
