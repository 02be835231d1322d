// Reads sent to the server ahead (ReadAhead.h): libpq's pipeline mode under SqlQuery.
#include "ReadAhead.h"

#include "Engine.h"
#include "ServerStatements.h"

#include <QHash>
#include <QList>
#include <libpq-events.h>
#include <utility>

namespace paragraf {
namespace {

using server::Run;

// Enough for any load the program makes; a longer recording is cut (the rest runs alone).
constexpr int mostRecorded = 200;

// A run as recorded: which of its values were the key.
struct Recorded {
    Run run;
    std::vector<bool> isKey;
};

// One command in the pipeline: a statement sent ahead (its identity), or the PQsendPrepare
// before it (no identity; the statement key to forget if the server refuses it).
struct Sent {
    QByteArray identity;
    QByteArray preparedKey;
    PGresult* result = nullptr;
    bool taken = false;
};

struct SentAhead {
    QHash<QString, QList<Recorded>> recordings; // by the ReadAhead's name
    bool open = false;                          // a ReadAhead is open on the connection
    QString what;
    QByteArray key;
    QList<Recorded> recording;
    QList<Sent> sent;
    qsizetype read = 0;  // commands of `sent` whose result has been read
    bool piping = false; // in pipeline mode, results or the sync still to read
    int taken = 0;
    int ranAlone = 0;

    void dropResults() {
        for (Sent& s : sent)
            PQclear(s.result);
        sent.clear();
        read = 0;
    }
    ~SentAhead() { dropResults(); }
};

int sentAheadEvent(PGEventId event, void* info, void*) {
    if (event == PGEVT_CONNRESET) {
        PGconn* connection = static_cast<PGEventConnReset*>(info)->conn;
        if (auto* state = static_cast<SentAhead*>(PQinstanceData(connection, sentAheadEvent))) {
            state->dropResults();
            state->piping = false;
        }
    } else if (event == PGEVT_CONNDESTROY) {
        PGconn* connection = static_cast<PGEventConnDestroy*>(info)->conn;
        delete static_cast<SentAhead*>(PQinstanceData(connection, sentAheadEvent));
    }
    return 1;
}

SentAhead* existingState(PGconn* connection) {
    return static_cast<SentAhead*>(PQinstanceData(connection, sentAheadEvent));
}

SentAhead* stateOf(PGconn* connection) {
    if (SentAhead* state = existingState(connection))
        return state;
    if (!PQregisterEventProc(connection, sentAheadEvent, "paragraf-read-ahead", nullptr))
        return nullptr;
    auto* state = new SentAhead;
    if (!PQsetInstanceData(connection, sentAheadEvent, state)) {
        delete state;
        return nullptr;
    }
    return state;
}

// The recorded run with this ReadAhead's key where the last one's was.
Run withKey(const Recorded& recorded, const QByteArray& key) {
    Run run = recorded.run;
    for (std::size_t i = 0; i < run.parameters.size(); ++i)
        if (recorded.isKey[i])
            run.parameters[i].bytes = key;
    return run;
}

void record(SentAhead& state, const Run& run) {
    if (state.recording.size() >= mostRecorded)
        return;
    Recorded recorded{run, std::vector<bool>(run.parameters.size())};
    for (std::size_t i = 0; i < run.parameters.size(); ++i) {
        const server::Parameter& p = run.parameters[i];
        recorded.isKey[i] = p.type == server::int8Oid && !p.isNull && p.bytes == state.key;
    }
    state.recording << recorded;
}

// Sends one run into the pipeline, preparing its statement first when it is not yet.
bool send(PGconn* connection, SentAhead& state, const Run& run) {
    const server::Values v(run);
    QByteArray name = server::preparedName(connection, run);
    if (name.isEmpty() && !(name = server::nameToPrepare(connection, run)).isEmpty()) {
        if (!PQsendPrepare(connection, name.constData(), run.sql.constData(), v.count(),
                           v.types.data()))
            return false;
        state.sent << Sent{{}, run.statementKey()};
    }
    const int sent =
        name.isEmpty()
            ? PQsendQueryParams(connection, run.sql.constData(), v.count(), v.types.data(),
                                v.values.data(), v.lengths.data(), v.formats.data(), 0)
            : PQsendQueryPrepared(connection, name.constData(), v.count(), v.values.data(),
                                  v.lengths.data(), v.formats.data(), 0);
    if (sent)
        state.sent << Sent{run.identity(), {}};
    return sent != 0;
}

// Reads the result of the next command in the pipeline; false when none came (the connection
// failed: nothing more will).
bool readNext(PGconn* connection, SentAhead& state) {
    Sent& command = state.sent[state.read++];
    PGresult* result = PQgetResult(connection);
    if (!result)
        return false;
    // Each command's results end with a null; a second result would be a protocol this code
    // does not know: give up on the pipeline rather than pair results with the wrong command.
    if (PGresult* extra = PQgetResult(connection)) {
        PQclear(extra);
        PQclear(result);
        return false;
    }
    if (command.identity.isEmpty()) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK)
            server::forgetPrepared(connection, command.preparedKey);
        PQclear(result);
    } else {
        command.result = result;
    }
    return true;
}

