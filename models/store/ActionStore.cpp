#include "ActionStore.h"

#include "SqlValues.h"
#include "database/SqlErrors.h"
#include "domain/Validation.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace SqlValues;

namespace {

const QString ActionColumns = QStringLiteral(
    "a.id, a.uuid, a.session_id, a.note_id, a.description, a.owner_person_id, a.city_id, a.due_date,"
    " a.status, a.done_date, a.created_at, a.updated_at");

const QString SelectAction = QStringLiteral("SELECT %1 FROM action_item a WHERE a.id = :id").arg(ActionColumns);

const QString InsertAction = QStringLiteral(
    "INSERT INTO action_item (id, uuid, session_id, note_id, description, owner_person_id, city_id,"
    " due_date, status, done_date, created_at, updated_at)"
    " VALUES (:id, :uuid, :session_id, :note_id, :description, :owner_person_id, :city_id,"
    " :due_date, :status, :done_date, :created_at, :updated_at)");

const QString UpdateAction = QStringLiteral(
    "UPDATE action_item SET note_id = :note_id, description = :description,"
    " owner_person_id = :owner_person_id, city_id = :city_id, due_date = :due_date, status = :status,"
    " done_date = :done_date, updated_at = :updated_at WHERE id = :id AND session_id = :session_id");

const QString DeleteAction = QStringLiteral("DELETE FROM action_item WHERE id = :id");

const QString SessionOfNote = QStringLiteral("SELECT session_id FROM note WHERE id = :id");

const QString ActionsOfNote = QStringLiteral("SELECT id FROM action_item WHERE note_id = :id ORDER BY id");

const QString RelinkAction = QStringLiteral(
    "UPDATE action_item SET note_id = :note_id WHERE id = :id AND note_id IS NULL");

const QString LinkOfAction = QStringLiteral("SELECT note_id FROM action_item WHERE id = :id");

// Every filter is bound; 0 or '' switches it off. Dates compare as text (YYYY-MM-DD).
const QString ListActions = QStringLiteral(
    "SELECT %1, p.code, s.sequence, o.name, c.name"
    " FROM action_item a JOIN session s ON s.id = a.session_id JOIN pairing p ON p.id = s.pairing_id"
    " LEFT JOIN person o ON o.id = a.owner_person_id LEFT JOIN city c ON c.id = a.city_id"
    " WHERE (:pairing = 0 OR s.pairing_id = :pairing2)"
    " AND (:city = 0 OR a.city_id = :city2)"
    " AND (:owner = 0 OR a.owner_person_id = :owner2)"
    " AND (coalesce(:status, '') = '' OR a.status = :status2)"
    " AND (:overdue = 0 OR (a.status IN ('open', 'in_progress') AND a.due_date < :today))"
    " ORDER BY a.due_date IS NULL, a.due_date, p.code, s.sequence, a.id").arg(ActionColumns);

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

ActionItemRecord actionFrom(const QSqlQuery &q)
{
    ActionItemRecord a;
    a.id = q.value(0).toLongLong();
    a.uuid = q.value(1).toString();
    a.sessionId = q.value(2).toLongLong();
    a.noteId = optionalId(q.value(3));
    a.description = q.value(4).toString();
    a.ownerPersonId = optionalId(q.value(5));
    a.cityId = optionalId(q.value(6));
    a.dueDate = dateOf(q.value(7));
    a.status = q.value(8).toString();
    a.doneDate = dateOf(q.value(9));
    a.createdAt = q.value(10).toString();
    a.updatedAt = q.value(11).toString();
    return a;
}

Status failed(const QSqlQuery &q)
{
    return Status::failure(sqlErrorMessage(q.lastError()));
}

Status gone()
{
    return Status::failure(QCoreApplication::translate("ActionStore", "The action item no longer exists."));
}

Status referenceGone()
{
    return Status::failure(QCoreApplication::translate("ActionStore",
        "The action item's session, owner or city no longer exists."));
}

} // namespace

