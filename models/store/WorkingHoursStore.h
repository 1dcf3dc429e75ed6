#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "planning/SlotFinder.h"

#include <QSqlDatabase>

// Each city's working hours for the slot finder, remembered per city; a city without a row
// works the default 08:00-18:00, Monday to Friday. Writes run inside the caller's transaction.
class WorkingHoursStore
{
public:
    WorkingHoursStore(QSqlDatabase db, const Clock &clock);

    Result<WorkingHours> of(qint64 cityId) const;
    Status set(qint64 cityId, const WorkingHours &hours);
    // The member cities of a pairing as the slot finder sees them, in the pairing's order.
    Result<QList<SlotCity>> citiesOfPairing(qint64 pairingId) const;
    // The member cities' ids in the same order as citiesOfPairing().
    Result<QList<qint64>> cityIdsOfPairing(qint64 pairingId) const;

    static int daysToMask(const QList<int> &days);
    static QList<int> maskToDays(int mask);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};
