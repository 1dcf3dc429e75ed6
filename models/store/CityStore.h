#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "domain/Records.h"

#include <QSqlDatabase>

// Reads and writes cities. Writes run inside the caller's transaction.
class QSqlQuery;

class CityStore
{
public:
    CityStore(QSqlDatabase db, const Clock &clock);

    Result<CityRecord> fetch(qint64 id) const;
    // Inserts the city; keeps a given id and uuid (an undone delete comes back as it was).
    Result<qint64> insert(CityRecord &city);
    Status update(CityRecord &city);
    Status remove(qint64 id);
    // Why a city cannot be deleted (pairings, people or minutes refer to it), or ok.
    Status checkRemovable(qint64 id) const;
    // Many new cities (an import) with one statement (StagedInsert); keeps given ids and uuids. The
    // database's constraints stand in for checkUnique (the import has checked the names).
    Status insertAll(QList<CityRecord> &cities);
    // Deletes those cities (an undone import), refusing when anything refers to one of them.
    Status removeAll(const QList<qint64> &ids);

private:
    Status checkUnique(const CityRecord &city) const;
    Status prepareWrite(QSqlQuery &q, const QString &sql, CityRecord &city) const;
    // Trims the record, stamps it and binds what insert and update share.
    template <typename Query> // a QSqlQuery, or a StagedRow of an import
    void bindFields(Query &q, CityRecord &city, const QString &countryName) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
};
