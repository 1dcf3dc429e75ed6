#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

// One open City2City database file: a QSQLITE connection with our pragmas, migrated to the
// current schema. Files that are not ours, or newer than this build, are refused untouched.
class Database
{
public:
    // PRAGMA application_id marking a file as City2City's ("C2CF").
    static constexpr int ApplicationId = 0x43324346;

    struct Options
    {
        const Clock *clock = &SystemClock::instance();
        bool seedNewFile = true; // fill a newly created file with the programme's data
    };

    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path) { return open(path, Options()); }

    // The per-user default database, in QStandardPaths::AppDataLocation.
    static QString defaultPath();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    const Clock &clock() const { return *m_clock; }
    int schemaVersion() const;
    bool wasCreated() const { return m_created; }

private:
    Database(QString path, QString connectionName, const Clock *clock);

    QString m_path;
    QString m_connectionName;
    const Clock *m_clock;
    bool m_created = false;
};