// Reads what is left of the pipeline up to its sync and leaves pipeline mode: also after a
// command gave no result (the connection failed) or one too many, for a connection left in
// pipeline mode would refuse every later statement. Two nulls in a row: nothing more will come.
void leavePipeline(PGconn* connection, SentAhead& state) {
    for (int nulls = 0; nulls < 2;) {
        PGresult* result = PQgetResult(connection);
        nulls = result ? 0 : nulls + 1;
        const bool synced = result && PQresultStatus(result) == PGRES_PIPELINE_SYNC;
        PQclear(result);
        if (synced)
            break;
    }
    // After the sync libpq may still hold the null that ends it; then leaving needs one more read.
    if (!PQexitPipelineMode(connection)) {
        while (PGresult* rest = PQgetResult(connection))
            PQclear(rest);
        PQexitPipelineMode(connection);
    }
    state.read = state.sent.size();
    state.piping = false;
}

// Reads the pipeline's results up to command `last` (all of them when it is the last), then its
// sync, and leaves pipeline mode.
void readUpTo(PGconn* connection, SentAhead& state, qsizetype last) {
    while (state.piping && state.read <= last && state.read < state.sent.size())
        if (!readNext(connection, state))
            return leavePipeline(connection, state);
    if (state.piping && state.read == state.sent.size())
        leavePipeline(connection, state);
}

bool isRead(const QByteArray& sql) {
    const QByteArray start = sql.trimmed().left(6).toUpper();
    return start == "SELECT" || start.startsWith("WITH");
}

void sendAhead(PGconn* connection, SentAhead& state) {
    const QList<Recorded> recorded = state.recordings.value(state.what);
    // Not within a transaction: there a statement sent ahead that fails (one the service may not
    // even run this time) would abort the service's transaction.
    if (recorded.isEmpty() || PQpipelineStatus(connection) != PQ_PIPELINE_OFF ||
        PQtransactionStatus(connection) != PQTRANS_IDLE)
        return;
    if (!PQenterPipelineMode(connection))
        return;
    state.piping = true;
    for (const Recorded& r : recorded)
        if (!send(connection, state, withKey(r, state.key)))
            break;
    if (!PQpipelineSync(connection)) {
        // Nothing of it reached the server: the statements run alone, as without a ReadAhead.
        state.dropResults();
        PQexitPipelineMode(connection);
        state.piping = false;
    }
}

} // namespace

ReadAhead::ReadAhead(const QSqlDatabase& connection, const QString& what, qint64 key)
    : m_server(serverHandle(connection)) {
    SentAhead* state = m_server ? stateOf(m_server) : nullptr;
    if (!state || state->open) {
        m_server = nullptr;
        return;
    }
    state->open = true;
    state->what = what;
    state->key = QByteArray::number(key);
    state->recording.clear();
    state->taken = state->ranAlone = 0;
    sendAhead(m_server, *state);
}

ReadAhead::~ReadAhead() {
    SentAhead* state = m_server ? existingState(m_server) : nullptr;
    if (!state)
        return;
    readUpTo(m_server, *state, state->sent.size());
    state->dropResults();
    if (!state->recording.isEmpty())
        state->recordings.insert(state->what, state->recording);
    state->open = false;
}

int ReadAhead::taken() const {
    const SentAhead* state = m_server ? existingState(m_server) : nullptr;
    return state ? state->taken : 0;
}

int ReadAhead::ranAlone() const {
    const SentAhead* state = m_server ? existingState(m_server) : nullptr;
    return state ? state->ranAlone : 0;
}

namespace server {

PGresult* takeSentAhead(PGconn* connection, const Run& run) {
    SentAhead* state = existingState(connection);
    if (!state || !state->open) {
        if (state && state->piping)
            readUpTo(connection, *state, state->sent.size());
        return nullptr;
    }
    record(*state, run);
    const QByteArray identity = run.identity();
    for (qsizetype i = 0; i < state->sent.size(); ++i) {
        Sent& s = state->sent[i];
        if (s.taken || s.identity != identity)
            continue;
        readUpTo(connection, *state, i);
        const ExecStatusType status = s.result ? PQresultStatus(s.result) : PGRES_FATAL_ERROR;
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
            break; // it failed: it runs again alone and fails with its own words
        s.taken = true;
        ++state->taken;
        return std::exchange(s.result, nullptr);
    }
    readUpTo(connection, *state, state->sent.size());
    if (!isRead(run.sql))
        state->dropResults();
    ++state->ranAlone;
    return nullptr;
}

void settleSentAhead(PGconn* connection) {
    if (SentAhead* state = existingState(connection); state && state->piping)
        readUpTo(connection, *state, state->sent.size());
}

} // namespace server
} // namespace paragraf
