#include "WriteTransaction.h"

#include "SqlErrors.h"
#include "core/Preferences.h"

#include <QSqlQuery>

namespace {

const QString SetContext = QStringLiteral(
    "INSERT OR REPLACE INTO change_context (id, actor, changed_at) VALUES (1, :actor, :changed_at)");
const QString ClearContext = QStringLiteral("DELETE FROM change_context");

} // namespace

WriteTransaction::WriteTransaction(QSqlDatabase db, const Clock &clock, Logging logging)
    : m_db(std::move(db))
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_begin = Status::failure(sqlErrorMessage(q.lastError()));
        return;
    }
    m_open = true;
    if (logging == Logging::Nothing)
        return;
    q.prepare(SetContext);
    q.bindValue(QStringLiteral(":actor"), Preferences::facilitatorName());
    q.bindValue(QStringLiteral(":changed_at"), clock.nowIso());
    if (!q.exec())
        m_begin = Status::failure(sqlErrorMessage(q.lastError())); // rolled back by the destructor
    else
        m_logging = true;
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
    // The context lives as long as the transaction: a later write without one logs nothing
    // rather than logging under this author and time.
    if (m_logging && !q.exec(ClearContext))
        return Status::failure(sqlErrorMessage(q.lastError()));
    if (!q.exec(QStringLiteral("COMMIT")))
        return Status::failure(sqlErrorMessage(q.lastError()));
    m_open = false;
    return {};
}
