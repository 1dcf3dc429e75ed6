#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "domain/Records.h"

#include <QHash>
#include <QSqlDatabase>

class QSqlQuery;

// Reads and writes sessions together with their agenda, as one record: an edit of the agenda
// is an edit of its session, and an undone delete brings the agenda back. Writes run inside the
// caller's transaction.
class SessionStore
{
public:
    SessionStore(QSqlDatabase db, const Clock &clock);

    Result<SessionRecord> fetch(qint64 id) const;
    // The sessions of a pairing in cycle order, without their agendas.
    Result<QList<SessionRecord>> ofPairing(qint64 pairingId) const;
    // Every session with this status (e.g. all held ones), in time order, without agendas.
    Result<QList<SessionRecord>> withStatus(const QString &status) const;
    // Sessions starting in [from, to), of one pairing or (0) of all, in time order, without agendas.
    Result<QList<SessionRecord>> startingBetween(const QDateTime &from, const QDateTime &to,
                                                 qint64 pairingId = 0) const;
    // How many of those sessions start on each UTC day, read from the start index alone (a
    // busy month of a large programme holds 1,800 sessions: a calendar needs only their days).
    Result<QHash<QDate, int>> countsByDay(const QDateTime &from, const QDateTime &to,
                                          qint64 pairingId = 0) const;
    // Inserts the session (the next sequence number when it has none) and its agenda; keeps a
    // given id and uuid (an undone delete comes back as it was).
    Result<qint64> insert(SessionRecord &session);
    Status update(SessionRecord &session);
    Status remove(qint64 id);
    // Why a session cannot be deleted (minutes, attendance or actions refer to it), or ok.
    Status checkRemovable(qint64 id) const;
    int nextSequence(qint64 pairingId) const;

private:
    Status prepareWrite(QSqlQuery &q, const QString &sql, SessionRecord &session) const;
    Status writeAgenda(SessionRecord &session);
    Result<QList<AgendaItemRecord>> agendaOf(qint64 sessionId) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
};
