#include "PersonStore.h"

#include "SqlValues.h"
#include "StagedInsert.h"
#include "core/TextKey.h"
#include "database/SqlErrors.h"
#include "domain/Validation.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace SqlValues;

namespace {

const QString SelectPerson = QStringLiteral(
    "SELECT p.id, p.uuid, p.name, p.organisation, p.role, p.city_id, c.name, p.email,"
    " p.created_at, p.updated_at"
    " FROM person p LEFT JOIN city c ON c.id = p.city_id WHERE p.id = :id");

const QStringList PersonColumns = {
    QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("name"), QStringLiteral("search_key"),
    QStringLiteral("organisation"), QStringLiteral("role"), QStringLiteral("city_id"),
    QStringLiteral("email"), QStringLiteral("created_at"), QStringLiteral("updated_at")};
const QString InsertPerson = insertStatement(QStringLiteral("person"), PersonColumns);

const QString UpdatePerson = QStringLiteral(
    "UPDATE person SET name = :name, search_key = :search_key, organisation = :organisation,"
    " role = :role, city_id = :city_id, email = :email, updated_at = :updated_at WHERE id = :id");

const QString DeletePerson = QStringLiteral("DELETE FROM person WHERE id = :id");

const QString UsesOfPerson = QStringLiteral(
    "SELECT (SELECT count(*) FROM pairing WHERE lead_facilitator_id = :id1),"
    " (SELECT count(*) FROM attendance WHERE person_id = :id2),"
    " (SELECT count(*) FROM action_item WHERE owner_person_id = :id3),"
    " (SELECT count(*) FROM agenda_item WHERE owner_person_id = :id4)");

// Agenda blocks lose a deleted owner (ON DELETE SET NULL), which an undone import must not
// do to blocks given an imported owner since. Other references make the DELETE fail.
const QString AgendaOfPeople = QStringLiteral(
    "SELECT count(*) FROM agenda_item WHERE owner_person_id IN (SELECT value FROM json_each(:ids))");
const QString DeletePeople = QStringLiteral(
    "DELETE FROM person WHERE id IN (SELECT value FROM json_each(:ids))");

QString searchKey(const PersonRecord &p)
{
    return TextKey::fold(p.name + u' ' + p.organisation + u' ' + p.email);
}

// Query: a QSqlQuery, or a StagedRow of an import.
template <typename Query>
void bindFields(Query &q, const PersonRecord &p)
{
    q.bindValue(QStringLiteral(":name"), p.name);
    q.bindValue(QStringLiteral(":search_key"), searchKey(p));
    q.bindValue(QStringLiteral(":organisation"), nullableText(p.organisation));
    q.bindValue(QStringLiteral(":role"), p.role);
    q.bindValue(QStringLiteral(":city_id"), nullable(p.cityId));
    q.bindValue(QStringLiteral(":email"), nullableText(p.email));
    q.bindValue(QStringLiteral(":updated_at"), p.updatedAt);
}

} // namespace

