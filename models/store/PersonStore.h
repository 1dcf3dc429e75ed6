#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "domain/Records.h"

#include <QSqlDatabase>

// Reads and writes people. Writes run inside the caller's transaction.
class PersonStore
{
public:
    PersonStore(QSqlDatabase db, const Clock &clock);

    Result<PersonRecord> fetch(qint64 id) const;
    Result<qint64> insert(PersonRecord &person);
    Status update(PersonRecord &person);
    Status remove(qint64 id);
    Status checkRemovable(qint64 id) const;

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};
