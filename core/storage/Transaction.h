#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <type_traits>

namespace paragraf {

// BEGIN IMMEDIATE (on a server BEGIN) on construction, ROLLBACK on destruction unless commit()
// succeeded. The commit result is checked: a change is reported done only when SQLite has it
// durably. Inside an open transaction it is a savepoint instead, durable with the outer commit.
class Transaction {
public:
    explicit Transaction(const QSqlDatabase& connection);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    const Status& started() const { return m_started; }
    Status commit();

private:
    QSqlDatabase m_connection;
    Status m_started;
    bool m_open = false;
    bool m_nested = false; // a savepoint inside the caller's transaction
};

// On the server, whether to run a transaction's work again: it was refused by a serialization
// failure or a deadlock, it was not a savepoint inside another transaction (the outer one is
// then the one to run again), and `attempt` was not the last. Waits a short random while first.
bool retryAfterConflict(const QSqlDatabase& connection, int attempt);

namespace detail {
template <typename R, typename Work>
R attemptTransaction(const QSqlDatabase& connection, Work& work) {
    Transaction transaction(connection);
    if (!transaction.started())
        return R(transaction.started().failure());
    R result = work();
    if (!result)
        return result;
    if (auto committed = transaction.commit(); !committed)
        return R(committed.failure());
    return result;
}
} // namespace detail

// Runs work (returning Status or Result<T>) in one write transaction and commits it when the
// work succeeded; otherwise everything it did is rolled back. On the server the transaction is
// SERIALIZABLE, so check-then-write work (the next signature's link, the next position, a
// correction's old text) holds as under the file's single writer; when the server refuses it
// as not serialisable, the whole work runs again and reads afresh (so work must not keep
// anything of a failed attempt outside the database).
template <typename Work> auto inTransaction(const QSqlDatabase& connection, Work&& work) {
    using R = std::invoke_result_t<Work>;
    for (int attempt = 1;; ++attempt) {
        R result = detail::attemptTransaction<R>(connection, work);
        if (result || !retryAfterConflict(connection, attempt))
            return result;
    }
}

} // namespace paragraf
