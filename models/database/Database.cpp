#include "Database.h"

#include "DatabaseCheck.h"
#include "FileSafety.h"
#include "Migrator.h"
#include "ProbeConnection.h"
#include "SqlErrors.h"
#include "WriterLock.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

namespace {

QAtomicInt connectionCounter;

QString nextConnectionName()
{
    return QStringLiteral("c2c-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
}

// Q_DECLARE_TR_FUNCTIONS tells lupdate the context of each Text::tr() in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Facts read from an existing file through a ProbeConnection, so that nothing is written
// before we know the file is ours and not newer than this build.
struct FileFacts
{
    int applicationId = 0;
    int userVersion = 0;
    int objectCount = 0;
};

Result<FileFacts> probe(const QString &path)
{
    const ProbeConnection probe(path);
    if (!probe.isOpen())
        return Status::failure(probe.error());
    FileFacts facts;
    QSqlQuery q(probe.connection());
    bool ok = q.exec(QStringLiteral("PRAGMA application_id")) && q.next();
    facts.applicationId = ok ? q.value(0).toInt() : 0;
    ok = ok && q.exec(QStringLiteral("PRAGMA user_version")) && q.next();
    facts.userVersion = ok ? q.value(0).toInt() : 0;
    ok = ok && q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next();
    facts.objectCount = ok ? q.value(0).toInt() : 0;
    if (!ok)
        return Status::failure(q.lastError().text());
    return facts;
}

Result<FileFacts> checkExistingFile(const QString &path)
{
    if (const QString problem = DatabaseCheck::headerProblem(path); !problem.isEmpty())
        return Status::failure(problem);
    const auto facts = probe(path);
    if (!facts)
        return Status::failure(Text::tr("%1 cannot be read as a database: %2").arg(shown(path), facts.error()));
    if (facts->applicationId != Database::ApplicationId
        && (facts->applicationId != 0 || facts->objectCount > 0))
        return Status::failure(Text::tr("%1 is an SQLite database of another application, not a City2City database.")
                                   .arg(shown(path)));
    if (facts->userVersion > Migrator::latestVersion())
        return Status::failure(Text::tr("%1 was written by a newer version of City2City Facilitator (schema %2; this version "
                                  "knows up to %3). Update the application to open it.")
                                   .arg(shown(path)).arg(facts->userVersion).arg(Migrator::latestVersion()));
    return facts;
}

bool canWrite(const QString &path)
{
    const QFileInfo info(path);
    return info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
}

// Creates an empty file readable by its owner only: minutes hold personal data.
Status createEmptyFile(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Status::failure(Text::tr("Cannot create the folder %1.").arg(shown(info.absolutePath())));
    return FileSafety::createPrivateFile(path);
}

QString heldElsewhereReason(const QString &path, qint64 pid)
{
    const QString name = QFileInfo(path).fileName();
    return pid > 0 ? Text::tr("%1 is open in another window (process %2) — read-only here. Close the other window and "
                        "open it again to make changes.").arg(name).arg(pid)
                   : Text::tr("%1 is open in another window — read-only here. Close the other window and open it "
                        "again to make changes.").arg(name);
}

Status applyPragmas(QSqlDatabase &db, bool readOnly)
{
    // query_only: a read-only connection refuses writes itself, whatever the file allows.
    static const char *const writable[] = {"PRAGMA busy_timeout = 5000", "PRAGMA foreign_keys = ON",
                                           "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"};
    static const char *const readOnlyPragmas[] = {"PRAGMA busy_timeout = 5000", "PRAGMA foreign_keys = ON",
                                                  "PRAGMA query_only = ON"};
    QSqlQuery q(db);
    const auto run = [&q](const auto &pragmas) -> Status {
        for (const char *pragma : pragmas) {
            if (!q.exec(QString::fromLatin1(pragma)))
                return Status::failure(sqlErrorMessage(q.lastError()));
        }
        return {};
    };
    return readOnly ? run(readOnlyPragmas) : run(writable);
}

int userVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

Database::Database(QString path, QString connectionName, const Options &options)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_options(options)
{
}

Database::~Database()
{
    disconnect(); // before the writer lock goes, with the members
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/city2city.sqlite");
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(absolute);
    if (info.isDir())
        return Status::failure(Text::tr("%1 is a folder, not a database file.").arg(shown(absolute)));

    const bool createdFile = !info.exists();
    const bool isNew = createdFile || info.size() == 0;
    FileFacts facts;
    if (!isNew) {
        auto checked = checkExistingFile(absolute);
        if (!checked)
            return checked.status();
        facts = checked.value();
    } else if (!createdFile && !info.isWritable()) {
        return Status::failure(Text::tr("%1 cannot be written: check its permissions.").arg(shown(absolute)));
    } else if (createdFile && !QDir().mkpath(info.absolutePath())) { // the lock file goes there too
        return Status::failure(Text::tr("Cannot create the folder %1.").arg(shown(info.absolutePath())));
    }

    // Read-only when the file cannot be written, or when a running window holds it.
    QString readOnly;
    const bool unwritable = !isNew && !canWrite(absolute);
    if (unwritable)
        readOnly = Text::tr("%1 is read-only: the file or its folder cannot be written, so nothing can be changed "
                      "here.").arg(QFileInfo(absolute).fileName());
    std::unique_ptr<WriterLock> lock;
    if (!unwritable && options.sharing != Sharing::Unchecked) {
        lock = std::make_unique<WriterLock>(absolute);
        switch (lock->claim()) {
        case WriterLock::State::Held:
            // The command-line tool only checks: holding it for a moment's write would make a
            // window that starts meanwhile read-only for its whole session.
            if (options.sharing == Sharing::Respect)
                lock.reset();
            break;
        case WriterLock::State::HeldElsewhere:
            readOnly = heldElsewhereReason(absolute, lock->holderPid());
            lock.reset();
            break;
        case WriterLock::State::Unavailable:
            if (isNew)
                return Status::failure(Text::tr("Cannot create %1: %2.").arg(shown(absolute), lock->problem()));
            readOnly = Text::tr("%1 is open read-only: %2.").arg(QFileInfo(absolute).fileName(), lock->problem());
            lock.reset();
            break;
        }
    }
    if (!readOnly.isEmpty() && isNew)
        return Status::failure(Text::tr("Cannot create %1: %2").arg(shown(absolute), readOnly));
    if (!readOnly.isEmpty() && facts.userVersion < Migrator::latestVersion())
        return Status::failure(Text::tr("%1 has schema %2 and must be updated to schema %3 to open in this version, "
                                  "which needs write access. %4")
                                   .arg(shown(absolute)).arg(facts.userVersion).arg(Migrator::latestVersion())
                                   .arg(readOnly));
    if (createdFile) {
        if (Status s = createEmptyFile(absolute); !s)
            return s;
    }

    std::unique_ptr<Database> database(new Database(absolute, nextConnectionName(), options));
    database->m_created = isNew;
    database->m_readOnlyReason = readOnly;
    database->m_unwritable = unwritable;
    database->m_lock = std::move(lock);
    if (Status s = database->connect(isNew); !s) {
        database.reset();
        if (createdFile) { // leave nothing half-made behind
            QFile::remove(absolute);
            QFile::remove(absolute + QStringLiteral("-wal"));
            QFile::remove(absolute + QStringLiteral("-shm"));
        }
        return s;
    }
    return database;
}

Status Database::connect(bool isNew)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (isReadOnly()) {
        // Nothing may appear beside a file we cannot write: without a pending -wal, read it as
        // immutable. A file another window writes is read through its WAL, as it changes.
        QUrl uri = QUrl::fromLocalFile(m_path);
        uri.setQuery(m_unwritable && !QFile::exists(m_path + QStringLiteral("-wal"))
                         ? QStringLiteral("mode=ro&immutable=1")
                         : QStringLiteral("mode=ro"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        db.setDatabaseName(m_path);
    }
    if (!db.open())
        return Status::failure(Text::tr("Cannot open %1: %2").arg(shown(m_path), db.lastError().text()));
    if (isReadOnly())
        return applyPragmas(db, true);

    const int version = userVersion(db);
    if (!isNew && version >= 0 && version < Migrator::latestVersion()) {
        // Before a migration changes the file, a copy as it was: an update must never cost data.
        const auto backup = Backups(m_path, m_options.keepBackups).backUp(db, m_options.clock->nowUtc());
        if (!backup)
            return Status::failure(Text::tr("%1 must be updated to this version's schema, and a backup is written "
                                      "first; that failed, so the file was not changed. %2")
                                       .arg(shown(m_path), backup.error()));
    }
    if (Status s = applyPragmas(db, false); !s)
        return s;
    Migrator migrator(db, *m_options.clock);
    return migrator.migrate(isNew && m_options.seedNewFile);
}

Status Database::withOwnConnection(const std::function<Status(QSqlDatabase)> &work) const
{
    if (isReadOnly())
        return Status::failure(m_readOnlyReason);
    const QString name = QStringLiteral("%1-own-%2").arg(m_connectionName).arg(connectionCounter.fetchAndAddRelaxed(1));
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        if (!db.open())
            result = Status::failure(Text::tr("Cannot open %1: %2").arg(shown(m_path), db.lastError().text()));
        else if (Status s = applyPragmas(db, false); !s)
            result = s;
        else
            result = work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

void Database::disconnect()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status Database::reopenAround(const std::function<Status()> &work)
{
    disconnect();
    const Status worked = work();
    Status reopened = checkExistingFile(m_path).status();
    if (reopened)
        reopened = connect(false);
    if (!reopened)
        disconnect(); // a connection half set up would only fail later
    if (!worked)
        return reopened ? worked : Status::failure(worked.error() + u' ' + reopened.error());
    return reopened;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}
