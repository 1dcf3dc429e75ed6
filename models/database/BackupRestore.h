#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QString>

class Database;

// Puts a backup in the place of a database file, safely: the backup is copied beside the file
// and checked (integrity, ours, not newer than this build) before anything changes; the data
// that was there is kept; then the checked copy is renamed over the file in one step.
class BackupRestore
{
public:
    struct Outcome
    {
        QString keptAs; // where the data from before the restore is now; empty if there was none
    };

    // Restores into an open, writable database: its data is backed up first (a backup like
    // any other, listed and kept with them); the connection is closed and opened around it.
    static Result<Outcome> intoOpen(Database &database, const QString &backupFile);
    // Restores over a file that does not open (damaged, another application's, newer) or does
    // not exist: the file is moved aside unchanged into the backups folder, as
    // "<name>-YYYYMMDD-HHMMSSZ-replaced.<suffix>". Takes the writer lock for the time it runs.
    static Result<Outcome> overUnopenable(const QString &databasePath, const QString &backupFile, const Clock &clock);

private:
    static Result<QString> checkedCopy(const QString &backupFile, const QString &databasePath);
};