ActionStore::ActionStore(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

QDate ActionStore::today(const Clock &clock)
{
    return clock.nowUtc().toUTC().date();
}

Result<ActionItemRecord> ActionStore::fetch(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(SelectAction);
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return failed(q);
    if (!q.next())
        return gone();
    return actionFrom(q);
}

// Settles the done date, validates, checks the entry is of the same session and binds what
// insert and update share.
Status ActionStore::prepareWrite(QSqlQuery &q, const QString &sql, ActionItemRecord &action) const
{
    if (action.status != QLatin1String("done"))
        action.doneDate = QDate();
    else if (!action.doneDate.isValid())
        action.doneDate = today(m_clock);
    if (Status s = Validation::action(action); !s)
        return s;
    if (action.noteId) {
        q.prepare(SessionOfNote);
        q.bindValue(QStringLiteral(":id"), *action.noteId);
        if (!q.exec())
            return failed(q);
        if (!q.next() || q.value(0).toLongLong() != action.sessionId)
            return Status::failure(QCoreApplication::translate("ActionStore",
                "The entry the action item comes from is not part of its session."));
    }
    action.description = action.description.trimmed();
    action.updatedAt = m_clock.nowIso();
    q.prepare(sql);
    q.bindValue(QStringLiteral(":session_id"), action.sessionId);
    q.bindValue(QStringLiteral(":note_id"), nullable(action.noteId));
    q.bindValue(QStringLiteral(":description"), action.description);
    q.bindValue(QStringLiteral(":owner_person_id"), nullable(action.ownerPersonId));
    q.bindValue(QStringLiteral(":city_id"), nullable(action.cityId));
    q.bindValue(QStringLiteral(":due_date"), nullableDate(action.dueDate));
    q.bindValue(QStringLiteral(":status"), action.status);
    q.bindValue(QStringLiteral(":done_date"), nullableDate(action.doneDate));
    q.bindValue(QStringLiteral(":updated_at"), action.updatedAt);
    return {};
}

Result<qint64> ActionStore::insert(ActionItemRecord &action)
{
    QSqlQuery q(m_db);
    if (Status s = prepareWrite(q, InsertAction, action); !s)
        return s;
    bindNewRow(q, action);
    if (!q.exec())
        return isConstraintViolation(q.lastError()) ? referenceGone() : failed(q);
    action.id = q.lastInsertId().toLongLong();
    return action.id;
}

Status ActionStore::update(ActionItemRecord &action)
{
    QSqlQuery q(m_db);
    if (Status s = prepareWrite(q, UpdateAction, action); !s)
        return s;
    q.bindValue(QStringLiteral(":id"), action.id);
    if (!q.exec())
        return isConstraintViolation(q.lastError()) ? referenceGone() : failed(q);
    if (q.numRowsAffected() != 1)
        return gone();
    return {};
}

Status ActionStore::remove(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(DeleteAction);
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return failed(q);
    if (q.numRowsAffected() != 1)
        return gone();
    return {};
}

Result<QList<ActionListing>> ActionStore::list(const ActionFilter &filter) const
{
    const QDate day = filter.today.isValid() ? filter.today : today(m_clock);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(ListActions);
    q.bindValue(QStringLiteral(":pairing"), filter.pairingId);
    q.bindValue(QStringLiteral(":pairing2"), filter.pairingId);
    q.bindValue(QStringLiteral(":city"), filter.cityId);
    q.bindValue(QStringLiteral(":city2"), filter.cityId);
    q.bindValue(QStringLiteral(":owner"), filter.ownerPersonId);
    q.bindValue(QStringLiteral(":owner2"), filter.ownerPersonId);
    q.bindValue(QStringLiteral(":status"), filter.status);
    q.bindValue(QStringLiteral(":status2"), filter.status);
    q.bindValue(QStringLiteral(":overdue"), filter.overdueOnly ? 1 : 0);
    q.bindValue(QStringLiteral(":today"), day.toString(Qt::ISODate));
    if (!q.exec())
        return failed(q);
    QList<ActionListing> rows;
    while (q.next()) {
        ActionListing row;
        row.action = actionFrom(q);
        row.pairingCode = q.value(12).toString();
        row.sessionSequence = q.value(13).toInt();
        row.ownerName = q.value(14).toString();
        row.cityName = q.value(15).toString();
        row.overdue = row.action.isOverdue(day);
        rows << row;
    }
    return rows;
}

Result<QList<qint64>> ActionStore::ofNote(qint64 noteId) const
{
    QSqlQuery q(m_db);
    q.prepare(ActionsOfNote);
    q.bindValue(QStringLiteral(":id"), noteId);
    if (!q.exec())
        return failed(q);
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

// One statement prepared once and bound afresh for each item. An item the update did not
// change is fine only when it is gone or already linked (to this entry, or by then to another
// one); one that is still unlinked should have been linked back, and the caller must not
// believe it was.
Status ActionStore::relinkToNote(const QList<qint64> &actionIds, qint64 noteId)
{
    QSqlQuery relink(m_db);
    if (!relink.prepare(RelinkAction))
        return failed(relink);
    QSqlQuery link(m_db);
    link.setForwardOnly(true);
    if (!link.prepare(LinkOfAction))
        return failed(link);
    for (qint64 id : actionIds) {
        relink.bindValue(QStringLiteral(":note_id"), noteId);
        relink.bindValue(QStringLiteral(":id"), id);
        if (!relink.exec())
            return isConstraintViolation(relink.lastError())
                       ? Status::failure(QCoreApplication::translate("ActionStore",
                             "The entry to link the action items to no longer exists."))
                       : failed(relink);
        if (relink.numRowsAffected() == 1)
            continue;
        link.bindValue(QStringLiteral(":id"), id);
        if (!link.exec())
            return failed(link);
        const bool exists = link.next();
        const bool stillUnlinked = exists && link.value(0).isNull();
        link.finish();
        if (stillUnlinked)
            return Status::failure(QCoreApplication::translate("ActionStore",
                "An action item could not be linked back to its entry."));
    }
    return {};
}