PersonStore::PersonStore(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

Result<PersonRecord> PersonStore::fetch(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(SelectPerson);
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return Status::failure(sqlErrorMessage(q.lastError()));
    if (!q.next())
        return Status::failure(QCoreApplication::translate("PersonStore", "The person no longer exists."));
    PersonRecord p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.name = q.value(2).toString();
    p.organisation = q.value(3).toString();
    p.role = q.value(4).toString();
    p.cityId = optionalId(q.value(5));
    p.cityName = q.value(6).toString();
    p.email = q.value(7).toString();
    p.createdAt = q.value(8).toString();
    p.updatedAt = q.value(9).toString();
    return p;
}

template <typename Query>
Status PersonStore::bindNew(Query &q, PersonRecord &person, const QString &now) const
{
    if (Status s = Validation::person(person); !s)
        return s;
    if (person.uuid.isEmpty())
        person.uuid = newUuid();
    if (person.createdAt.isEmpty())
        person.createdAt = now;
    person.updatedAt = now;
    person.name = person.name.trimmed();
    person.email = person.email.trimmed();
    q.bindValue(QStringLiteral(":id"), person.id > 0 ? QVariant(person.id) : QVariant());
    q.bindValue(QStringLiteral(":uuid"), person.uuid);
    q.bindValue(QStringLiteral(":created_at"), person.createdAt);
    bindFields(q, person);
    return {};
}

Result<qint64> PersonStore::insert(PersonRecord &person)
{
    QSqlQuery q(m_db);
    q.prepare(InsertPerson);
    if (Status s = bindNew(q, person, m_clock.nowIso()); !s)
        return s;
    if (!q.exec())
        return Status::failure(sqlErrorMessage(q.lastError()));
    person.id = q.lastInsertId().toLongLong();
    return person.id;
}

Status PersonStore::update(PersonRecord &person)
{
    if (Status s = Validation::person(person); !s)
        return s;
    person.name = person.name.trimmed();
    person.email = person.email.trimmed();
    person.updatedAt = m_clock.nowIso();
    QSqlQuery q(m_db);
    q.prepare(UpdatePerson);
    bindFields(q, person);
    q.bindValue(QStringLiteral(":id"), person.id);
    if (!q.exec())
        return Status::failure(sqlErrorMessage(q.lastError()));
    if (q.numRowsAffected() != 1)
        return Status::failure(QCoreApplication::translate("PersonStore", "The person no longer exists."));
    return {};
}

Status PersonStore::checkRemovable(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(UsesOfPerson);
    q.bindValue(QStringLiteral(":id1"), id);
    q.bindValue(QStringLiteral(":id2"), id);
    q.bindValue(QStringLiteral(":id3"), id);
    q.bindValue(QStringLiteral(":id4"), id);
    if (!q.exec() || !q.next())
        return Status::failure(sqlErrorMessage(q.lastError()));
    if (const int n = q.value(0).toInt(); n > 0)
        return Status::failure(QCoreApplication::translate("PersonStore",
            "Pairings led by this person: %n. Choose another lead facilitator for them first.", nullptr, n));
    if (q.value(1).toInt() > 0 || q.value(2).toInt() > 0)
        return Status::failure(QCoreApplication::translate("PersonStore",
            "This person appears in session attendance or action items, which would lose "
            "their name; the person was not deleted."));
    // The schema would clear the owner of their agenda blocks, which an undo cannot restore.
    if (const int n = q.value(3).toInt(); n > 0)
        return Status::failure(QCoreApplication::translate("PersonStore",
            "Agenda blocks owned by this person: %n. Choose another owner for them first.", nullptr, n));
    return {};
}

Status PersonStore::remove(qint64 id)
{
    if (Status s = checkRemovable(id); !s)
        return s;
    QSqlQuery q(m_db);
    q.prepare(DeletePerson);
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return Status::failure(sqlErrorMessage(q.lastError()));
    return {};
}

Status PersonStore::insertAll(QList<PersonRecord> &people)
{
    const QString now = m_clock.nowIso();
    StagedInsert staged(m_db, QStringLiteral("person"), PersonColumns);
    for (PersonRecord &person : people) {
        if (person.uuid.isEmpty())
            person.uuid = newBatchUuid();
        if (Status s = bindNew(staged.row(), person, now); !s)
            return Status::failure(QStringLiteral("%1: %2").arg(person.name.trimmed(), s.error()));
        if (Status s = staged.add(); !s)
            return s;
    }
    const auto ids = staged.copy();
    if (!ids)
        return ids.status();
    for (qsizetype i = 0; i < people.size(); ++i)
        people[i].id = ids.value().at(i);
    return {};
}

Status PersonStore::removeAll(const QList<qint64> &ids)
{
    QSqlQuery q(m_db);
    q.prepare(AgendaOfPeople);
    q.bindValue(QStringLiteral(":ids"), idArray(ids));
    if (!q.exec() || !q.next())
        return Status::failure(sqlErrorMessage(q.lastError()));
    const QString inUse = QCoreApplication::translate("PersonStore",
        "Some of these people are named now in pairings, attendance, action items or agendas; "
        "they were not removed.");
    if (q.value(0).toInt() > 0)
        return Status::failure(inUse);
    q.prepare(DeletePeople);
    q.bindValue(QStringLiteral(":ids"), idArray(ids));
    if (!q.exec())
        return Status::failure(isConstraintViolation(q.lastError()) ? inUse : sqlErrorMessage(q.lastError()));
    if (q.numRowsAffected() != ids.size())
        return Status::failure(QCoreApplication::translate("PersonStore",
            "Some of these people no longer exist; nothing was removed."));
    return {};
}
