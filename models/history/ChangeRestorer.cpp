#include "ChangeRestorer.h"

#include "database/Database.h"
#include "edit/Editor.h"
#include "store/ActionStore.h"
#include "store/AttendanceStore.h"
#include "store/NoteStore.h"
#include "store/PairingStore.h"
#include "store/PilotStore.h"
#include "store/SessionStore.h"
#include "store/SqlValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <functional>

namespace {

// Q_DECLARE_TR_FUNCTIONS tells lupdate the context of each Text::tr() in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChangeRestorer)
};

template <typename Record>
using Setters = QHash<QString, std::function<void(Record &, const QVariant &)>>;

QString text(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

QDate date(const QVariant &v)
{
    return QDate::fromString(text(v), Qt::ISODate);
}

#define SET(field, member, convert) {QStringLiteral(field), [](auto &r, const QVariant &v) { r.member = convert(v); }}

const Setters<PairingRecord> PairingSetters = {
    SET("code", code, text), SET("theme_id", themeId, [](const QVariant &v) { return v.toLongLong(); }),
    SET("challenge", challenge, text), SET("status", status, text), SET("start_date", startDate, date),
    SET("lead_facilitator_id", leadFacilitatorId, SqlValues::optionalId),
};

const Setters<SessionRecord> SessionSetters = {
    SET("kind", kind, text), SET("title", title, text),
    SET("start_utc", startUtc, [](const QVariant &v) { return QDateTime::fromString(text(v), Qt::ISODateWithMs); }),
    SET("duration_minutes", durationMinutes, [](const QVariant &v) { return v.toInt(); }),
    SET("mode", mode, text), SET("location", location, text), SET("link", link, text),
    SET("venue_time_zone", venueTimeZone, text), SET("status", status, text), SET("objectives", objectives, text),
};

const Setters<AgendaItemRecord> AgendaSetters = {
    SET("title", title, text), SET("method_id", methodId, SqlValues::optionalId),
    SET("duration_minutes", durationMinutes, [](const QVariant &v) { return v.toInt(); }),
    SET("owner_person_id", ownerPersonId, SqlValues::optionalId), SET("objectives", objectives, text),
    SET("notes", notes, text),
};

const Setters<NoteRecord> NoteSetters = {
    SET("kind", kind, text), SET("body", body, text), SET("city_id", cityId, SqlValues::optionalId),
    SET("agenda_item_id", agendaItemId, SqlValues::optionalId),
};

const Setters<ActionItemRecord> ActionSetters = {
    SET("description", description, text), SET("owner_person_id", ownerPersonId, SqlValues::optionalId),
    SET("city_id", cityId, SqlValues::optionalId), SET("due_date", dueDate, date), SET("status", status, text),
    SET("done_date", doneDate, date),
};

const Setters<PilotRecord> PilotSetters = {
    SET("title", title, text), SET("description", description, text),
    SET("inspired_by_city_id", inspiredByCityId, SqlValues::optionalId),
    SET("inspired_by_practice", inspiredByPractice, text), SET("academic_partners", academicPartners, text),
    SET("private_partners", privatePartners, text), SET("partners", otherPartners, text),
    SET("expected_start", expectedStart, date),
};

const Setters<PlanActionRecord> PlanActionSetters = {
    SET("title", title, text), SET("start_date", startDate, date), SET("end_date", endDate, date),
    SET("responsible", responsible, text),
    SET("cost_amount", costAmount, [](const QVariant &v) { return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble()); }),
    SET("cost_currency", costCurrency, text), SET("funding_source", fundingSource, text),
    SET("indicator", indicator, text), SET("risk", risk, text),
};

const Setters<AssessmentRecord> AssessmentSetters = {
    SET("session_id", sessionId, SqlValues::optionalId), SET("assessed_on", assessedOn, date),
    SET("summary", summary, text),
};

#undef SET

// The table and the statement that finds a logged record's id (and its parent's, where the
// edit goes through the parent) by UUID. Fixed statements; only the UUID is bound.
const QHash<QString, QString> IdByUuid = {
    {QStringLiteral("pairing"), QStringLiteral("SELECT id, 0 FROM pairing WHERE uuid = :uuid")},
    {QStringLiteral("session"), QStringLiteral("SELECT id, 0 FROM session WHERE uuid = :uuid")},
    {QStringLiteral("agenda_item"), QStringLiteral("SELECT id, session_id FROM agenda_item WHERE uuid = :uuid")},
    {QStringLiteral("note"), QStringLiteral("SELECT id, 0 FROM note WHERE uuid = :uuid")},
    {QStringLiteral("action_item"), QStringLiteral("SELECT id, 0 FROM action_item WHERE uuid = :uuid")},
    {QStringLiteral("pilot"), QStringLiteral("SELECT id, 0 FROM pilot WHERE uuid = :uuid")},
    {QStringLiteral("pilot_plan_action"), QStringLiteral("SELECT id, 0 FROM pilot_plan_action WHERE uuid = :uuid")},
    {QStringLiteral("readiness_assessment"), QStringLiteral("SELECT id, 0 FROM readiness_assessment WHERE uuid = :uuid")},
    {QStringLiteral("readiness_level"), QStringLiteral("SELECT id, 0 FROM readiness_assessment WHERE uuid = :uuid")},
    // An attendance is logged under its person; the session is the log row's own.
    {QStringLiteral("attendance"), QStringLiteral("SELECT p.id, s.id FROM person p, session s"
                                                  " WHERE p.uuid = :uuid AND s.uuid = :session")},
};

struct Ids
{
    qint64 id = 0;
    qint64 parentId = 0;
};

