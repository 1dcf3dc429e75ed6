#include "SessionStore.h"

#include "SqlValues.h"
#include "database/SqlErrors.h"
#include "domain/Validation.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace SqlValues;

namespace {

const QString SessionColumns = QStringLiteral(
    "s.id, s.uuid, s.pairing_id, s.sequence, s.kind, s.title, s.start_utc, s.duration_minutes,"
    " s.mode, s.location, s.link, s.venue_time_zone, s.status, s.objectives, s.created_at, s.updated_at");

const QString SelectSession = QStringLiteral("SELECT %1 FROM session s WHERE s.id = :id").arg(SessionColumns);

const QString SessionsOfPairing = QStringLiteral(
    "SELECT %1 FROM session s WHERE s.pairing_id = :id ORDER BY s.sequence").arg(SessionColumns);

const QString SessionsBetween = QStringLiteral(
    "SELECT %1 FROM session s WHERE s.start_utc >= :from AND s.start_utc < :to"
    " AND (:pairing_id = 0 OR s.pairing_id = :pairing_id2) ORDER BY s.start_utc, s.id").arg(SessionColumns);

// Stored instants are UTC ISO text: their first ten characters are the UTC day.
const QString CountsByDay = QStringLiteral(
    "SELECT substr(s.start_utc, 1, 10), count(*) FROM session s WHERE s.start_utc >= :from AND s.start_utc < :to"
    " AND (:pairing_id = 0 OR s.pairing_id = :pairing_id2) GROUP BY 1");

const QString SessionsWithStatus = QStringLiteral(
    "SELECT %1 FROM session s WHERE s.status = :status ORDER BY s.start_utc, s.id").arg(SessionColumns);

const QString InsertSession = QStringLiteral(
    "INSERT INTO session (id, uuid, pairing_id, sequence, kind, title, start_utc, duration_minutes,"
    " mode, location, link, venue_time_zone, status, objectives, created_at, updated_at)"
    " VALUES (:id, :uuid, :pairing_id, :sequence, :kind, :title, :start_utc, :duration_minutes,"
    " :mode, :location, :link, :venue_time_zone, :status, :objectives, :created_at, :updated_at)");

const QString UpdateSession = QStringLiteral(
    "UPDATE session SET pairing_id = :pairing_id, sequence = :sequence, kind = :kind, title = :title,"
    " start_utc = :start_utc, duration_minutes = :duration_minutes, mode = :mode,"
    " location = :location, link = :link, venue_time_zone = :venue_time_zone, status = :status,"
    " objectives = :objectives, updated_at = :updated_at WHERE id = :id");

const QString DeleteSession = QStringLiteral("DELETE FROM session WHERE id = :id");

const QString SameSequence = QStringLiteral(
    "SELECT count(*) FROM session WHERE pairing_id = :pairing_id AND sequence = :sequence AND id <> :id");

const QString MaxSequence = QStringLiteral(
    "SELECT coalesce(max(sequence), 0) FROM session WHERE pairing_id = :id");

const QString UsesOfSession = QStringLiteral(
    "SELECT (SELECT count(*) FROM note WHERE session_id = :id1),"
    " (SELECT count(*) FROM attendance WHERE session_id = :id2),"
    " (SELECT count(*) FROM action_item WHERE session_id = :id3),"
    " (SELECT count(*) FROM readiness_assessment WHERE session_id = :id4)");

const QString NotesOfAgendaItem = QStringLiteral("SELECT count(*) FROM note WHERE agenda_item_id = :id");

const QString SelectAgenda = QStringLiteral(
    "SELECT a.id, a.uuid, a.title, a.method_id, m.name, a.duration_minutes, a.owner_person_id,"
    " a.objectives, a.notes FROM agenda_item a LEFT JOIN method m ON m.id = a.method_id"
    " WHERE a.session_id = :id ORDER BY a.position, a.id");

const QString AgendaIds = QStringLiteral("SELECT id FROM agenda_item WHERE session_id = :id");

const QString DeleteAgendaItem = QStringLiteral("DELETE FROM agenda_item WHERE id = :id");

const QString InsertAgendaItem = QStringLiteral(
    "INSERT INTO agenda_item (id, uuid, session_id, position, title, method_id, duration_minutes,"
    " owner_person_id, objectives, notes, created_at, updated_at)"
    " VALUES (:id, :uuid, :session_id, :position, :title, :method_id, :duration_minutes,"
    " :owner_person_id, :objectives, :notes, :created_at, :updated_at)");

const QString UpdateAgendaItem = QStringLiteral(
    "UPDATE agenda_item SET position = :position, title = :title, method_id = :method_id,"
    " duration_minutes = :duration_minutes, owner_person_id = :owner_person_id,"
    " objectives = :objectives, notes = :notes, updated_at = :updated_at"
    " WHERE id = :id AND session_id = :session_id");

SessionRecord sessionFrom(const QSqlQuery &q)
{
    SessionRecord s;
    s.id = q.value(0).toLongLong();
    s.uuid = q.value(1).toString();
    s.pairingId = q.value(2).toLongLong();
    s.sequence = q.value(3).toInt();
    s.kind = q.value(4).toString();
    s.title = q.value(5).toString();
    s.startUtc = q.value(6).isNull() ? QDateTime()
                                     : QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs).toUTC();
    s.durationMinutes = q.value(7).toInt();
    s.mode = q.value(8).toString();
    s.location = q.value(9).toString();
    s.link = q.value(10).toString();
    s.venueTimeZone = q.value(11).toString();
    s.status = q.value(12).toString();
    s.objectives = q.value(13).toString();
    s.createdAt = q.value(14).toString();
    s.updatedAt = q.value(15).toString();
    return s;
}

