#include "ReadSnapshot.h"

#include "SqliteHandle.h"

#include <sqlite3.h>

ReadSnapshot::ReadSnapshot(const QSqlDatabase &db)
    : m_handle(sqliteHandle(db))
{
    if (!m_handle || !sqlite3_get_autocommit(m_handle))
        return;
    m_begun = sqlite3_exec(m_handle, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
    if (!m_begun)
        return;
    // A deferred transaction takes its snapshot at its first read: this one.
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_handle, "SELECT coalesce(max(id), 0) FROM change_log", -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        m_lastChange = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_begun)
        sqlite3_exec(m_handle, "COMMIT", nullptr, nullptr, nullptr);
}

QString ReadSnapshot::fileName() const
{
    const char *name = m_handle ? sqlite3_db_filename(m_handle, "main") : nullptr;
    return name ? QString::fromUtf8(name) : QString();
}
