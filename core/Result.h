#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace paragraf {

// The one error convention of core: a call either yields its value or a message that a person
// can read. Errors travel up as values; only the ui decides how to show them. The kind says
// what a caller may do about it: wait and try again (Busy: another writer holds the file;
// DiskFull: nothing was written, there is no room), or show what is stored now and let the
// person decide (Conflict: what the change was based on was changed by someone else). On a
// server: Offline (it cannot be reached, or the connection was lost: nothing was written) and
// PasswordNeeded (it asks for a password, or refused the one given), EmptyServer (the database
// is empty: opening never gives it Paragraf's schema, making a new database there may).
enum class ErrorKind { Other, Busy, DiskFull, Conflict, Offline, PasswordNeeded, EmptyServer };

struct Error {
    QString message;
    ErrorKind kind = ErrorKind::Other;
};

template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error.message)), m_kind(error.kind) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    // By value: `for (x : load().value())` then iterates a living list, not a dead temporary.
    T value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    const QString& error() const { return m_error; }
    ErrorKind errorKind() const { return m_kind; }
    // The error as it came, kind included, to pass on: `return fail(x.failure())`.
    Error failure() const { return Error{m_error, m_kind}; }

private:
    std::optional<T> m_value;
    QString m_error;
    ErrorKind m_kind = ErrorKind::Other;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error.message)), m_kind(error.kind) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }
    ErrorKind errorKind() const { return m_kind; }
    Error failure() const { return Error{m_error, m_kind}; }

private:
    bool m_failed = false;
    QString m_error;
    ErrorKind m_kind = ErrorKind::Other;
};

using Status = Result<void>;

inline Error fail(QString message) {
    return Error{std::move(message)};
}
inline Error fail(Error error) {
    return error;
}
inline Error conflict(QString message) {
    return Error{std::move(message), ErrorKind::Conflict};
}

} // namespace paragraf
