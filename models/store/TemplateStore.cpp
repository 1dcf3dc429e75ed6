#include "TemplateStore.h"

#include "SqlValues.h"
#include "database/SqlErrors.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <tuple>

using namespace SqlValues;

namespace {

const QString SelectMethods = QStringLiteral(
    "SELECT id, name, description, default_duration_minutes, builtin FROM method ORDER BY name");

const QString SelectTemplates = QStringLiteral(
    "SELECT id, uuid, name, kind, description, builtin, created_at, updated_at"
    " FROM session_template %1 ORDER BY builtin, name");

const QString SelectItems = QStringLiteral(
    "SELECT i.template_id, i.title, i.method_id, m.name, i.duration_minutes, i.objectives"
    " FROM session_template_item i LEFT JOIN method m ON m.id = i.method_id"
    " ORDER BY i.template_id, i.position, i.id");

const QString InsertTemplate = QStringLiteral(
    "INSERT INTO session_template (id, uuid, name, kind, description, builtin, created_at, updated_at)"
    " VALUES (:id, :uuid, :name, :kind, :description, :builtin, :created_at, :updated_at)");

const QString UpdateTemplate = QStringLiteral(
    "UPDATE session_template SET name = :name, kind = :kind, description = :description,"
    " updated_at = :updated_at WHERE id = :id");

const QString DeleteTemplate = QStringLiteral("DELETE FROM session_template WHERE id = :id");
const QString DeleteItems = QStringLiteral("DELETE FROM session_template_item WHERE template_id = :id");
const QString InsertItem = QStringLiteral(
    "INSERT INTO session_template_item (template_id, position, title, method_id, duration_minutes, objectives)"
    " VALUES (:template_id, :position, :title, :method_id, :minutes, :objectives)");

const QString SameName = QStringLiteral(
    "SELECT count(*) FROM session_template WHERE lower(name) = lower(:name) AND id <> :id");

} // namespace

int TemplateRecord::totalMinutes() const
{
    int total = 0;
    for (const AgendaItemRecord &item : items)
        total += item.durationMinutes;
    return total;
}

bool TemplateRecord::operator==(const TemplateRecord &o) const
{
    return std::tie(id, name, kind, description, items)
           == std::tie(o.id, o.name, o.kind, o.description, o.items);
}

