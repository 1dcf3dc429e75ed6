#pragma once

#include "ProgressQueries.h"

#include <QByteArray>
#include <QString>

#include <optional>

// The dashboard's figures of the last read, kept in the user's cache folder so that the next
// start shows them at once instead of reading the whole programme again (2 s at 10,000
// pairings). Only what the dashboard draws is kept (the fields ProgrammeCharts::drawnOnly keeps;
// the others read back empty). They are used only when a read would give the same figures now:
// the same file (its path, inode and creation time), the same schema, the same last row of its
// change log (every write adds one), the same day, scope and language, and this version.
namespace ProgressSnapshot {

// What the figures read on db are of. On a worker, read it before and after the figures: when
// the two differ, a write came in between and the figures are not kept.
Result<QByteArray> stateOf(QSqlDatabase db, const QString &databasePath, const ProgressScope &scope,
                           QDate asOf);

// Writes the figures with their state, readable by the user only; a failure leaves no file.
Status save(const QString &databasePath, const QByteArray &state, const ProgrammeProgress &progress);
// The figures kept for the database when their state is state; none when they are missing,
// of another state, or unreadable.
std::optional<ProgrammeProgress> load(const QString &databasePath, const QByteArray &state);

// Where the figures of a database are kept (QStandardPaths::CacheLocation).
QString fileFor(const QString &databasePath);

// The figures as bytes, as they are kept (for comparing two).
QByteArray serialized(const ProgrammeProgress &progress);

} // namespace ProgressSnapshot
