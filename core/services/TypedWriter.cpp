#include "TypedWriter.h"

#include "TypedJournal.h"
#include "i18n/TrContexts.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QList>
#include <QThread>
#include <algorithm>
#include <chrono>

namespace paragraf {

int TypedWriter::patienceMs = 30000;

namespace {
std::mutex writersMutex;
QList<TypedWriter*> writers;

// What stops a typed write for a while: another writer holding the file, a full disk, or a
// server that cannot be reached.
bool mayWait(ErrorKind kind) {
    return kind == ErrorKind::Busy || kind == ErrorKind::DiskFull || kind == ErrorKind::Offline;
}

struct Outcome {
    enum Kind { Written, Refused, Wait } kind = Written;
    Error error;
    size_t refusedAt = 0; // the first write not committed, when refused
};

Outcome refusedOrWait(const Status& status, size_t at) {
    return {mayWait(status.errorKind()) ? Outcome::Wait : Outcome::Refused, status.failure(), at};
}

// A statement on a lost server connection fails however it fails (Qt takes the connection as
// closed): the server is away, and what was to be written waits for it.
Status offlineIfLost(const Database& database, Status status) {
    if (status || status.errorKind() == ErrorKind::Offline || !database.isLost())
        return status;
    return Error{status.error(), ErrorKind::Offline};
}

// One transaction for the batch, each write a savepoint in it: a refused write is undone alone
// and what came before it is committed; a busy file or a full disk undoes the batch, to retry.
Outcome writeAll(const Database& database, const std::deque<TypedWriter::Write>& writes) {
    Transaction outer(database.connection());
    if (!outer.started())
        return refusedOrWait(offlineIfLost(database, outer.started()), 0);
    for (size_t i = 0; i < writes.size(); ++i) {
        if (!writes[i])
            continue;
        const Status status = offlineIfLost(database, writes[i](database));
        if (status)
            continue;
        if (mayWait(status.errorKind()))
            return refusedOrWait(status, i);
        if (auto committed = outer.commit(); !committed)
            return refusedOrWait(offlineIfLost(database, committed), 0);
        return {Outcome::Refused, status.failure(), i};
    }
    if (auto committed = outer.commit(); !committed)
        return refusedOrWait(offlineIfLost(database, committed), 0);
    return {};
}
} // namespace

TypedWriter::TypedWriter(const Database& database, QObject* parent) : QObject(parent) {
    m_thread.reset(QThread::create([this, &database] {
        auto own = Database::openSecond(database);
        {
            std::lock_guard lock(m_mutex);
            m_openError = own ? QString() : own.error();
            m_opened = true;
        }
        m_settled.notify_all();
        if (!own)
            return;
        // As the desk's own connection: a busy file is said after a short wait, not after 5 s.
        own.value()->waitWhenBusy(700);
        (void)own.value()->changedElsewhere(); // from here on
        run(*own.value());
    }));
    m_thread->setObjectName(QStringLiteral("TypedWriter"));
    m_thread->start();
    {
        std::unique_lock lock(m_mutex);
        m_settled.wait(lock, [this] { return m_opened; });
    }
    std::lock_guard lock(writersMutex);
    writers.append(this);
}

bool TypedWriter::allSettled() {
    std::lock_guard all(writersMutex);
    for (TypedWriter* writer : std::as_const(writers)) {
        std::lock_guard lock(writer->m_mutex);
        const bool idle =
            writer->m_report.waiting || (writer->m_queue.empty() && !writer->m_writing);
        if (!idle || writer->m_posted)
            return false;
    }
    return true;
}

TypedWriter::~TypedWriter() {
    {
        std::lock_guard lock(writersMutex);
        writers.removeAll(this);
    }
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_work.notify_all();
    m_thread->wait();
}

qint64 TypedWriter::enqueue(Write write, const QString& typed) {
    return enqueueJob(std::move(write), typed, std::nullopt);
}

qint64 TypedWriter::enqueue(const TypedChange& change) {
    return enqueueJob([change](const Database& database) { return change.apply(database); },
                      change.typed, change);
}

// The change goes into the queue with its write, under one lock: the writing thread must never
// take a typed write it could not put into the journal.
qint64 TypedWriter::enqueueJob(Write write, const QString& typed,
                               std::optional<TypedChange> change) {
    std::lock_guard lock(m_mutex);
    const qint64 sequence = ++m_sequence;
    m_report.queued = sequence;
    if (m_report.refused || m_dropping) { // based on a refused write: given back, not written
        m_report.typed = typed;
        m_report.durable = sequence;
        // On a server, typed after a journal was refused and before the desk showed what the
        // server holds: kept with what was not sent, never dropped.
        if (change && m_journal)
            (void)m_journal->keepNotSent({*change});
        return sequence;
    }
    m_queue.push_back({sequence, std::move(write), typed, false, std::move(change), false});
    m_work.notify_one();
    return sequence;
}

void TypedWriter::keepOfflineIn(std::shared_ptr<TypedJournal> journal) {
    std::lock_guard lock(m_mutex);
    m_journal = std::move(journal);
}

qint64 TypedWriter::enqueueJournaled(const QList<TypedChange>& changes) {
    std::lock_guard lock(m_mutex);
    for (const TypedChange& change : changes) {
        const qint64 sequence = ++m_sequence;
        m_queue.push_back({sequence,
                           [change](const Database& database) { return change.apply(database); },
                           change.typed, false, change, true});
    }
    m_report.queued = m_sequence;
    m_work.notify_one();
    return m_sequence;
}

qint64 TypedWriter::look(bool ownCommit) {
    std::lock_guard lock(m_mutex);
    const qint64 sequence = ++m_sequence;
    m_report.queued = sequence;
    m_queue.push_back({sequence, {}, {}, ownCommit, std::nullopt, false});
    m_work.notify_one();
    return sequence;
}

void TypedWriter::flush() {
    std::unique_lock lock(m_mutex);
    m_settled.wait(
        lock, [this] { return (m_queue.empty() && !m_writing) || m_report.waiting || m_dropping; });
}

void TypedWriter::resume() {
    std::lock_guard lock(m_mutex);
    m_dropping = false;
}

TypedWriter::Report TypedWriter::take() {
    std::lock_guard lock(m_mutex);
    Report report = m_report;
    m_report.refused = false;
    m_report.otherCommit = false;
    return report;
}

void TypedWriter::notify() {
    if (m_posted.exchange(true))
        return;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_posted = false;
            emit progressed();
        },
        Qt::QueuedConnection);
}

