#include "TypedWriter.h"

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

// What stops a typed write for a while: another writer holding the file, or a full disk.
bool mayWait(ErrorKind kind) {
    return kind == ErrorKind::Busy || kind == ErrorKind::DiskFull;
}

struct Outcome {
    enum Kind { Written, Refused, Wait } kind = Written;
    Error error;
    size_t refusedAt = 0; // the first write not committed, when refused
};

Outcome refusedOrWait(const Status& status, size_t at) {
    return {mayWait(status.errorKind()) ? Outcome::Wait : Outcome::Refused, status.failure(), at};
}

// One transaction for the batch, each write a savepoint in it: a refused write is undone alone
// and what came before it is committed; a busy file or a full disk undoes the batch, to retry.
Outcome writeAll(const Database& database, const std::deque<TypedWriter::Write>& writes) {
    Transaction outer(database.connection());
    if (!outer.started())
        return refusedOrWait(outer.started(), 0);
    for (size_t i = 0; i < writes.size(); ++i) {
        if (!writes[i])
            continue;
        const Status status = writes[i](database);
        if (status)
            continue;
        if (mayWait(status.errorKind()))
            return refusedOrWait(status, i);
        if (auto committed = outer.commit(); !committed)
            return refusedOrWait(committed, 0);
        return {Outcome::Refused, status.failure(), i};
    }
    if (auto committed = outer.commit(); !committed)
        return refusedOrWait(committed, 0);
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
    std::lock_guard lock(m_mutex);
    const qint64 sequence = ++m_sequence;
    m_report.queued = sequence;
    if (m_report.refused || m_dropping) { // based on a refused write: given back, not written
        m_report.typed = typed;
        m_report.durable = sequence;
        return sequence;
    }
    m_queue.push_back({sequence, std::move(write), typed, false});
    m_work.notify_one();
    return sequence;
}

qint64 TypedWriter::look(bool ownCommit) {
    std::lock_guard lock(m_mutex);
    const qint64 sequence = ++m_sequence;
    m_report.queued = sequence;
    m_queue.push_back({sequence, {}, {}, ownCommit});
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
        lookAtFile(database, batch);
        std::deque<Write> writes;
        for (const Job& job : batch)
            writes.push_back(job.write);
        const bool anyWrite = std::any_of(writes.cbegin(), writes.cend(),
                                          [](const Write& write) { return bool(write); });
        const Outcome outcome = anyWrite ? writeAll(database, writes) : Outcome{};
        lock.lock();
        m_writing = false;
        if (outcome.kind == Outcome::Wait) {
            // Back in front of what came meanwhile, in the same order; tried again shortly.
            m_queue.insert(m_queue.begin(), batch.begin(), batch.end());
            m_report.waiting = true;
            m_report.waitingFor = outcome.error;
            m_settled.notify_all();
            notify();
            if (m_stopping && !stoppedWaiting.isValid())
                stoppedWaiting.start();
            if (m_stopping && stoppedWaiting.elapsed() > patienceMs) {
                qWarning("TypedWriter: %d typed writes could not be written: %s",
                         static_cast<int>(m_queue.size()), qPrintable(outcome.error.message));
                return;
            }
            m_work.wait_for(lock, std::chrono::milliseconds(250));
            continue;
        }
        m_report.waiting = false;
        if (outcome.kind == Outcome::Refused) {
            m_report.refused = true;
            m_report.refusal = outcome.error;
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

} // namespace paragraf
