#include "Database.h"

#include "Migrator.h"
#include "SqlErrors.h"

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

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    static const QByteArray magic("SQLite format 3\0", 16);
    return file.read(16) == magic;
}

// Facts read from an existing file through a read-only connection, so that nothing is written
// before we know the file is ours and not newer than this build.
struct FileFacts
{
    int applicationId = 0;
    int userVersion = 0;
    int objectCount = 0;
};

Result<FileFacts> probe(const QString &path)
{
    const QString name = nextConnectionName();
    Result<FileFacts> result = Result<FileFacts>::failure(QString());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // A read-only connection to a WAL file still creates -wal and -shm beside it; without
        // a pending -wal, "immutable" reads the file alone and leaves the folder as it was.
        if (QFile::exists(path + QStringLiteral("-wal"))) {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        } else {
            QUrl uri = QUrl::fromLocalFile(path);
            uri.setQuery(QStringLiteral("immutable=1"));
            db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        }
        if (!db.open()) {
            result = Result<FileFacts>::failure(db.lastError().text());
        } else {
            FileFacts facts;
            QSqlQuery q(db);
            bool ok = q.exec(QStringLiteral("PRAGMA application_id")) && q.next();
            facts.applicationId = ok ? q.value(0).toInt() : 0;
            ok = ok && q.exec(QStringLiteral("PRAGMA user_version")) && q.next();
            facts.userVersion = ok ? q.value(0).toInt() : 0;
            ok = ok && q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next();
            facts.objectCount = ok ? q.value(0).toInt() : 0;
            if (ok)
                result = facts;
            else
                result = Result<FileFacts>::failure(q.lastError().text());
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Status checkExistingFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!hasSqliteHeader(path))
        return Status::failure(QCoreApplication::translate("Database",
            "%1 is not a City2City database: it is not an SQLite file.").arg(shown));
    const auto facts = probe(path);
    if (!facts)
        return Status::failure(QCoreApplication::translate("Database",
            "%1 cannot be read as a database: %2").arg(shown, facts.error()));
    if (facts->applicationId != Database::ApplicationId
        && (facts->applicationId != 0 || facts->objectCount > 0))
        return Status::failure(QCoreApplication::translate("Database",
            "%1 is an SQLite database of another application, not a City2City database.")
                .arg(shown));
    if (facts->userVersion > Migrator::latestVersion())
        return Status::failure(QCoreApplication::translate("Database",
            "%1 was written by a newer version of City2City Facilitator (schema %2; this version "
            "knows up to %3). Update the application to open it.")
                .arg(shown).arg(facts->userVersion).arg(Migrator::latestVersion()));
    const QFileInfo info(path);
    if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
        return Status::failure(QCoreApplication::translate("Database",
            "%1 cannot be written: check the permissions of the file and of its folder.")
                .arg(shown));
    return {};
}

// Creates an empty file readable by its owner only: minutes hold personal data.
Status createEmptyFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Status::failure(QCoreApplication::translate("Database",
            "Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Status::failure(QCoreApplication::translate("Database",
            "Cannot create %1: %2").arg(shown, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

Status applyConnectionPragmas(QSqlDatabase &db)
{
    static const char *const pragmas[] = {
        "PRAGMA busy_timeout = 5000",
        "PRAGMA foreign_keys = ON",
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = FULL",
    };
    QSqlQuery q(db);
    for (const char *pragma : pragmas) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return Status::failure(sqlErrorMessage(q.lastError()));
    }
    return {};
}

} // namespace

Database::Database(QString path, QString connectionName, const Clock *clock)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_clock(clock)
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
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
        return Status::failure(QCoreApplication::translate("Database",
            "%1 is a folder, not a database file.").arg(QDir::toNativeSeparators(absolute)));

    const bool isNew = !info.exists() || info.size() == 0;
    const bool createdFile = !info.exists();
    if (!isNew) {
        if (Status s = checkExistingFile(absolute); !s)
            return s;
    } else if (createdFile) {
        if (Status s = createEmptyFile(absolute); !s)
            return s;
    } else if (!info.isWritable()) {
        return Status::failure(QCoreApplication::translate("Database",
            "%1 cannot be written: check its permissions.").arg(QDir::toNativeSeparators(absolute)));
    }

    std::unique_ptr<Database> database(new Database(absolute, nextConnectionName(), options.clock));
    database->m_created = isNew;
    auto fail = [&](const QString &message) -> Result<std::unique_ptr<Database>> {
        database.reset();
        if (createdFile) { // leave nothing half-made behind
            QFile::remove(absolute);
            QFile::remove(absolute + QStringLiteral("-wal"));
            QFile::remove(absolute + QStringLiteral("-shm"));
        }
        return Status::failure(message);
    };

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        db.setDatabaseName(absolute);
        if (!db.open())
            return fail(QCoreApplication::translate("Database", "Cannot open %1: %2")
                            .arg(QDir::toNativeSeparators(absolute), db.lastError().text()));
        if (Status s = applyConnectionPragmas(db); !s)
            return fail(s.error());
        Migrator migrator(db, *options.clock);
        if (Status s = migrator.migrate(isNew && options.seedNewFile); !s)
            return fail(s.error());
    }
    return database;
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