// Whether someone else committed since the writer last looked; a commit the caller announced as
// its own (look(true)) is not news.
void TypedWriter::lookAtFile(Database& database, const std::deque<Job>& batch) {
    const bool changed = database.changedElsewhere();
    const bool announced =
        std::any_of(batch.cbegin(), batch.cend(), [](const Job& job) { return job.ownCommit; });
    if (changed && !announced) {
        std::lock_guard lock(m_mutex);
        m_report.otherCommit = true;
    }
}

// A field's journaled keystrokes as one change from what it held before the first to what the
// last wanted: sent again after a lost connection, the server either has all of them or none
// (one transaction), and the one change is then written or found already there.
void TypedWriter::coalesce(std::deque<Job>& batch) {
    std::deque<Job> out;
    for (Job& job : batch) {
        if (job.journaled && job.change) {
            auto earlier = std::find_if(out.rbegin(), out.rend(), [&](const Job& e) {
                return e.change && e.change->sameField(*job.change);
            });
            if (earlier != out.rend() && earlier->journaled &&
                earlier->change->chainsWith(*job.change)) {
                TypedChange merged = *earlier->change;
                merged.absorb(*job.change);
                out.erase(std::next(earlier).base());
                job.change = merged;
                job.write = [merged](const Database& database) {
                    return merged.apply(database);
                };
            }
        }
        out.push_back(std::move(job));
    }
    batch.swap(out);
}

Status TypedWriter::journal(std::deque<Job>& batch) {
    QList<TypedChange> changes;
    bool unjournalable = false;
    for (const Job& job : batch) {
        if (job.write && !job.change)
            unjournalable = true;
        if (job.change && !job.journaled)
            changes << *job.change;
    }
    if (!m_journal || unjournalable)
        return fail(FileText::tr("What you type cannot be kept on this computer."));
    if (auto appended = m_journal->append(changes); !appended)
        return appended;
    for (Job& job : batch)
        job.journaled = job.journaled || job.change.has_value();
    return {};
}

