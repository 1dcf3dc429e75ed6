#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

// One write transaction, begun with BEGIN IMMEDIATE so that a second writer waits instead of
// failing half-way; rolled back unless commit() succeeds. Never held across user think time.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    Status begun() const { return m_begin; }
    Status commit();

private:
    QSqlDatabase m_db;
    Status m_begin;
    bool m_open = false;
};
