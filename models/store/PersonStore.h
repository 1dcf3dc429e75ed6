#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "domain/Records.h"

#include <QSqlDatabase>

class QSqlQuery;

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
    // Many new people (an import) with one statement (StagedInsert); keeps given ids and uuids.
    Status insertAll(QList<PersonRecord> &people);
    // Deletes those people (an undone import), refusing when anything refers to one of them.
    Status removeAll(const QList<qint64> &ids);

private:
    // Validates, trims and stamps a new person; binds all but the id.
    // Query: a QSqlQuery, or a StagedRow of an import.
    template <typename Query>
    Status bindNew(Query &q, PersonRecord &person, const QString &now) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
};
