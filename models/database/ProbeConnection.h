#pragma once

#include <QSqlDatabase>
#include <QString>

// A read-only connection that looks at a database file without changing it or its folder, for
// files that may not be ours or may be damaged (opening, checking, restoring), and for reads
// away from the window's thread (one connection per thread; WAL shows them every commit). A read-only
// connection to a WAL file still creates -wal and -shm beside it; without a pending -wal,
// "immutable" reads the file alone. Closed and removed when it goes out of scope.
class ProbeConnection
{
public:
    explicit ProbeConnection(const QString &path);
    ~ProbeConnection();
    ProbeConnection(const ProbeConnection &) = delete;
    ProbeConnection &operator=(const ProbeConnection &) = delete;

    bool isOpen() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QSqlDatabase connection() const;

private:
    QString m_name;
    QString m_error;
};
