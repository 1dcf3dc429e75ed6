#pragma once

#include "core/Result.h"
#include "database/Backups.h"

#include <QFutureWatcher>
#include <QObject>

class MainWindow;
class QAction;
class QMenu;

// File › Back Up Now and Restore from Backup…, the daily backup when a database opens, and
// the offer to restore a backup when a file does not open. Backups are written on a worker
// thread with its own connection, so the window never waits for a large file; a restore
// rebuilds the window around the restored data.
class BackupActions : public QObject
{
    Q_OBJECT
public:
    explicit BackupActions(MainWindow *window);

    void addTo(QMenu *menu);
    // After the window opened or reopened a database: what can be done with it.
    void updateActions();
    // Once a day (local calendar day), when the window opens a writable database.
    void backUpIfDue();
    void backUpNow();
    bool isBackingUp() const { return m_running != nullptr; }
    // Restores entry into the open database: the data there is backed up first; the window's
    // pages and session windows are closed and built again on the restored data.
    bool restore(const BackupEntry &entry);
    void chooseAndRestore();
    // The database at path did not open (error says why): says so, and offers to restore its
    // newest good backup when it has one.
    void reportUnopenable(const QString &path, const QString &error);

signals:
    void backupFinished(bool ok, const QString &message);

private:
    void startBackup(bool daily);
    void waitForBackup();
    bool restoreOver(const QString &path, const BackupEntry &entry);

    MainWindow *m_window;
    QAction *m_backUp = nullptr;
    QAction *m_restore = nullptr;
    QFutureWatcher<Result<BackupEntry>> *m_running = nullptr;
    bool m_dailyPending = false; // a database opened while another one's backup was running
};
