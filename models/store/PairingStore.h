#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "domain/Records.h"

#include <QSqlDatabase>

// Reads and writes pairings with their member cities. Writes run inside the caller's transaction.
class QSqlQuery;

class PairingStore
{
public:
    PairingStore(QSqlDatabase db, const Clock &clock);

    Result<PairingRecord> fetch(qint64 id) const;
    // A pairing by its numeric id or by its code (case-insensitive), as the CLI accepts both.
    Result<qint64> resolve(const QString &idOrCode) const;
    Result<qint64> insert(PairingRecord &pairing);
    Status update(PairingRecord &pairing);
    Status remove(qint64 id);
    Status checkRemovable(qint64 id) const;
    // A code not yet used for the theme, such as "E-07".
    QString suggestCode(qint64 themeId) const;

private:
    Status checkUniqueCode(const PairingRecord &pairing) const;
    Status prepareWrite(QSqlQuery &q, const QString &sql, PairingRecord &pairing) const;
    Status writeMembers(const PairingRecord &pairing);

    QSqlDatabase m_db;
    const Clock &m_clock;
};
