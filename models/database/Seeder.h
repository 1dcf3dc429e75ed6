#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QSqlDatabase>

// Fills a new database with the programme from resources/seed: ISO countries, themes, cities
// and pairings. Runs inside the migration's transaction, so a file is either seeded or absent.
class Seeder
{
public:
    Seeder(QSqlDatabase db, const Clock &clock);
    Status seedProgramme();
    // The facilitation methods and session templates that ship with the app (library.json).
    Status seedLibrary();

private:
    Status seedCountries();
    Status seedFromProgrammeFile();

    QSqlDatabase m_db;
    const Clock &m_clock;
};
