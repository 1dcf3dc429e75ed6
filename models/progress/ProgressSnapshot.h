#pragma once

#include "ProgressQueries.h"
#include "ProgressUpdate.h"

#include <QByteArray>
#include <QString>

#include <optional>

// The dashboard's figures of the last read, kept in the user's cache folder so that the next
// start shows them at once instead of reading the whole programme again (2 s at 10,000
// pairings). Only what the dashboard draws is kept (the fields ProgrammeCharts::drawnOnly keeps;
// the others read back empty). They are used only when a read would give the same figures now:
// the same file (its path, inode and creation time), the same schema, the same last row of its
// change log (every write adds one), the same day, scope and language, and this version; or,
// kept at an earlier row of the log, when ProgressUpdate can bring them up to it.
namespace ProgressSnapshot {

// What figures are of: this version, the language and scope, the schema and the file (base),
// the day (for "overdue") and the change log's last row when they were read.
struct State
{
    QByteArray base;
    QDate asOf;
    ChangeMark lastChange;

    bool operator==(const State &other) const
    {
        return base == other.base && asOf == other.asOf && lastChange == other.lastChange;
    }
    bool operator!=(const State &other) const { return !(*this == other); }
};

// What the figures read on db are of. On a worker, read it before and after the figures: when
// the two differ, a write came in between and the figures are not kept.
Result<State> stateOf(QSqlDatabase db, const QString &databasePath, const ProgressScope &scope, QDate asOf);

// Writes the figures with their state, readable by the user only; a failure leaves no file.
Status save(const QString &databasePath, const State &state, const ProgrammeProgress &progress);
// The figures kept for the database when their state is state; none when they are missing,
// of another state, or unreadable.
std::optional<ProgrammeProgress> load(const QString &databasePath, const State &state);

// Figures kept at an earlier change or day, for ProgressUpdate to bring up to date.
struct Earlier
{
    ProgrammeProgress figures;
    ChangeMark lastChange; // when they were read
};
// The figures kept for the database when their state is state's but for an earlier change (a
// lower id) or day, neither later; none otherwise.
std::optional<Earlier> loadEarlier(const QString &databasePath, const State &state);

// Where the figures of a database are kept (QStandardPaths::CacheLocation).
QString fileFor(const QString &databasePath);

// The figures as bytes, as they are kept (for comparing two).
QByteArray serialized(const ProgrammeProgress &progress);

} // namespace ProgressSnapshot
