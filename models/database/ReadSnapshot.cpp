#include "ReadSnapshot.h"

#include "SqliteHandle.h"

#include <QStringList>

#include <sqlite3.h>

ReadSnapshot::ReadSnapshot(const QSqlDatabase &db)
    : m_handle(sqliteHandle(db))
{
    if (!m_handle || !sqlite3_get_autocommit(m_handle))
        return;
    m_begun = sqlite3_exec(m_handle, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
    if (!m_begun)
        return;
    // A deferred transaction takes its snapshot at its first read: this one. The id alone
    // could come back after a restore from a backup and new edits; not with its time and record.
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_handle,
                           "SELECT id, changed_at, record_uuid, table_name, field FROM change_log"
                           " ORDER BY id DESC LIMIT 1",
                           -1, &statement, nullptr)
        == SQLITE_OK) {
        const int stepped = sqlite3_step(statement);
        if (stepped == SQLITE_DONE)
            m_lastChange = QString(QLatin1String("")); // no change yet
        else if (stepped == SQLITE_ROW) {
            QStringList parts;
            for (int column = 0; column < 5; ++column)
                parts << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)));
            m_lastChange = parts.join(u'\x1f');
        }
    }
    sqlite3_finalize(statement);
}

ReadSnapshot::~ReadSnapshot()
{
    // A read transaction's COMMIT does not fail; if it ever did, the connection must not be
    // left inside it (its next writes would never be committed).
    if (m_begun && sqlite3_exec(m_handle, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
}

QString ReadSnapshot::fileName() const
{
    const char *name = m_handle ? sqlite3_db_filename(m_handle, "main") : nullptr;
    return name ? QString::fromUtf8(name) : QString();
}
