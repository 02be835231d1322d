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

// Runs work (returning Status or Result<T>) in one write transaction and commits it when the
// work succeeded; otherwise everything it did is rolled back.
template <typename Work> auto inTransaction(const QSqlDatabase& connection, Work&& work) {
    using R = std::invoke_result_t<Work>;
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

} // namespace paragraf
