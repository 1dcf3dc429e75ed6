#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

struct sqlite3;

// A read transaction on a connection: every statement run while it lasts sees the file as it was
// at its first read, however many writes other connections commit meanwhile. It is named by the
// change log's last row (every edit adds one), so that two connections' snapshots can be
// compared: equal names, the same file. (SQLite's own snapshots, sqlite3_snapshot_get, are not
// in Debian's build.) Ends (COMMIT) when it goes, after every statement read in it is done.
class ReadSnapshot
{
public:
    // Begins nothing when the connection is already in a transaction (it then sees its own
    // changes, which no other connection would) or is not on this program's SQLite.
    explicit ReadSnapshot(const QSqlDatabase &db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    // The change log's last row (its id, time, record, table and field; "" when the log is
    // empty) as this snapshot sees it; none when no snapshot was begun.
    std::optional<QString> lastChange() const { return m_lastChange; }
    // The database's file, for another connection to it; empty for one held in memory.
    QString fileName() const;

private:
    sqlite3 *m_handle = nullptr;
    bool m_begun = false;
    std::optional<QString> m_lastChange;
};
