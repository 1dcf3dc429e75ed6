#pragma once

#include <QString>

#include <optional>
#include <utility>

// The outcome of an operation that can fail with a message meant for the user.
// models/ never shows errors itself: it returns them and ui/ or app/ decides how to show them.
class [[nodiscard]] Status
{
public:
    Status() = default;
    static Status failure(QString message) { return Status(std::move(message)); }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    QString error() const { return m_error.value_or(QString()); }

private:
    explicit Status(QString message) : m_error(std::move(message)) {}
    std::optional<QString> m_error;
};

template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Status failure) : m_error(failure.error()) {}
    static Result failure(QString message) { return Result(Status::failure(std::move(message))); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // By value, not T&&: "for (x : f().value())" must not iterate a dead temporary's member.
    T value() && { return std::move(*m_value); }
    T value_or(T fallback) const { return m_value ? *m_value : std::move(fallback); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    QString error() const { return m_error; }
    Status status() const { return ok() ? Status() : Status::failure(m_error); }

private:
    std::optional<T> m_value;
    QString m_error;
};