// Applies one setter to a fetched record; unchanged when the record already holds the value.
template <typename Record>
Result<Record> withOldValue(const Result<Record> &fetched, const Setters<Record> &setters, const ChangeEntry &e)
{
    if (!fetched)
        return fetched.status();
    const auto setter = setters.constFind(e.field);
    if (setter == setters.constEnd())
        return Status::failure(Text::tr("This field cannot be restored here."));
    Record record = fetched.value();
    (*setter)(record, e.oldValue);
    if (record == fetched.value())
        return Status::failure(Text::tr("The field already holds this value."));
    return record;
}

template <typename Record, typename Edit>
Status apply(const Result<Record> &record, bool write, Edit edit)
{
    if (!record)
        return record.status();
    return write ? edit(record.value()) : Status();
}

} // namespace

Status ChangeRestorer::check(const ChangeEntry &entry) const
{
    return run(entry, false);
}

Status ChangeRestorer::restore(const ChangeEntry &entry) const
{
    return run(entry, true);
}

Status ChangeRestorer::run(const ChangeEntry &e, bool write) const
{
    const bool levelAdded = e.table == QLatin1String("readiness_level") && e.operation == QLatin1String("insert");
    if (!e.isFieldChange() || (e.operation != QLatin1String("update") && !levelAdded))
        return Status::failure(Text::tr("Only a changed field has an old value to restore."));
    if (e.oldValue.isNull() && (levelAdded || e.table == QLatin1String("attendance")))
        return Status::failure(Text::tr("There was no earlier value."));
    if (!IdByUuid.contains(e.table))
        return Status::failure(Text::tr("Changes of this kind cannot be restored."));
    QSqlDatabase db = m_editor.database().connection();
    const Clock &clock = m_editor.database().clock();
    QSqlQuery q(db);
    q.prepare(IdByUuid.value(e.table));
    q.bindValue(QStringLiteral(":uuid"), e.recordUuid);
    if (e.table == QLatin1String("attendance"))
        q.bindValue(QStringLiteral(":session"), e.sessionUuid);
    if (!q.exec() || !q.next())
        return Status::failure(Text::tr("The record was deleted since: its old values cannot be restored."));
    const Ids ids{q.value(0).toLongLong(), q.value(1).toLongLong()};
    Editor &editor = m_editor;

    const QString &t = e.table;
    if (t == QLatin1String("pairing"))
        return apply(withOldValue(PairingStore(db, clock).fetch(ids.id), PairingSetters, e), write,
                     [&](const PairingRecord &r) { return editor.editPairing(r); });
    if (t == QLatin1String("session"))
        return apply(withOldValue(SessionStore(db, clock).fetch(ids.id), SessionSetters, e), write,
                     [&](const SessionRecord &r) { return editor.editSession(r); });
    if (t == QLatin1String("agenda_item")) {
        auto session = SessionStore(db, clock).fetch(ids.parentId);
        if (!session)
            return session.status();
        SessionRecord changed = session.value();
        for (AgendaItemRecord &item : changed.agenda) {
            if (item.id != ids.id)
                continue;
            auto restored = withOldValue(Result<AgendaItemRecord>(item), AgendaSetters, e);
            if (!restored)
                return restored.status();
            item = restored.value();
            return write ? editor.editSession(changed) : Status();
        }
        return Status::failure(Text::tr("The record was deleted since: its old values cannot be restored."));
    }
    if (t == QLatin1String("note"))
        return apply(withOldValue(NoteStore(db, clock).fetch(ids.id), NoteSetters, e), write,
                     [&](const NoteRecord &r) { return editor.editNote(r); });
    if (t == QLatin1String("action_item"))
        return apply(withOldValue(ActionStore(db, clock).fetch(ids.id), ActionSetters, e), write,
                     [&](const ActionItemRecord &r) { return editor.editAction(r); });
    if (t == QLatin1String("pilot"))
        return apply(withOldValue(PilotStore(db, clock).fetch(ids.id), PilotSetters, e), write,
                     [&](const PilotRecord &r) { return editor.editPilot(r); });
    if (t == QLatin1String("pilot_plan_action"))
        return apply(withOldValue(PlanActionStore(db, clock).fetch(ids.id), PlanActionSetters, e), write,
                     [&](const PlanActionRecord &r) { return editor.editPlanAction(r); });
    if (t == QLatin1String("readiness_assessment"))
        return apply(withOldValue(AssessmentStore(db, clock).fetch(ids.id), AssessmentSetters, e), write,
                     [&](const AssessmentRecord &r) { return editor.editAssessment(r); });
    if (t == QLatin1String("readiness_level")) {
        auto assessment = AssessmentStore(db, clock).fetch(ids.id);
        if (!assessment)
            return assessment.status();
        AssessmentRecord changed = assessment.value();
        const QString dimension = e.field.mid(e.field.indexOf(u':') + 1);
        const bool evidence = e.field.startsWith(QLatin1String("evidence:"));
        for (DimensionLevel &level : changed.levels) {
            if (level.dimension != dimension)
                continue;
            if (evidence)
                level.evidence = text(e.oldValue);
            else
                level.level = e.oldValue.toInt();
        }
        if (changed == assessment.value())
            return Status::failure(Text::tr("The field already holds this value."));
        return write ? editor.editAssessment(changed) : Status();
    }
    // attendance
    const auto current = AttendanceStore(db, clock).statusOf(ids.parentId, ids.id);
    if (!current)
        return current.status();
    if (current.value() == e.oldValue.toString())
        return Status::failure(Text::tr("The field already holds this value."));
    return write ? editor.setAttendance(AttendanceRecord{ids.parentId, ids.id, e.oldValue.toString()}) : Status();
}