TemplateStore::TemplateStore(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

Result<QList<MethodRecord>> TemplateStore::methods() const
{
    QSqlQuery q(m_db);
    if (!q.exec(SelectMethods))
        return Status::failure(sqlErrorMessage(q.lastError()));
    QList<MethodRecord> methods;
    while (q.next())
        methods << MethodRecord{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toInt(), q.value(4).toBool()};
    return methods;
}

Result<QList<TemplateRecord>> TemplateStore::select(const QString &where, const QVariantList &bindings) const
{
    QSqlQuery q(m_db);
    q.prepare(SelectTemplates.arg(where));
    for (const QVariant &value : bindings)
        q.addBindValue(value);
    if (!q.exec())
        return Status::failure(sqlErrorMessage(q.lastError()));
    QList<TemplateRecord> records;
    QHash<qint64, int> rowOf;
    while (q.next()) {
        TemplateRecord t;
        t.id = q.value(0).toLongLong();
        t.uuid = q.value(1).toString();
        t.name = q.value(2).toString();
        t.kind = q.value(3).toString();
        t.description = q.value(4).toString();
        t.builtin = q.value(5).toBool();
        t.createdAt = q.value(6).toString();
        t.updatedAt = q.value(7).toString();
        rowOf.insert(t.id, int(records.size()));
        records << t;
    }
    // Templates are few and short: one pass over all items beats a query per template.
    if (!q.exec(SelectItems))
        return Status::failure(sqlErrorMessage(q.lastError()));
    while (q.next()) {
        const auto row = rowOf.constFind(q.value(0).toLongLong());
        if (row == rowOf.constEnd())
            continue;
        AgendaItemRecord item;
        item.title = q.value(1).toString();
        item.methodId = optionalId(q.value(2));
        item.methodName = q.value(3).toString();
        item.durationMinutes = q.value(4).toInt();
        item.objectives = q.value(5).toString();
        records[*row].items << item;
    }
    return records;
}

Result<QList<TemplateRecord>> TemplateStore::templates() const
{
    return select(QString(), {});
}

Result<TemplateRecord> TemplateStore::forKind(const QString &kind) const
{
    auto records = select(QStringLiteral("WHERE kind = ?"), {kind});
    if (!records)
        return records.status();
    if (records->isEmpty())
        return Status::failure(QCoreApplication::translate("TemplateStore",
            "There is no template for %1 sessions.").arg(Vocabulary::sessionKindLabel(kind)));
    return records->first(); // own templates sort before builtin ones
}

Result<TemplateRecord> TemplateStore::fetch(qint64 id) const
{
    auto records = select(QStringLiteral("WHERE id = ?"), {id});
    if (!records)
        return records.status();
    if (records->isEmpty())
        return Status::failure(QCoreApplication::translate("TemplateStore", "The template no longer exists."));
    return records->first();
}

Status TemplateStore::validate(const TemplateRecord &record) const
{
    if (record.name.trimmed().isEmpty())
        return Status::failure(QCoreApplication::translate("TemplateStore", "A template needs a name."));
    if (!Vocabulary::sessionKinds().contains(record.kind))
        return Status::failure(QCoreApplication::translate("TemplateStore", "Unknown session kind “%1”.").arg(record.kind));
    for (const AgendaItemRecord &item : record.items) {
        if (item.title.trimmed().isEmpty() || item.durationMinutes < 0)
            return Status::failure(QCoreApplication::translate("TemplateStore",
                "Every block of a template needs a title and a duration."));
    }
    QSqlQuery q(m_db);
    q.prepare(SameName);
    q.bindValue(QStringLiteral(":name"), record.name.trimmed());
    q.bindValue(QStringLiteral(":id"), record.id);
    if (!q.exec() || !q.next())
        return Status::failure(sqlErrorMessage(q.lastError()));
    if (q.value(0).toInt() > 0)
        return Status::failure(QCoreApplication::translate("TemplateStore",
            "There is already a template named %1.").arg(record.name.trimmed()));
    return {};
}

Status TemplateStore::writeItems(const TemplateRecord &record)
{
    QSqlQuery q(m_db);
    q.prepare(DeleteItems);
    q.bindValue(QStringLiteral(":id"), record.id);
    if (!q.exec())
        return Status::failure(sqlErrorMessage(q.lastError()));
    for (int position = 0; position < record.items.size(); ++position) {
        const AgendaItemRecord &item = record.items.at(position);
        q.prepare(InsertItem);
        q.bindValue(QStringLiteral(":template_id"), record.id);
        q.bindValue(QStringLiteral(":position"), position);
        q.bindValue(QStringLiteral(":title"), item.title.trimmed());
        q.bindValue(QStringLiteral(":method_id"), nullable(item.methodId));
        q.bindValue(QStringLiteral(":minutes"), item.durationMinutes);
        q.bindValue(QStringLiteral(":objectives"), nullableText(item.objectives));
        if (!q.exec())
            return Status::failure(sqlErrorMessage(q.lastError()));
    }
    return {};
}

Result<qint64> TemplateStore::insert(TemplateRecord &record)
{
    if (Status s = validate(record); !s)
        return s;
    const QString now = m_clock.nowIso();
    if (record.uuid.isEmpty())
        record.uuid = newUuid();
    if (record.createdAt.isEmpty())
        record.createdAt = now;
    record.updatedAt = now;
    record.name = record.name.trimmed();
    QSqlQuery q(m_db);
    q.prepare(InsertTemplate);
    q.bindValue(QStringLiteral(":id"), record.id > 0 ? QVariant(record.id) : QVariant());
    q.bindValue(QStringLiteral(":uuid"), record.uuid);
    q.bindValue(QStringLiteral(":name"), record.name);
    q.bindValue(QStringLiteral(":kind"), record.kind);
    q.bindValue(QStringLiteral(":description"), nullableText(record.description));
    q.bindValue(QStringLiteral(":builtin"), record.builtin);
    q.bindValue(QStringLiteral(":created_at"), record.createdAt);
    q.bindValue(QStringLiteral(":updated_at"), record.updatedAt);
    if (!q.exec())
        return Status::failure(sqlErrorMessage(q.lastError()));
    record.id = q.lastInsertId().toLongLong();
    if (Status s = writeItems(record); !s)
        return s;
    return record.id;
}

Status TemplateStore::update(TemplateRecord &record)
{
    if (Status s = validate(record); !s)
        return s;
    record.name = record.name.trimmed();
    record.updatedAt = m_clock.nowIso();
    QSqlQuery q(m_db);
    q.prepare(UpdateTemplate);
    q.bindValue(QStringLiteral(":name"), record.name);
    q.bindValue(QStringLiteral(":kind"), record.kind);
    q.bindValue(QStringLiteral(":description"), nullableText(record.description));
    q.bindValue(QStringLiteral(":updated_at"), record.updatedAt);
    q.bindValue(QStringLiteral(":id"), record.id);
    if (!q.exec())
        return Status::failure(sqlErrorMessage(q.lastError()));
    if (q.numRowsAffected() != 1)
        return Status::failure(QCoreApplication::translate("TemplateStore", "The template no longer exists."));
    return writeItems(record);
}

Status TemplateStore::remove(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(DeleteTemplate);
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return Status::failure(sqlErrorMessage(q.lastError()));
    return {};
}

QList<AgendaItemRecord> TemplateStore::agendaFrom(const TemplateRecord &record)
{
    QList<AgendaItemRecord> agenda;
    for (AgendaItemRecord item : record.items) {
        item.id = 0;
        item.uuid.clear();
        agenda << item;
    }
    return agenda;
}

TemplateRecord TemplateStore::fromSession(const SessionRecord &session, const QString &name)
{
    TemplateRecord record;
    record.name = name;
    record.kind = session.kind;
    record.description = session.objectives;
    for (AgendaItemRecord item : session.agenda) {
        item.id = 0;
        item.uuid.clear();
        item.ownerPersonId.reset(); // owners belong to one pairing, not to a template
        item.notes.clear();
        record.items << item;
    }
    return record;
}
