#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace parcours {

/** The kinds of failure callers branch on; the message says the rest to people. */
enum class ErrorCode {
    InvalidInput, ///< the user typed something the rules refuse
    NotFound, ///< no record with that id
    Conflict, ///< someone else changed the record since it was read
    Refused, ///< a rule forbids the operation (24 h cap, open bilan…)
    Storage, ///< the database failed
    Io, ///< a file could not be read or written
    NewerSchema, ///< the database was written by a newer Parcours
    NotADatabase, ///< the file is not a Parcours database
    Locked, ///< another Parcours holds the database
    Damaged, ///< the database file fails SQLite's own checks
    ReadOnly, ///< the database was opened read-only: nothing can be written
    Unavailable, ///< not possible on this backend yet (e.g. backups of a PostgreSQL database)
    ConnectionLost, ///< the database server cannot be reached (a cabinet's server restarted, the network is down)
};

/** What went wrong: a code, a message for people (already translated) and, when it is about an input, which one. */
struct Error {
    ErrorCode code = ErrorCode::Storage;
    QString message;
    QString field;
};

inline Error makeError(ErrorCode code, QString message, QString field = {})
{
    return Error { code, std::move(message), std::move(field) };
}

/** A value or an Error: the one way fallible calls report failure in Parcours (no exceptions across Qt code). */
template<typename T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_data); }
    T& value() & { return std::get<0>(m_data); }
    /// By value, not T&&: `for (const Session& s : sessions().forBilan(id).value())` must not walk a list that died
    /// with the temporary Result (it did, and corrupted the heap in two tests).
    T value() && { return std::get<0>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<1>(m_data); }
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_data;
};

/** Success with nothing to return, or an Error. */
template<>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

/** Shorthand for a successful Result<void>. */
inline Result<void> success()
{
    return {};
}

} // namespace parcours
