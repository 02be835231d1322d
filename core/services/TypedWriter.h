#pragma once

#include "Result.h"
#include "TypedChange.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

class QThread;

namespace paragraf {

class Database;
class TypedJournal;

// Writes what is typed at the desk on a thread of its own, so that the window never waits for
// the disk: the thread has its own SQLite connection to the file (SQLite shares the file's
// locks between the connections of one process; nothing here opens the file outside SQLite).
// Writes are taken in the order they came; whatever queued while the previous commit was
// syncing goes into one transaction (each write a savepoint in it, compare-and-set as before).
//
// A busy file or a full disk keeps the writes queued and tries again every 250 ms. A write that
// is refused (someone else changed the field) ends the writing: it and everything queued after
// it, which was based on it, is dropped until the caller has shown the file again and resumes.
//
// On a server that cannot be reached (ErrorKind::Offline) the writer keeps what is typed in the
// meeting's offline journal (TypedJournal, given by keepOfflineIn), synced before it reports the
// wait, and tries to connect again every 250 ms; back online it sends the journal in order (a
// field's keystrokes as one change from what it held to what was typed last, each compare-and-
// set) and removes it. What the server then refuses goes to the journal's "not sent" file.
class TypedWriter : public QObject {
    Q_OBJECT
public:
    using Write = std::function<Status(const Database&)>;

    // Opens the second connection (in the writing thread) and waits until it is open.
    explicit TypedWriter(const Database& database, QObject* parent = nullptr);
    // Waits until everything queued is written or refused; a file that stays busy or full is
    // tried for `patienceMs` more and then given up, with the count of writes lost.
    ~TypedWriter() override;

    bool isOpen() const { return m_openError.isEmpty(); }
    const QString& openError() const { return m_openError; }

    // The sequence number of the write, counted from 1.
    qint64 enqueue(Write write, const QString& typed);
    // A change typed at the desk: kept in the journal (if any) while the server is away.
    qint64 enqueue(const TypedChange& change);
    // Where typed changes wait while the server cannot be reached; before the first enqueue.
    void keepOfflineIn(std::shared_ptr<TypedJournal> journal);
    // Changes found in the journal when the meeting was opened: sent first, in order.
    qint64 enqueueJournaled(const QList<TypedChange>& changes);
    // Asks whether someone else committed to the file since the writer last looked (reported by
    // takeOtherCommit after the next progressed()); `ownCommit` instead takes the file as it is
    // now as known (the caller committed to it itself).
    qint64 look(bool ownCommit = false); // the sequence number of the look
    // Blocks until nothing is left to write, or the writer waits for a busy file or a full disk,
    // or it stopped at a refusal.
    void flush();
    // After a refusal: the caller shows the file again; writes are accepted again.
    void resume();

    struct Report {
        qint64 queued = 0;  // the last sequence number given out
        qint64 durable = 0; // every write up to this one is committed (synced) or was dropped
        bool waiting = false;
        Error waitingFor; // Busy, DiskFull or Offline, while waiting
        // While offline: everything typed so far is in the journal on this computer (else
        // waitingFor says why it could not be kept there).
        bool kept = false;
        bool refused = false;
        Error refusal;
        QString typed; // what was typed last among the refused writes, to give back
        bool otherCommit = false;
    };
    // The state now; a refusal and another's commit are reported once.
    Report take();
    static int patienceMs;
    // Whether every writer of the process has nothing in flight, or waits for the file, and the
    // window has heard of it: where a test's next look at the screen may come.
    static bool allSettled();

signals:
    // Something changed in take(): more is durable, waiting began, or a write was refused.
    void progressed();

private:
    struct Job {
        qint64 sequence = 0;
        Write write; // empty: only look at the file
        QString typed;
        bool ownCommit = false;
        std::optional<TypedChange> change;
        bool journaled = false;
    };
    qint64 enqueueJob(Write write, const QString& typed, std::optional<TypedChange> change);
    void run(Database& database);
    // While offline: the batch's changes not yet in the journal are appended to it.
    Status journal(std::deque<Job>& batch);
    // A refusal: what was journaled and is now dropped goes to the "not sent" file.
    QString keepNotSent(const std::deque<Job>& batch, size_t from);
    static void coalesce(std::deque<Job>& batch);
    void waitAgain(std::deque<Job>& batch, const Error& error, const Status& kept);
    void lookAtFile(Database& database, const std::deque<Job>& batch);
    void notify(); // posts progressed() to the caller's thread, once until it is delivered

    std::unique_ptr<QThread> m_thread;
    QString m_openError;
    std::mutex m_mutex;
    std::condition_variable m_work;
    std::condition_variable m_settled;
    std::deque<Job> m_queue;
    bool m_writing = false;
    bool m_stopping = false;
    bool m_opened = false;
    bool m_dropping = false; // after a refusal, until resume()
    std::atomic<bool> m_posted = false;
    std::shared_ptr<TypedJournal> m_journal;
    bool m_offline = false; // the last write found the server unreachable
    qint64 m_sequence = 0;
    Report m_report;
};

} // namespace paragraf
