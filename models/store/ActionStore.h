#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "domain/MinutesRecords.h"

#include <QSqlDatabase>

class QSqlQuery;

// Which action items to list; 0 or empty means "any".
struct ActionFilter
{
    qint64 pairingId = 0;
    qint64 cityId = 0;
    qint64 ownerPersonId = 0;
    QString status;           // open, in_progress, done, dropped; empty: any
    bool overdueOnly = false; // open or in progress with a due date before today
    QDate today;              // invalid: the clock's date
};

// An action item with the names a listing shows next to it.
struct ActionListing
{
    ActionItemRecord action;
    QString pairingCode;
    int sessionSequence = 0;
    QString ownerName; // empty when nobody owns it
    QString cityName;  // empty when it concerns no one city
    bool overdue = false;
};

// Reads and writes action items. The done date follows the status: set to today when an item
// becomes done without one, cleared when it is not done. Writes run inside the caller's
// transaction.
class ActionStore
{
public:
    ActionStore(QSqlDatabase db, const Clock &clock);

    Result<ActionItemRecord> fetch(qint64 id) const;
    // Keeps a given id and uuid (an undone delete comes back as it was).
    Result<qint64> insert(ActionItemRecord &action);
    Status update(ActionItemRecord &action);
    Status remove(qint64 id);
    // Due first (earliest due date first, no due date last), then by pairing and session.
    Result<QList<ActionListing>> list(const ActionFilter &filter) const;
    // The action items created from an entry of the minutes.
    Result<QList<qint64>> ofNote(qint64 noteId) const;
    // Links action items back to an entry (after an undone delete of the entry); items that
    // were deleted or linked elsewhere meanwhile are left alone.
    Status relinkToNote(const QList<qint64> &actionIds, qint64 noteId);

    // The date "today" means for due and done dates: the clock's date in UTC.
    static QDate today(const Clock &clock);

private:
    Status prepareWrite(QSqlQuery &q, const QString &sql, ActionItemRecord &action) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
};
