#include "StagedInsert.h"

#include "database/SqlErrors.h"

QString insertStatement(const QString &table, const QStringList &columns)
{
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (:%3)")
        .arg(table, columns.join(QStringLiteral(", ")), columns.join(QStringLiteral(", :")));
}

// The table and column names are the stores' own constants, never input: SQL takes no bound
// names, so they are put into the text.
StagedInsert::StagedInsert(QSqlDatabase db, const QString &table, const QStringList &columns)
    : m_db(std::move(db)), m_table(table), m_staging(QStringLiteral("temp.staged_") + table),
      m_columns(columns), m_row(m_db)
{
    QSqlQuery q(m_db);
    // Untyped columns keep each value as it was bound; the table's own types apply on copy.
    if (!q.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(m_staging))
        || !q.exec(QStringLiteral("CREATE TABLE %1 (%2)").arg(m_staging, columns.join(QStringLiteral(", "))))
        || !m_row.prepare(insertStatement(m_staging, columns))) {
        m_error = q.lastError().isValid() ? q.lastError() : m_row.lastError();
        m_ready = Status::failure(sqlErrorMessage(m_error));
    }
}

StagedInsert::~StagedInsert()
{
    m_row.finish();
    QSqlQuery(m_db).exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(m_staging));
}

Status StagedInsert::add()
{
    if (!m_ready)
        return m_ready;
    if (m_row.exec()) {
        ++m_count;
        return {};
    }
    m_error = m_row.lastError();
    return Status::failure(sqlErrorMessage(m_error));
}

Result<QList<qint64>> StagedInsert::copy()
{
    if (!m_ready)
        return m_ready;
    const QString columns = m_columns.join(QStringLiteral(", "));
    QSqlQuery q(m_db);
    QList<qint64> ids;
    // Rows go in the order they were added, so new ids follow that order too; the ids are read
    // back through the uuids, which the table keeps unique, not assumed.
    if (q.exec(QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM %3 ORDER BY rowid").arg(m_table, columns, m_staging))
        && q.exec(QStringLiteral("SELECT t.id FROM %1 s JOIN main.%2 t ON t.uuid = s.uuid ORDER BY s.rowid")
                      .arg(m_staging, m_table))) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
        if (!q.lastError().isValid() && ids.size() == m_count)
            return ids;
    }
    if (!q.lastError().isValid())
        return Status::failure(QStringLiteral("%1 of %2 new rows of %3 were written.").arg(ids.size()).arg(m_count).arg(m_table));
    m_error = q.lastError();
    return Status::failure(sqlErrorMessage(m_error));
}