QString TypedWriter::keepNotSent(const std::deque<Job>& batch, size_t from) {
    QList<TypedChange> changes;
    for (size_t i = from; i < batch.size(); ++i)
        if (batch[i].change)
            changes << *batch[i].change;
    if (changes.isEmpty() || !m_journal->keepNotSent(changes))
        return {};
    return FileText::tr("What was not sent is kept on this computer in %1.")
        .arg(m_journal->notSentPath());
}

void TypedWriter::run(Database& database) {
    QElapsedTimer stoppedWaiting;
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_work.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_queue.empty())
            return;
        std::deque<Job> batch;
        batch.swap(m_queue);
        m_writing = true;
        lock.unlock();
        Status kept;
        Outcome outcome;
        if (m_offline) {
            kept = journal(batch);
            if (const Status back = database.reconnect(); back)
                m_offline = false;
            else
                outcome = {Outcome::Wait, back.failure(), 0};
        }
        const bool hadJournal =
            std::any_of(batch.cbegin(), batch.cend(), [](const Job& job) { return job.journaled; });
        QString notSent;
        if (!m_offline) {
            coalesce(batch);
            lookAtFile(database, batch);
            std::deque<Write> writes;
            for (const Job& job : batch)
                writes.push_back(job.write);
            const bool anyWrite = std::any_of(writes.cbegin(), writes.cend(),
                                              [](const Write& write) { return bool(write); });
            outcome = anyWrite ? writeAll(database, writes) : Outcome{};
            if (outcome.kind == Outcome::Wait && outcome.error.kind == ErrorKind::Offline) {
                m_offline = true;
                kept = journal(batch);
            } else if (outcome.kind == Outcome::Refused && hadJournal) {
                notSent = keepNotSent(batch, outcome.refusedAt);
            }
            if (outcome.kind != Outcome::Wait && hadJournal)
                (void)m_journal->clear(); // everything in it is on the server, or not sent
        }
        lock.lock();
        m_writing = false;
        if (outcome.kind == Outcome::Wait) {
            waitAgain(batch, outcome.error, kept);
            if (m_stopping && !stoppedWaiting.isValid())
                stoppedWaiting.start();
            // Closed while offline with everything in the journal: it is sent at the next open.
            if (m_stopping && (m_report.kept || stoppedWaiting.elapsed() > patienceMs)) {
                if (!m_report.kept)
                    qWarning("TypedWriter: %d typed writes could not be written: %s",
                             static_cast<int>(m_queue.size()), qPrintable(outcome.error.message));
                return;
            }
            m_work.wait_for(lock, std::chrono::milliseconds(250));
            continue;
        }
        m_report.waiting = false;
        m_report.kept = false;
        if (outcome.kind == Outcome::Refused) {
            m_report.refused = true;
            m_report.refusal = outcome.error;
            if (!notSent.isEmpty())
                m_report.refusal.message += QLatin1Char('\n') + notSent;
            for (size_t i = outcome.refusedAt; i < batch.size(); ++i)
                if (batch[i].write)
                    m_report.typed = batch[i].typed;
            for (const Job& job : m_queue)
                if (job.write)
                    m_report.typed = job.typed;
            m_queue.clear();
            m_dropping = true;
            m_report.durable = m_sequence;
        } else {
            m_report.durable = batch.back().sequence;
        }
        m_settled.notify_all();
        notify();
    }
}

// Back in front of what came meanwhile, in the same order (of the looks at the file only the
// last: each batch looks anyway); tried again shortly.
void TypedWriter::waitAgain(std::deque<Job>& batch, const Error& error, const Status& kept) {
    bool ownCommit = false;
    std::deque<Job> keep;
    for (size_t i = 0; i < batch.size(); ++i) {
        ownCommit = ownCommit || batch[i].ownCommit;
        if (batch[i].write || i + 1 == batch.size())
            keep.push_back(std::move(batch[i]));
    }
    if (!keep.empty() && !keep.back().write)
        keep.back().ownCommit = ownCommit;
    m_queue.insert(m_queue.begin(), keep.begin(), keep.end());
    m_report.waiting = true;
    m_report.waitingFor = error;
    m_report.kept = m_offline && kept.ok();
    if (m_offline && !kept)
        m_report.waitingFor = Error{kept.error(), ErrorKind::Offline};
    m_settled.notify_all();
    notify();
}

} // namespace paragraf
