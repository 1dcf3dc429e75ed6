#include "NoteStore.h"

#include "SqlValues.h"
#include "database/SqlErrors.h"
#include "domain/Validation.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace SqlValues;

namespace {

const QString NoteColumns = QStringLiteral(
    "n.id, n.uuid, n.session_id, n.agenda_item_id, n.kind, n.body, n.city_id, n.position,"
    " n.created_at, n.updated_at");

const QString SelectNote = QStringLiteral("SELECT %1 FROM note n WHERE n.id = :id").arg(NoteColumns);

// Blocks in agenda order, entries without a block last, then the entries' own order.
const QString NotesOfSession = QStringLiteral(
    "SELECT %1 FROM note n LEFT JOIN agenda_item a ON a.id = n.agenda_item_id"
    " WHERE n.session_id = :id"
    " ORDER BY a.position IS NULL, a.position, a.id, n.position, n.id").arg(NoteColumns);

const QString InsertNote = QStringLiteral(
    "INSERT INTO note (id, uuid, session_id, agenda_item_id, kind, body, city_id, position,"
    " created_at, updated_at)"
    " VALUES (:id, :uuid, :session_id, :agenda_item_id, :kind, :body, :city_id, :position,"
    " :created_at, :updated_at)");

const QString UpdateNote = QStringLiteral(
    "UPDATE note SET agenda_item_id = :agenda_item_id, kind = :kind, body = :body, city_id = :city_id,"
    " position = :position, updated_at = :updated_at WHERE id = :id AND session_id = :session_id");

const QString DeleteNote = QStringLiteral("DELETE FROM note WHERE id = :id");

const QString SessionOfAgendaItem = QStringLiteral("SELECT session_id FROM agenda_item WHERE id = :id");

// IS compares NULL with NULL: the entries without a block form a block of their own.
const QString LastPosition = QStringLiteral(
    "SELECT coalesce(max(position), 0) FROM note"
    " WHERE session_id = :session_id AND agenda_item_id IS :agenda_item_id AND id <> :id");

const QString NotesOfBlock = QStringLiteral(
    "SELECT id FROM note WHERE session_id = :session_id AND agenda_item_id IS :agenda_item_id"
    " AND id <> :id ORDER BY position, id");

const QString PlaceNote = QStringLiteral(
    "UPDATE note SET agenda_item_id = :agenda_item_id, position = :position, updated_at = :updated_at"
    " WHERE id = :id AND (position <> :position2 OR agenda_item_id IS NOT :agenda_item_id2)");

NoteRecord noteFrom(const QSqlQuery &q)
{
    NoteRecord n;
    n.id = q.value(0).toLongLong();
    n.uuid = q.value(1).toString();
    n.sessionId = q.value(2).toLongLong();
    n.agendaItemId = optionalId(q.value(3));
    n.kind = q.value(4).toString();
    n.body = q.value(5).toString();
    n.cityId = optionalId(q.value(6));
    n.position = q.value(7).toInt();
    n.createdAt = q.value(8).toString();
    n.updatedAt = q.value(9).toString();
    return n;
}

Status failed(const QSqlQuery &q)
{
    return Status::failure(sqlErrorMessage(q.lastError()));
}

Status gone()
{
    return Status::failure(QCoreApplication::translate("NoteStore", "The entry no longer exists."));
}

} // namespace

