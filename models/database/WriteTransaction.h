#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QSqlDatabase>

// One write transaction, begun with BEGIN IMMEDIATE so that a second writer waits instead of
// failing half-way; rolled back unless commit() succeeds. Never held across user think time.
// While open it names the author and time of its changes in change_context, from which the
// schema's triggers write the change log (migration 0006); unlogged only for the migrations.
class WriteTransaction
{
public:
    enum class Logging { Changes, Nothing };

    explicit WriteTransaction(QSqlDatabase db, const Clock &clock = SystemClock::instance(),
                              Logging logging = Logging::Changes);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    Status begun() const { return m_begin; }
    Status commit();

private:
    QSqlDatabase m_db;
    Status m_begin;
    bool m_open = false;
    bool m_logging = false;
};
