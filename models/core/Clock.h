#pragma once

#include <QDateTime>
#include <QString>

// The source of "now" for everything that stamps or shows the time, so that tests can fix it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    // ISO 8601 UTC with milliseconds and a Z suffix, the form every *_at column holds.
    QString nowIso() const;
    static QString toIso(const QDateTime &utc);
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    static const SystemClock &instance();
};

// A clock that stands still until told otherwise; for tests and reproducible output.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime utc) : m_now(std::move(utc)) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &utc) { m_now = utc; }

private:
    QDateTime m_now;
};
