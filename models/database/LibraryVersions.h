#pragma once

#include <QString>

class QSqlDatabase;

// The versions of the libraries under the models, for Help ▸ About and bug reports.
namespace LibraryVersions {
// The SQLite that the connection's driver runs (select sqlite_version()); empty when unknown.
QString sqlite(const QSqlDatabase &connection);
// The libical the app was built with (libical has no run-time version call).
QString libical();
} // namespace LibraryVersions