Status failed(const QSqlQuery &q)
{
    return Status::failure(sqlErrorMessage(q.lastError()));
}

// Runs a prepared query over session rows and reads them (without agendas).
Result<QList<SessionRecord>> listOf(QSqlQuery &q)
{
    if (!q.exec())
        return failed(q);
    QList<SessionRecord> sessions;
    while (q.next())
        sessions << sessionFrom(q);
    return sessions;
}

} // namespace

SessionStore::SessionStore(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

Result<SessionRecord> SessionStore::fetch(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(SelectSession);
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return failed(q);
    if (!q.next())
        return Status::failure(QCoreApplication::translate("SessionStore", "The session no longer exists."));
    SessionRecord session = sessionFrom(q);
    auto agenda = agendaOf(id);
    if (!agenda)
        return agenda.status();
    session.agenda = std::move(agenda.value());
    return session;
}

Result<QList<AgendaItemRecord>> SessionStore::agendaOf(qint64 sessionId) const
{
    QSqlQuery q(m_db);
    q.prepare(SelectAgenda);
    q.bindValue(QStringLiteral(":id"), sessionId);
    if (!q.exec())
        return failed(q);
    QList<AgendaItemRecord> items;
    while (q.next()) {
        AgendaItemRecord item;
        item.id = q.value(0).toLongLong();
        item.uuid = q.value(1).toString();
        item.title = q.value(2).toString();
        item.methodId = optionalId(q.value(3));
        item.methodName = q.value(4).toString();
        item.durationMinutes = q.value(5).toInt();
        item.ownerPersonId = optionalId(q.value(6));
        item.objectives = q.value(7).toString();
        item.notes = q.value(8).toString();
        items << item;
    }
    return items;
}

Result<QList<SessionRecord>> SessionStore::ofPairing(qint64 pairingId) const
{
    QSqlQuery q(m_db);
    q.prepare(SessionsOfPairing);
    q.bindValue(QStringLiteral(":id"), pairingId);
    return listOf(q);
}

Result<QList<SessionRecord>> SessionStore::startingBetween(const QDateTime &from, const QDateTime &to,
                                                          qint64 pairingId) const
{
    QSqlQuery q(m_db);
    q.prepare(SessionsBetween);
    q.bindValue(QStringLiteral(":from"), Clock::toIso(from));
    q.bindValue(QStringLiteral(":to"), Clock::toIso(to));
    q.bindValue(QStringLiteral(":pairing_id"), pairingId);
    q.bindValue(QStringLiteral(":pairing_id2"), pairingId);
    return listOf(q);
}

Result<QHash<QDate, int>> SessionStore::countsByDay(const QDateTime &from, const QDateTime &to,
                                                    qint64 pairingId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(CountsByDay);
    q.bindValue(QStringLiteral(":from"), Clock::toIso(from));
    q.bindValue(QStringLiteral(":to"), Clock::toIso(to));
    q.bindValue(QStringLiteral(":pairing_id"), pairingId);
    q.bindValue(QStringLiteral(":pairing_id2"), pairingId);
    if (!q.exec())
        return Status::failure(sqlErrorMessage(q.lastError()));
    QHash<QDate, int> counts;
    while (q.next())
        counts.insert(QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toInt());
    return counts;
}

Result<QList<SessionRecord>> SessionStore::withStatus(const QString &status) const
{
    QSqlQuery q(m_db);
    q.prepare(SessionsWithStatus);
    q.bindValue(QStringLiteral(":status"), status);
    return listOf(q);
}

int SessionStore::nextSequence(qint64 pairingId) const
{
    QSqlQuery q(m_db);
    q.prepare(MaxSequence);
    q.bindValue(QStringLiteral(":id"), pairingId);
    return q.exec() && q.next() ? q.value(0).toInt() + 1 : 1;
}

// Validates the session, trims it and binds the values insert and update share.
Status SessionStore::prepareWrite(QSqlQuery &q, const QString &sql, SessionRecord &session) const
{
    if (session.sequence <= 0)
        session.sequence = nextSequence(session.pairingId);
    if (Status s = Validation::session(session); !s)
        return s;
    q.prepare(SameSequence);
    q.bindValue(QStringLiteral(":pairing_id"), session.pairingId);
    q.bindValue(QStringLiteral(":sequence"), session.sequence);
    q.bindValue(QStringLiteral(":id"), session.id);
    if (!q.exec() || !q.next())
        return failed(q);
    if (q.value(0).toInt() > 0)
        return Status::failure(QCoreApplication::translate("SessionStore",
            "The pairing already has a session number %1.").arg(session.sequence));

    session.title = session.title.trimmed();
    session.location = session.location.trimmed();
    session.link = session.link.trimmed();
    session.venueTimeZone = session.venueTimeZone.trimmed();
    session.updatedAt = m_clock.nowIso();
    q.prepare(sql);
    q.bindValue(QStringLiteral(":pairing_id"), session.pairingId);
    q.bindValue(QStringLiteral(":sequence"), session.sequence);
    q.bindValue(QStringLiteral(":kind"), session.kind);
    q.bindValue(QStringLiteral(":title"), nullableText(session.title));
    q.bindValue(QStringLiteral(":start_utc"),
                session.startUtc.isValid() ? QVariant(Clock::toIso(session.startUtc)) : QVariant());
    q.bindValue(QStringLiteral(":duration_minutes"), session.durationMinutes);
    q.bindValue(QStringLiteral(":mode"), session.mode);
    q.bindValue(QStringLiteral(":location"), nullableText(session.location));
    q.bindValue(QStringLiteral(":link"), nullableText(session.link));
    q.bindValue(QStringLiteral(":venue_time_zone"), nullableText(session.venueTimeZone));
    q.bindValue(QStringLiteral(":status"), session.status);
    q.bindValue(QStringLiteral(":objectives"), nullableText(session.objectives));
    q.bindValue(QStringLiteral(":updated_at"), session.updatedAt);
    return {};
}

Result<qint64> SessionStore::insert(SessionRecord &session)
{
    QSqlQuery q(m_db);
    if (Status s = prepareWrite(q, InsertSession, session); !s)
        return s;
    bindNewRow(q, session);
    if (!q.exec())
        return isConstraintViolation(q.lastError())
                   ? Status::failure(QCoreApplication::translate("SessionStore",
                         "The session's pairing no longer exists."))
                   : failed(q);
    session.id = q.lastInsertId().toLongLong();
    if (Status s = writeAgenda(session); !s)
        return s;
    return session.id;
}

Status SessionStore::update(SessionRecord &session)
{
    QSqlQuery q(m_db);
    if (Status s = prepareWrite(q, UpdateSession, session); !s)
        return s;
    q.bindValue(QStringLiteral(":id"), session.id);
    if (!q.exec())
        return failed(q);
    if (q.numRowsAffected() != 1)
        return Status::failure(QCoreApplication::translate("SessionStore", "The session no longer exists."));
    return writeAgenda(session);
}

// Writes the agenda as a difference: items that stay keep their row (minutes refer to them),
// items that went are deleted, new ones inserted; positions follow the list.
Status SessionStore::writeAgenda(SessionRecord &session)
{
    QSqlQuery q(m_db);
    q.prepare(AgendaIds);
    q.bindValue(QStringLiteral(":id"), session.id);
    if (!q.exec())
        return failed(q);
    QSet<qint64> existing;
    while (q.next())
        existing.insert(q.value(0).toLongLong());
    QSet<qint64> wanted;
    for (const AgendaItemRecord &item : std::as_const(session.agenda))
        wanted.insert(item.id);

    for (qint64 id : std::as_const(existing)) {
        if (wanted.contains(id))
            continue;
        // Minutes written under a block would lose their place (and an undo could not give it back).
        q.prepare(NotesOfAgendaItem);
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec() || !q.next())
            return failed(q);
        if (q.value(0).toInt() > 0)
            return Status::failure(QCoreApplication::translate("SessionStore",
                "An agenda block with minutes written under it cannot be removed."));
        q.prepare(DeleteAgendaItem);
        q.bindValue(QStringLiteral(":id"), id);
        if (!q.exec())
            return failed(q);
    }
    const QString now = session.updatedAt;
    for (int position = 0; position < session.agenda.size(); ++position) {
        AgendaItemRecord &item = session.agenda[position];
        item.title = item.title.trimmed();
        const bool isNew = !existing.contains(item.id);
        q.prepare(isNew ? InsertAgendaItem : UpdateAgendaItem);
        if (isNew) {
            if (item.uuid.isEmpty())
                item.uuid = newUuid();
            q.bindValue(QStringLiteral(":id"), item.id > 0 ? QVariant(item.id) : QVariant());
            q.bindValue(QStringLiteral(":uuid"), item.uuid);
            q.bindValue(QStringLiteral(":created_at"), now);
        } else {
            q.bindValue(QStringLiteral(":id"), item.id);
        }
        q.bindValue(QStringLiteral(":session_id"), session.id);
        q.bindValue(QStringLiteral(":position"), position);
        q.bindValue(QStringLiteral(":title"), item.title);
        q.bindValue(QStringLiteral(":method_id"), nullable(item.methodId));
        q.bindValue(QStringLiteral(":duration_minutes"), item.durationMinutes);
        q.bindValue(QStringLiteral(":owner_person_id"), nullable(item.ownerPersonId));
        q.bindValue(QStringLiteral(":objectives"), nullableText(item.objectives));
        q.bindValue(QStringLiteral(":notes"), nullableText(item.notes));
        q.bindValue(QStringLiteral(":updated_at"), now);
        if (!q.exec())
            return failed(q);
        if (isNew)
            item.id = q.lastInsertId().toLongLong();
    }
    return {};
}

Status SessionStore::checkRemovable(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(UsesOfSession);
    q.bindValue(QStringLiteral(":id1"), id);
    q.bindValue(QStringLiteral(":id2"), id);
    q.bindValue(QStringLiteral(":id3"), id);
    q.bindValue(QStringLiteral(":id4"), id);
    if (!q.exec() || !q.next())
        return failed(q);
    const int minutes = q.value(0).toInt() + q.value(1).toInt() + q.value(2).toInt() + q.value(3).toInt();
    if (minutes > 0)
        return Status::failure(QCoreApplication::translate("SessionStore",
            "The session has minutes, attendance, action items or readiness assessments; it was not deleted. "
            "Set its status to cancelled instead."));
    return {};
}

Status SessionStore::remove(qint64 id)
{
    if (Status s = checkRemovable(id); !s)
        return s;
    QSqlQuery q(m_db);
    q.prepare(DeleteSession);
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return failed(q);
    return {};
}
