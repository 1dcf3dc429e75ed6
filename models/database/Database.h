#pragma once

#include "Backups.h"
#include "core/Clock.h"
#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class WriterLock;

// One open City2City database file: a QSQLITE connection with our pragmas, migrated to the
// current schema. Files that are not ours, damaged, or newer than this build, are refused
// untouched. A file that cannot be written, or that a running window holds, opens read-only.
class Database
{
public:
    // PRAGMA application_id marking a file as City2City's ("C2CF").
    static constexpr int ApplicationId = 0x43324346;

    // How an open coordinates with other programs that open the same file (see WriterLock).
    enum class Sharing {
        Unchecked, // a further connection of a program that has the file open already; tests
        Respect,   // read-only while a running window holds the writer lock (command-line tool)
        Claim,     // holds the writer lock while open, or read-only when a running window does
    };

    struct Options
    {
        const Clock *clock = &SystemClock::instance();
        bool seedNewFile = true; // fill a newly created file with the programme's data
        Sharing sharing = Sharing::Unchecked;
        // Backups kept in "<file>.backups"; one is written before a migration changes a file.
        int keepBackups = Backups::DefaultKeep;
    };

    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path) { return open(path, Options()); }

    // The per-user default database, in QStandardPaths::AppDataLocation.
    static QString defaultPath();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    // Runs work on a further writable connection to the file, opened on the calling thread with
    // the same pragmas and closed after: a long write away from the window's thread (one
    // connection per thread). SQLite lets one of the connections write at a time.
    Status withOwnConnection(const std::function<Status(QSqlDatabase)> &work) const;
    QString path() const { return m_path; }
    const Clock &clock() const { return *m_options.clock; }
    int keepBackups() const { return m_options.keepBackups; }
    int schemaVersion() const;
    bool wasCreated() const { return m_created; }
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    // Why the file is open read-only, as a sentence for a banner or an error; empty when writable.
    QString readOnlyReason() const { return m_readOnlyReason; }

    // Closes the connection, runs work on the closed file (a restore renames another file into
    // its place) and opens it again, checked and migrated as at open. The writer lock is kept
    // all along, so that no other window takes the file meanwhile. Every query and model on
    // the connection must be gone before.
    Status reopenAround(const std::function<Status()> &work);

private:
    Database(QString path, QString connectionName, const Options &options);
    Status connect(bool isNew);
    void disconnect();

    QString m_path;
    QString m_connectionName;
    Options m_options;
    bool m_created = false;
    QString m_readOnlyReason;
    bool m_unwritable = false; // read-only because of permissions, not because of another window
    std::unique_ptr<WriterLock> m_lock;
};
