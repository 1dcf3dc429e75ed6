#include "WriteTransaction.h"

#include "SqlErrors.h"

#include <QSqlQuery>

WriteTransaction::WriteTransaction(QSqlDatabase db) : m_db(std::move(db))
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        m_open = true;
    else
        m_begin = Status::failure(sqlErrorMessage(q.lastError()));
}

WriteTransaction::~WriteTransaction()
{
    if (m_open) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

Status WriteTransaction::commit()
{
    if (!m_open)
        return m_begin.ok() ? Status::failure(QStringLiteral("transaction already ended")) : m_begin;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT")))
        return Status::failure(sqlErrorMessage(q.lastError()));
    m_open = false;
    return {};
}
