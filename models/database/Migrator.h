#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QSqlDatabase>
#include <QStringList>

// Applies the numbered migrations in resources/migrations (0001_*.sql, ...) that a file lacks,
// all in one transaction together with their PRAGMA user_version bump: a file is at one schema
// version or at the one before, never in between.
class Migrator
{
public:
    Migrator(QSqlDatabase db, const Clock &clock);

    static int latestVersion();
    // The schema version that added the shipped method library and session templates.
    static constexpr int LibraryVersion = 2;
    // Splits a migration script into statements at lines that hold only ';'.
    static QStringList statements(const QString &script);

    Status migrate(bool seed);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};
