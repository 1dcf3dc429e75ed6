#include "BackupRestore.h"

#include "Backups.h"
#include "Database.h"
#include "DatabaseCheck.h"
#include "FileSafety.h"
#include "ProbeConnection.h"
#include "SqlErrors.h"
#include "WriterLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

namespace {

// Q_DECLARE_TR_FUNCTIONS tells lupdate the context of each Text::tr() in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BackupRestore)
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

const QStringList Sidecars = {QStringLiteral("-wal"), QStringLiteral("-shm")};

// The checked copy takes the database's place. A -wal or -shm beside it belongs to a program
// that still has the file open; SQLite would replay that -wal into the restored file.
Status swapIn(const QString &copy, const QString &databasePath)
{
    for (const QString &sidecar : Sidecars) {
        if (QFileInfo::exists(databasePath + sidecar))
            return Status::failure(Text::tr("%1 is still open in another program (%2 is there); close it everywhere and "
                                      "try again.").arg(shown(databasePath), shown(databasePath + sidecar)));
    }
    return FileSafety::replace(copy, databasePath);
}

} // namespace

Result<QString> BackupRestore::checkedCopy(const QString &backupFile, const QString &databasePath)
{
    const QString source = QFileInfo(backupFile).absoluteFilePath();
    const QString cannot = Text::tr("%1 cannot be restored: %2");
    if (!QFileInfo(source).isFile())
        return Status::failure(cannot.arg(shown(source), Text::tr("there is no such file.")));
    if (source == QFileInfo(databasePath).absoluteFilePath())
        return Status::failure(cannot.arg(shown(source), Text::tr("it is the database itself.")));
    if (const QString problem = DatabaseCheck::headerProblem(source); !problem.isEmpty())
        return Status::failure(cannot.arg(shown(source), problem));

    // A private, empty file beside the database: the rename into place stays on one file system.
    QTemporaryFile temporary(QFileInfo(databasePath).dir().filePath(
        QStringLiteral(".%1.restore-XXXXXX").arg(QFileInfo(databasePath).fileName())));
    temporary.setAutoRemove(false);
    if (!temporary.open())
        return Status::failure(cannot.arg(shown(source), temporary.errorString()));
    const QString copy = temporary.fileName();
    temporary.close();
    const auto fail = [&](const QString &reason) -> Result<QString> {
        QFile::remove(copy);
        return Status::failure(cannot.arg(shown(source), reason));
    };
    if (Status s = FileSafety::makePrivate(copy); !s)
        return fail(s.error());
    {
        // VACUUM INTO, not a file copy: the backup may be a live file with a -wal of its own.
        const ProbeConnection reader(source);
        if (!reader.isOpen())
            return fail(reader.error());
        QSqlQuery q(reader.connection());
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(copy);
        if (!q.exec())
            return fail(sqlErrorMessage(q.lastError()));
    }
    if (Status s = FileSafety::syncFile(copy); !s)
        return fail(s.error());
    const DatabaseCheck::Report report = DatabaseCheck::ofFile(copy);
    if (!report.ok())
        return fail(report.problems.join(u' ').replace(copy, QFileInfo(source).fileName()));
    return copy;
}

Result<BackupRestore::Outcome> BackupRestore::intoOpen(Database &database, const QString &backupFile)
{
    if (database.isReadOnly())
        return Status::failure(Text::tr("Nothing was restored: %1").arg(database.readOnlyReason()));
    const auto copy = checkedCopy(backupFile, database.path());
    if (!copy)
        return copy.status();
    const auto kept = Backups(database.path(), database.keepBackups()).backUp(database.connection(), database.clock().nowUtc());
    if (!kept) {
        QFile::remove(copy.value());
        return Status::failure(Text::tr("Nothing was restored: the data now in the database could not be backed up "
                                  "first. %1").arg(kept.error()));
    }
    const Status swapped = database.reopenAround([&] { return swapIn(copy.value(), database.path()); });
    QFile::remove(copy.value()); // gone after a successful swap; a leftover otherwise
    if (!swapped)
        return swapped;
    return Outcome{kept->path};
}

Result<BackupRestore::Outcome> BackupRestore::overUnopenable(const QString &databasePath, const QString &backupFile,
                                                             const Clock &clock)
{
    const QString path = QFileInfo(databasePath).absoluteFilePath();
    WriterLock lock(path);
    switch (lock.claim()) {
    case WriterLock::State::Held:
        break;
    case WriterLock::State::HeldElsewhere:
        return Status::failure(Text::tr("Nothing was restored: %1 is open in another window (process %2). Close it "
                                  "there first.").arg(shown(path)).arg(lock.holderPid()));
    case WriterLock::State::Unavailable:
        return Status::failure(Text::tr("Nothing was restored: %1.").arg(lock.problem()));
    }
    const auto copy = checkedCopy(backupFile, path);
    if (!copy)
        return copy.status();

    Outcome outcome;
    if (QFileInfo::exists(path)) {
        const QString folder = Backups::folderOf(path);
        if (Status s = FileSafety::makePrivateFolder(folder); !s) {
            QFile::remove(copy.value());
            return Status::failure(Text::tr("Nothing was restored: %1").arg(s.error()));
        }
        const QFileInfo info(path);
        const QString stamp = clock.nowUtc().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const QString suffix = info.suffix().isEmpty() ? QStringLiteral("c2c") : info.suffix();
        QString aside;
        for (int counter = 1; aside.isEmpty() || QFileInfo::exists(aside); ++counter)
            aside = QDir(folder).filePath(QStringLiteral("%1-%2Z-replaced%3.%4").arg(info.completeBaseName(), stamp,
                                          counter > 1 ? QStringLiteral("-%1").arg(counter) : QString(), suffix));
        // Moved, not copied: the bytes stay exactly as they were, -wal and -shm with them.
        if (Status s = FileSafety::replace(path, aside); !s) {
            QFile::remove(copy.value());
            return Status::failure(Text::tr("Nothing was restored: %1").arg(s.error()));
        }
        for (const QString &sidecar : Sidecars) {
            if (QFileInfo::exists(path + sidecar))
                QFile::rename(path + sidecar, aside + sidecar);
        }
        outcome.keptAs = aside;
    }
    if (Status s = swapIn(copy.value(), path); !s) {
        QFile::remove(copy.value());
        if (!outcome.keptAs.isEmpty()) // put back what was there; the error above is the one to report
            static_cast<void>(FileSafety::replace(outcome.keptAs, path));
        return s;
    }
    return outcome;
}