NoteStore::NoteStore(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

Result<NoteRecord> NoteStore::fetch(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(SelectNote);
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return failed(q);
    if (!q.next())
        return gone();
    return noteFrom(q);
}

Result<QList<NoteRecord>> NoteStore::ofSession(qint64 sessionId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(NotesOfSession);
    q.bindValue(QStringLiteral(":id"), sessionId);
    if (!q.exec())
        return failed(q);
    QList<NoteRecord> notes;
    while (q.next())
        notes << noteFrom(q);
    return notes;
}

Result<int> NoteStore::endOfBlock(qint64 sessionId, std::optional<qint64> agendaItemId, qint64 exceptId) const
{
    QSqlQuery q(m_db);
    q.prepare(LastPosition);
    q.bindValue(QStringLiteral(":session_id"), sessionId);
    q.bindValue(QStringLiteral(":agenda_item_id"), nullable(agendaItemId));
    q.bindValue(QStringLiteral(":id"), exceptId);
    if (!q.exec() || !q.next())
        return failed(q);
    return q.value(0).toInt() + 1;
}

// Validates the entry, checks its block is of its session and binds what insert and update share.
Status NoteStore::prepareWrite(QSqlQuery &q, const QString &sql, NoteRecord &note) const
{
    if (Status s = Validation::note(note); !s)
        return s;
    if (note.agendaItemId) {
        q.prepare(SessionOfAgendaItem);
        q.bindValue(QStringLiteral(":id"), *note.agendaItemId);
        if (!q.exec())
            return failed(q);
        if (!q.next() || q.value(0).toLongLong() != note.sessionId)
            return Status::failure(QCoreApplication::translate("NoteStore",
                "The agenda block is not part of the entry's session."));
    }
    if (note.position <= 0) {
        const auto end = endOfBlock(note.sessionId, note.agendaItemId, note.id);
        if (!end)
            return end.status();
        note.position = end.value();
    }
    note.updatedAt = m_clock.nowIso();
    q.prepare(sql);
    q.bindValue(QStringLiteral(":session_id"), note.sessionId);
    q.bindValue(QStringLiteral(":agenda_item_id"), nullable(note.agendaItemId));
    q.bindValue(QStringLiteral(":kind"), note.kind);
    q.bindValue(QStringLiteral(":body"), note.body);
    q.bindValue(QStringLiteral(":city_id"), nullable(note.cityId));
    q.bindValue(QStringLiteral(":position"), note.position);
    q.bindValue(QStringLiteral(":updated_at"), note.updatedAt);
    return {};
}

Result<qint64> NoteStore::insert(NoteRecord &note)
{
    QSqlQuery q(m_db);
    if (Status s = prepareWrite(q, InsertNote, note); !s)
        return s;
    bindNewRow(q, note);
    if (!q.exec())
        return isConstraintViolation(q.lastError())
                   ? Status::failure(QCoreApplication::translate("NoteStore",
                         "The entry's session or city no longer exists."))
                   : failed(q);
    note.id = q.lastInsertId().toLongLong();
    return note.id;
}

Status NoteStore::update(NoteRecord &note)
{
    QSqlQuery q(m_db);
    if (Status s = prepareWrite(q, UpdateNote, note); !s)
        return s;
    q.bindValue(QStringLiteral(":id"), note.id);
    if (!q.exec())
        return isConstraintViolation(q.lastError())
                   ? Status::failure(QCoreApplication::translate("NoteStore", "The entry's city no longer exists."))
                   : failed(q);
    if (q.numRowsAffected() != 1)
        return gone();
    return {};
}

Status NoteStore::remove(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(DeleteNote);
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return failed(q);
    if (q.numRowsAffected() != 1)
        return gone();
    return {};
}

Status NoteStore::moveTo(qint64 noteId, std::optional<qint64> agendaItemId, int index)
{
    auto note = fetch(noteId);
    if (!note)
        return note.status();
    QSqlQuery q(m_db);
    if (agendaItemId) {
        q.prepare(SessionOfAgendaItem);
        q.bindValue(QStringLiteral(":id"), *agendaItemId);
        if (!q.exec())
            return failed(q);
        if (!q.next() || q.value(0).toLongLong() != note->sessionId)
            return Status::failure(QCoreApplication::translate("NoteStore",
                "The agenda block is not part of the entry's session."));
    }
    q.prepare(NotesOfBlock);
    q.bindValue(QStringLiteral(":session_id"), note->sessionId);
    q.bindValue(QStringLiteral(":agenda_item_id"), nullable(agendaItemId));
    q.bindValue(QStringLiteral(":id"), noteId);
    if (!q.exec())
        return failed(q);
    QList<qint64> order;
    while (q.next())
        order << q.value(0).toLongLong();
    order.insert(qBound(0, index, int(order.size())), noteId);

    const QString now = m_clock.nowIso();
    for (int i = 0; i < order.size(); ++i) {
        q.prepare(PlaceNote);
        q.bindValue(QStringLiteral(":agenda_item_id"), nullable(agendaItemId));
        q.bindValue(QStringLiteral(":position"), i + 1);
        q.bindValue(QStringLiteral(":updated_at"), now);
        q.bindValue(QStringLiteral(":id"), order.at(i));
        q.bindValue(QStringLiteral(":position2"), i + 1);
        q.bindValue(QStringLiteral(":agenda_item_id2"), nullable(agendaItemId));
        if (!q.exec())
            return failed(q);
    }
    return {};
}
