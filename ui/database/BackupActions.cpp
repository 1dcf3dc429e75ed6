#include "BackupActions.h"

#include "MainWindow.h"
#include "RestoreBackupDialog.h"
#include "common/DatabaseThreads.h"
#include "common/MessageBanner.h"
#include "database/BackupRestore.h"
#include "database/Database.h"
#include "database/ProbeConnection.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QStatusBar>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace {
QString when(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QStringLiteral("ddd d MMM yyyy, HH:mm"));
}
} // namespace

BackupActions::BackupActions(MainWindow *window) : QObject(window), m_window(window) {}

void BackupActions::addTo(QMenu *menu)
{
    m_backUp = menu->addAction(tr("&Back Up Now"), this, &BackupActions::backUpNow);
    m_backUp->setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
    m_backUp->setStatusTip(tr("Write a backup of the database into its backups folder"));
    m_restore = menu->addAction(tr("&Restore from Backup…"), this, &BackupActions::chooseAndRestore);
    m_restore->setStatusTip(tr("Replace the data with one of the database's backups"));
}

void BackupActions::updateActions()
{
    // A read-only window leaves backups to the window that writes the file, and cannot restore.
    const bool writable = !m_window->database().isReadOnly();
    if (m_backUp)
        m_backUp->setEnabled(writable);
    if (m_restore)
        m_restore->setEnabled(writable);
}

void BackupActions::backUpIfDue()
{
    const Database &database = m_window->database();
    if (!database.isReadOnly() && Backups(database.path()).isDue(database.clock().nowUtc()))
        startBackup(true);
}

void BackupActions::backUpNow()
{
    if (m_window->database().isReadOnly())
        return;
    startBackup(false);
}

void BackupActions::startBackup(bool daily)
{
    if (m_running) {
        if (daily)
            m_dailyPending = true;
        else
            m_window->statusBar()->showMessage(tr("A backup is being written already."), 6000);
        return;
    }
    const QString path = m_window->database().path();
    const int keep = RestoreBackupDialog::keepSetting();
    const QDateTime now = m_window->database().clock().nowUtc();
    m_running = new QFutureWatcher<Result<BackupEntry>>(this);
    connect(m_running, &QFutureWatcherBase::finished, this, [this, daily] {
        const Result<BackupEntry> result = m_running->result();
        m_running->deleteLater();
        m_running = nullptr;
        if (std::exchange(m_dailyPending, false))
            QTimer::singleShot(0, this, &BackupActions::backUpIfDue); // the database open now
        if (!result) {
            const QString message = tr("The backup could not be written: %1").arg(result.error());
            m_window->banner()->show(MessageBanner::Kind::Warning, message);
            emit backupFinished(false, message);
            return;
        }
        const QString message = (daily ? tr("Today's backup is written: %1") : tr("Backed up to %1."))
                                    .arg(QDir::toNativeSeparators(result->path));
        m_window->statusBar()->showMessage(message, 8000);
        emit backupFinished(true, message);
    });
    if (!daily)
        m_window->statusBar()->showMessage(tr("Writing a backup…"));
    // Its own connection on the worker: Qt SQL connections may not cross threads. WAL gives it
    // a consistent snapshot while the window goes on writing.
    m_running->setFuture(QtConcurrent::run(DatabaseThreads::pool(), [path, keep, now]() -> Result<BackupEntry> {
        DatabaseThreads::yieldToTheWindow();
        const ProbeConnection reader(path);
        if (!reader.isOpen())
            return Status::failure(reader.error());
        return Backups(path, keep).backUp(reader.connection(), now);
    }));
}

void BackupActions::waitForBackup()
{
    // The restore renames a file over the database: a backup still reading it must finish first.
    if (m_running)
        m_running->waitForFinished();
}

void BackupActions::chooseAndRestore()
{
    RestoreBackupDialog dialog(m_window->database().path(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        restore(dialog.chosen());
}

bool BackupActions::restore(const BackupEntry &entry)
{
    waitForBackup();
    Result<BackupRestore::Outcome> outcome = Status::failure(QString());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_window->rebuildAround([&] { outcome = BackupRestore::intoOpen(m_window->database(), entry.path); });
    QApplication::restoreOverrideCursor();
    if (!outcome) {
        m_window->banner()->show(MessageBanner::Kind::Error, outcome.error());
        return false;
    }
    m_window->banner()->show(MessageBanner::Kind::Information,
                             tr("Restored the backup of %1. The data from before it is kept as a backup of %2.")
                                 .arg(when(entry.takenUtc), when(m_window->database().clock().nowUtc())));
    return true;
}

void BackupActions::reportUnopenable(const QString &path, const QString &error)
{
    const QString stays = tr("%1 The database %2 stays open.")
                              .arg(error, QDir::toNativeSeparators(m_window->database().path()));
    const auto good = QFileInfo::exists(path) ? Backups(path).newestGood() : std::nullopt;
    if (!good) {
        m_window->banner()->show(MessageBanner::Kind::Error, stays);
        return;
    }
    m_window->banner()->show(MessageBanner::Kind::Error,
                             stays + u' ' + tr("It has a good backup of %1.").arg(when(good->takenUtc)),
                             tr("Restore That Backup"), [this, path, entry = *good] { restoreOver(path, entry); });
}

bool BackupActions::restoreOver(const QString &path, const BackupEntry &entry)
{
    const auto outcome = BackupRestore::overUnopenable(path, entry.path, m_window->database().clock());
    if (!outcome) {
        m_window->banner()->show(MessageBanner::Kind::Error, outcome.error());
        return false;
    }
    if (!m_window->openDatabase(path))
        return false;
    m_window->banner()->show(MessageBanner::Kind::Information,
                             tr("Restored the backup of %1. The file that did not open is kept, unchanged, as %2.")
                                 .arg(when(entry.takenUtc), QDir::toNativeSeparators(outcome->keptAs)));
    return true;
}
