#include "Migrator.h"

#include "Database.h"
#include "Seeder.h"
#include "SqlErrors.h"
#include "WriteTransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QStringList migrationFiles()
{
    QStringList files = QDir(QStringLiteral(":/migrations"))
                            .entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    return files;
}

int currentVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

// The first line of a migration that changes no meaning, only speed: where SQLite refuses it,
// the file is migrated without it rather than not opened.
const QString OptionalMarker = QStringLiteral("-- Optional:");

// Runs the statements in a savepoint of their own; any that fails takes the others back.
void runOptional(QSqlQuery &q, const QString &name, const QStringList &sql)
{
    if (!q.exec(QStringLiteral("SAVEPOINT optional_migration")))
        return;
    for (const QString &statement : sql) {
        if (!q.exec(statement)) {
            qWarning("Migration %s skipped: %s", qPrintable(name), qPrintable(q.lastError().text()));
            q.exec(QStringLiteral("ROLLBACK TO optional_migration"));
            q.exec(QStringLiteral("PRAGMA writable_schema = RESET"));
            break;
        }
    }
    q.exec(QStringLiteral("RELEASE optional_migration"));
}

} // namespace

Migrator::Migrator(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

int Migrator::latestVersion()
{
    return int(migrationFiles().size());
}

QStringList Migrator::statements(const QString &script)
{
    QStringList result;
    QString current;
    const QStringList lines = script.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed == QLatin1String(";")) {
            if (!current.trimmed().isEmpty())
                result << current.trimmed();
            current.clear();
        } else if (!trimmed.startsWith(QLatin1String("--"))) {
            current += line + u'\n';
        }
    }
    if (!current.trimmed().isEmpty())
        result << current.trimmed();
    return result;
}

Status Migrator::migrate(bool seed)
{
    const int from = currentVersion(m_db);
    const QStringList files = migrationFiles();
    if (from < 0)
        return Status::failure(QCoreApplication::translate("Database", "Cannot read the schema version."));
    if (from > files.size()) // Database refuses such files first; never write to one
        return Status::failure(QCoreApplication::translate("Database",
            "The database was written by a newer version (schema %1).").arg(from));
    if (from == files.size() && !seed)
        return {};

    // The schema and the shipped data are nobody's edit: not in the change log.
    WriteTransaction transaction(m_db, m_clock, WriteTransaction::Logging::Nothing);
    if (!transaction.begun())
        return transaction.begun();
    QSqlQuery q(m_db);
    for (int version = from + 1; version <= files.size(); ++version) {
        const QString name = files.at(version - 1);
        QFile file(QStringLiteral(":/migrations/") + name);
        if (!file.open(QIODevice::ReadOnly))
            return Status::failure(QStringLiteral("missing migration %1").arg(name));
        const QString script = QString::fromUtf8(file.readAll());
        const QStringList sql = statements(script);
        if (script.startsWith(OptionalMarker)) {
            runOptional(q, name, sql);
        } else {
            for (const QString &statement : sql) {
                if (!q.exec(statement))
                    return Status::failure(QCoreApplication::translate("Database",
                        "Updating the database to schema %1 failed: %2")
                            .arg(version).arg(sqlErrorMessage(q.lastError())));
            }
        }
        // PRAGMA takes no bound values; the number comes from our own file list.
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
            return Status::failure(sqlErrorMessage(q.lastError()));
    }
    // A migration may edit definitions in sqlite_schema (schema 8), which other connections
    // notice only by a new schema version; other changes raise it by themselves.
    if (from < files.size()) {
        if (!q.exec(QStringLiteral("PRAGMA schema_version")) || !q.next())
            return Status::failure(sqlErrorMessage(q.lastError()));
        const qint64 schemaVersion = q.value(0).toLongLong();
        q.finish();
        if (!q.exec(QStringLiteral("PRAGMA schema_version = %1").arg(schemaVersion + 1)))
            return Status::failure(sqlErrorMessage(q.lastError()));
    }
    if (from == 0 && !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId)))
        return Status::failure(sqlErrorMessage(q.lastError()));
    Seeder seeder(m_db, m_clock);
    if (seed) {
        if (Status s = seeder.seedProgramme(); !s)
            return s;
    }
    // Schema 2 brought the method library and session templates: every file gets them once,
    // new or migrated, with or without the programme.
    if (from < LibraryVersion && files.size() >= LibraryVersion) {
        if (Status s = seeder.seedLibrary(); !s)
            return s;
    }
    return transaction.commit();
}
