#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace uw {

/** Why an operation on a project file failed; the command line maps these to exit codes. */
enum class ErrorCode {
    Failed,
    FileMissing,
    NotSqlite,
    NotOurs,
    TooNew,
    Damaged,
    ReadOnly,
    Locked,
    AlreadyExists,
    InvalidData,
};

struct Error
{
    ErrorCode code = ErrorCode::Failed;
    /** Complete sentence(s) for the user, naming the file or the field and what to do. */
    QString message;
};

/** A value or the error that prevented it: models never open dialogs, they return this. */
template<class T>
class Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    T &value() { return std::get<T>(m_state); }
    const T &value() const { return std::get<T>(m_state); }
    T *operator->() { return &value(); }
    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

} // namespace uw
