#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// One backup file of a database.
struct BackupEntry
{
    QString path;
    QDateTime takenUtc;
    qint64 size = 0;
};

// The backups of one database file, in the folder "<file>.backups" beside it: consistent copies
// written with VACUUM INTO (never a copy of the live file), synced to disk, readable by their
// owner only, named "<name>-YYYYMMDD-HHMMSSZ.<suffix>" (UTC); only the newest `keep` are kept.
class Backups
{
public:
    static constexpr int DefaultKeep = 7;
    // The QSettings key under which the window and the command-line tool keep N; this class
    // itself reads no settings.
    static constexpr const char *KeepSettingKey = "backups/keep";

    explicit Backups(QString databasePath, int keep = DefaultKeep);

    static QString folderOf(const QString &databasePath);
    QString folder() const { return folderOf(m_databasePath); }
    int keep() const { return m_keep; }

    // Newest first.
    QList<BackupEntry> list() const;
    // The newest backup that passes DatabaseCheck (a file this build can restore).
    std::optional<BackupEntry> newestGood() const;
    // True when no backup was taken yet on now's calendar day (local time): at most one a day.
    bool isDue(const QDateTime &nowUtc) const;

    // Backs up the database that db is connected to, then removes all but the newest `keep`.
    Result<BackupEntry> backUp(const QSqlDatabase &db, const QDateTime &nowUtc) const;
    // Removes all but the newest `keep` backups.
    Status prune() const;

    // A consistent copy of db's database in a new file, 0600, synced: written under a temporary
    // name first and renamed when complete, so a crash never leaves a half copy under `file`.
    static Status writeCopy(const QSqlDatabase &db, const QString &file);

private:
    QString nameFor(const QDateTime &utc, int counter) const;

    QString m_databasePath;
    int m_keep;
};
