#pragma once

#include <QSqlDatabase>

struct sqlite3;

// The connection's own SQLite handle, or null if the driver is not the QSQLITE one, for the bulk
// writers that bind through SQLite's C API. Qt's driver must use this same SQLite library
// (Debian's libqt6sql6-sqlite links the system one).
sqlite3 *sqliteHandle(const QSqlDatabase &db);
