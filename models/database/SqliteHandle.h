#pragma once

#include <QSqlDatabase>
#include <QSqlError>

struct sqlite3;

// The connection's own SQLite handle, for the bulk writers that bind through SQLite's C API; null
// if the driver is not the QSQLITE one or does not use this program's SQLite library (Debian's
// libqt6sql6-sqlite links the system one).
sqlite3 *sqliteHandle(const QSqlDatabase &db);
// The handle's last error as Qt's driver would report it (its extended code as the native one),
// for sqlErrorMessage and isConstraintViolation.
QSqlError sqliteError(sqlite3 *handle);
