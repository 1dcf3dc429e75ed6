#include "Editor.h"

#include "OffThreadWrite.h"
#include "WriteCommand.h"
#include "core/Preferences.h"
#include "database/Database.h"
#include "database/WriteTransaction.h"
#include "exchange/DirectoryImport.h"
#include "store/ActionStore.h"
#include "store/AttendanceStore.h"
#include "store/CityStore.h"
#include "store/NoteStore.h"
#include "store/PairingStore.h"
#include "store/PersonStore.h"
#include "store/PilotStore.h"
#include "store/SessionStore.h"
#include "store/WorkingHoursStore.h"

#include <QUndoStack>

#include <memory>

using Entity = ChangeNotifier::Entity;
using Change = ChangeNotifier::Change;

Editor::Editor(Database &database, QUndoStack *undoStack, ChangeNotifier *notifier, QObject *parent)
    : QObject(parent), m_database(database), m_undoStack(undoStack), m_notifier(notifier)
{
}

Editor::Step Editor::inTransaction(std::function<Status()> write, Entity entity,
                                   std::function<qint64()> id, Change change) const
{
    QSqlDatabase db = m_database.connection();
    const Clock *clock = &m_database.clock();
    ChangeNotifier *notifier = m_notifier;
    return [db, clock, write = std::move(write), entity, id = std::move(id), change, notifier]() -> Status {
        WriteTransaction transaction(db, *clock);
        if (!transaction.begun())
            return transaction.begun();
        if (Status s = write(); !s)
            return s;
        if (Status s = transaction.commit(); !s)
            return s;
        notifier->notify(entity, id(), change);
        return {};
    };
}

Status Editor::perform(const QString &text, const Step &redo, const Step &undo, int mergeId,
                       qint64 mergeKey)
{
    // Refused here, with the reason, rather than by SQLite half-way through a write.
    if (m_database.isReadOnly())
        return Status::failure(m_database.readOnlyReason());
    if (m_writingAway)
        return Status::failure(writingAwayMessage());
    if (Status s = redo(); !s)
        return s;
    ChangeNotifier *notifier = m_notifier;
    // Another step undone or redone while an import is written (by code: keys and clicks are
    // dropped meanwhile) would wait up to the busy timeout for the import's lock and then fail:
    // refused at once instead (the stack drops a failed step either way).
    const auto unlessWritingAway = [this](const Step &step) -> Step {
        return [this, step]() -> Status {
            return m_writingAway ? Status::failure(writingAwayMessage()) : step();
        };
    };
    m_undoStack->push(new WriteCommand(text, unlessWritingAway(redo), unlessWritingAway(undo),
                                       [notifier](const QString &m) { emit notifier->failed(m); },
                                       mergeId, mergeKey));
    return {};
}

// Each edit keeps its records in shared state so that undo and redo write exactly what was
// there, with the same id and uuid.

template <typename Store, typename Record>
Result<qint64> Editor::addRecord(Record input, Entity entity, const QString &text,
                                 AfterInsert afterInsert)
{
    auto record = std::make_shared<Record>(std::move(input));
    QSqlDatabase db = m_database.connection();
    const Clock *clock = &m_database.clock();
    auto id = [record] { return record->id; };
    const Status s = perform(
        text,
        inTransaction([=] {
            Record copy = *record;
            auto inserted = Store(db, *clock).insert(copy);
            if (!inserted)
                return inserted.status();
            *record = copy; // keeps the id and uuid for redo after undo
            return afterInsert ? afterInsert(db, *clock, copy.id) : Status();
        }, entity, id, Change::Inserted),
        inTransaction([=] { return Store(db, *clock).remove(record->id); }, entity, id,
                      Change::Removed));
    if (!s)
        return s;
    return record->id;
}

template <typename Store, typename Record>
Status Editor::editRecord(Record input, Entity entity, const QString &text, int mergeId)
{
    QSqlDatabase db = m_database.connection();
    const Clock *clock = &m_database.clock();
    auto before = Store(db, *clock).fetch(input.id);
    if (!before)
        return before.status();
    if (before.value() == input)
        return {};
    auto oldRecord = std::make_shared<Record>(before.value());
    auto newRecord = std::make_shared<Record>(std::move(input));
    const qint64 recordId = newRecord->id;
    auto id = [recordId] { return recordId; };
    return perform(text,
                   inTransaction([=] { return Store(db, *clock).update(*newRecord); }, entity, id,
                                 Change::Updated),
                   inTransaction([=] { return Store(db, *clock).update(*oldRecord); }, entity, id,
                                 Change::Updated),
                   mergeId, recordId);
}

template <typename Store, typename Record>
Status Editor::deleteRecord(qint64 recordId, Entity entity,
                            const std::function<QString(const Record &)> &text)
{
    QSqlDatabase db = m_database.connection();
    const Clock *clock = &m_database.clock();
    auto before = Store(db, *clock).fetch(recordId);
    if (!before)
        return before.status();
    auto record = std::make_shared<Record>(before.value());
    auto id = [recordId] { return recordId; };
    return perform(text(*record),
                   inTransaction([=] { return Store(db, *clock).remove(recordId); }, entity, id,
                                 Change::Removed),
                   inTransaction([=] {
                       Record copy = *record;
                       return Store(db, *clock).insert(copy).status();
                   }, entity, id, Change::Inserted));
}

Result<qint64> Editor::addCity(CityRecord city)
{
    const QString text = tr("Add city %1").arg(city.name.trimmed());
    // A new city starts with the working hours of the preferences (the built-in default needs
    // no row); undo removes both, as the hours go with the city.
    const WorkingHours hours = Preferences::defaultWorkingHours();
    return addRecord<CityStore>(std::move(city), Entity::City, text,
                                [hours](const QSqlDatabase &db, const Clock &clock, qint64 id) {
                                    return WorkingHoursStore(db, clock).set(id, hours);
                                });
}

Status Editor::editCity(CityRecord city)
{
    const QString text = tr("Edit city %1").arg(city.name.trimmed());
    return editRecord<CityStore>(std::move(city), Entity::City, text);
}

Status Editor::deleteCity(qint64 id)
{
    return deleteRecord<CityStore, CityRecord>(id, Entity::City, [](const CityRecord &c) {
        return tr("Delete city %1").arg(c.name);
    });
}

Result<qint64> Editor::addPerson(PersonRecord person)
{
    const QString text = tr("Add %1").arg(person.name.trimmed());
    return addRecord<PersonStore>(std::move(person), Entity::Person, text);
}

Status Editor::editPerson(PersonRecord person)
{
    const QString text = tr("Edit %1").arg(person.name.trimmed());
    return editRecord<PersonStore>(std::move(person), Entity::Person, text);
}

Status Editor::deletePerson(qint64 id)
{
    return deleteRecord<PersonStore, PersonRecord>(id, Entity::Person, [](const PersonRecord &p) {
        return tr("Delete %1").arg(p.name);
    });
}

Result<qint64> Editor::addPairing(PairingRecord pairing)
{
    const QString text = tr("Add pairing %1").arg(pairing.code.trimmed());
    return addRecord<PairingStore>(std::move(pairing), Entity::Pairing, text);
}

Status Editor::editPairing(PairingRecord pairing)
{
    const QString text = tr("Edit pairing %1").arg(pairing.code.trimmed());
    return editRecord<PairingStore>(std::move(pairing), Entity::Pairing, text);
}

Status Editor::deletePairing(qint64 id)
{
    return deleteRecord<PairingStore, PairingRecord>(id, Entity::Pairing, [](const PairingRecord &p) {
        return tr("Delete pairing %1").arg(p.code);
    });
}

Result<qint64> Editor::addSession(SessionRecord session)
{
    const QString text = tr("Add session to the cycle");
    return addRecord<SessionStore>(std::move(session), Entity::Session, text);
}

Status Editor::editSession(SessionRecord session)
{
    const QString text = tr("Edit session %1").arg(session.sequence);
    return editRecord<SessionStore>(std::move(session), Entity::Session, text);
}

Status Editor::deleteSession(qint64 id)
{
    return deleteRecord<SessionStore, SessionRecord>(id, Entity::Session, [](const SessionRecord &s) {
        return tr("Delete session %1").arg(s.sequence);
    });
}

Result<QList<qint64>> Editor::addSessions(QList<SessionRecord> sessions, const QString &text)
{
    auto records = std::make_shared<QList<SessionRecord>>(std::move(sessions));
    QSqlDatabase db = m_database.connection();
    const Clock *clock = &m_database.clock();
    ChangeNotifier *notifier = m_notifier;
    // Announced once per session after the commit, so that models update row by row.
    auto announce = [records, notifier](Change change) {
        for (const SessionRecord &session : std::as_const(*records))
            notifier->notify(Entity::Session, session.id, change);
    };
    auto insertAll = [db, clock, records, announce]() -> Status {
        WriteTransaction transaction(db, *clock);
        if (!transaction.begun())
            return transaction.begun();
        QList<SessionRecord> written = *records;
        for (SessionRecord &session : written) {
            if (auto id = SessionStore(db, *clock).insert(session); !id)
                return id.status();
        }
        if (Status s = transaction.commit(); !s)
            return s;
        *records = written; // ids and uuids, for redo after undo
        announce(Change::Inserted);
        return {};
    };
    auto removeAll = [db, clock, records, announce]() -> Status {
        WriteTransaction transaction(db, *clock);
        if (!transaction.begun())
            return transaction.begun();
        for (const SessionRecord &session : std::as_const(*records)) {
            if (Status s = SessionStore(db, *clock).remove(session.id); !s)
                return s;
        }
        if (Status s = transaction.commit(); !s)
            return s;
        announce(Change::Removed);
        return {};
    };
    if (Status s = perform(text, insertAll, removeAll); !s)
        return s;
    QList<qint64> ids;
    for (const SessionRecord &session : std::as_const(*records))
        ids << session.id;
    return ids;
}

QString Editor::writingAwayMessage()
{
    return tr("An import is being written; try again when it is done.");
}

Status Editor::writeAway(const std::function<Status(QSqlDatabase)> &write)
{
    m_writingAway = true;
    emit writingAwayChanged(true);
    const Status s = OffThreadWrite::run(m_database, write);
    m_writingAway = false;
    emit writingAwayChanged(false);
    return s;
}

// Announced once for all rows (ManyRows): 100,000 single announcements would each refresh
// every open view. The undo step holds the records, so that redo writes the same ids and uuids.
// Written away from the window's thread, as are its undo and redo: 100,000 rows take seconds.
Result<int> Editor::importRecords(ImportRecords input)
{
    auto records = std::make_shared<ImportRecords>(std::move(input));
    const int count = int(records->size());
    if (count == 0)
        return Status::failure(tr("There is nothing to import."));
    const Clock *clock = &m_database.clock();
    ChangeNotifier *notifier = m_notifier;
    const Entity entity = records->kind == DirectoryKind::Cities ? Entity::City : Entity::Person;
    // The steps hold the editor: the window clears the undo stack before it lets the editor go.
    auto insertAll = [this, clock, records, notifier, entity]() -> Status {
        const Status s = writeAway([clock, records](QSqlDatabase db) {
            return DirectoryImport::write(db, *clock, *records);
        });
        if (!s)
            return s;
        notifier->notify(entity, ChangeNotifier::ManyRows, Change::Inserted);
        return {};
    };
    auto removeAll = [this, clock, records, notifier, entity]() -> Status {
        const Status s = writeAway([clock, records](QSqlDatabase db) {
            return DirectoryImport::remove(db, *clock, *records);
        });
        if (!s)
            return s;
        notifier->notify(entity, ChangeNotifier::ManyRows, Change::Removed);
        return {};
    };
    const QString text = records->kind == DirectoryKind::Cities ? tr("Import %n cities", nullptr, count)
                                                                : tr("Import %n people", nullptr, count);
    if (Status s = perform(text, insertAll, removeAll); !s)
        return s;
    return count;
}

Result<qint64> Editor::addTemplate(TemplateRecord record)
{
    const QString text = tr("Add template %1").arg(record.name.trimmed());
    return addRecord<TemplateStore>(std::move(record), Entity::Template, text);
}

Status Editor::editTemplate(TemplateRecord record)
{
    const QString text = tr("Edit template %1").arg(record.name.trimmed());
    return editRecord<TemplateStore>(std::move(record), Entity::Template, text);
}

Status Editor::deleteTemplate(qint64 id)
{
    return deleteRecord<TemplateStore, TemplateRecord>(id, Entity::Template, [](const TemplateRecord &t) {
        return tr("Delete template %1").arg(t.name);
    });
}

Status Editor::setWorkingHours(qint64 cityId, const WorkingHours &hours)
{
    QSqlDatabase db = m_database.connection();
    const Clock *clock = &m_database.clock();
    const auto before = WorkingHoursStore(db, *clock).of(cityId);
    if (!before)
        return before.status();
    const WorkingHours old = before.value();
    if (old.start == hours.start && old.end == hours.end && old.days == hours.days)
        return {};
    auto write = [db, clock, cityId](const WorkingHours &value) {
        return [db, clock, cityId, value] { return WorkingHoursStore(db, *clock).set(cityId, value); };
    };
    auto id = [cityId] { return cityId; };
    return perform(tr("Change working hours"),
                   inTransaction(write(hours), Entity::WorkingHours, id, Change::Updated),
                   inTransaction(write(old), Entity::WorkingHours, id, Change::Updated));
}

Result<qint64> Editor::addNote(NoteRecord note)
{
    return addRecord<NoteStore>(std::move(note), Entity::Note, tr("Add entry"));
}

Status Editor::editNote(NoteRecord note)
{
    const auto before = NoteStore(m_database.connection(), m_database.clock()).fetch(note.id);
    if (!before)
        return before.status();
    NoteRecord sameText = before.value();
    sameText.body = note.body;
    // Only typing merges; a change of kind, block, city or place is a step of its own.
    const int mergeId = sameText == note ? WriteCommand::NoteBodyEdit : WriteCommand::NoMerge;
    return editRecord<NoteStore>(std::move(note), Entity::Note, tr("Edit entry"), mergeId);
}

// The schema unlinks the action items of a deleted entry; the undo links them again, in the
// same transaction that brings the entry back.
Status Editor::deleteNote(qint64 noteId)
{
    QSqlDatabase db = m_database.connection();
    const Clock *clock = &m_database.clock();
    const auto before = NoteStore(db, *clock).fetch(noteId);
    if (!before)
        return before.status();
    auto record = std::make_shared<NoteRecord>(before.value());
    auto linked = std::make_shared<QList<qint64>>();
    ChangeNotifier *notifier = m_notifier;
    auto announce = [notifier, noteId, linked](Change change) {
        notifier->notify(Entity::Note, noteId, change);
        for (qint64 actionId : std::as_const(*linked))
            notifier->notify(Entity::ActionItem, actionId, Change::Updated);
    };
    auto remove = [db, clock, noteId, linked, announce]() -> Status {
        WriteTransaction transaction(db, *clock);
        if (!transaction.begun())
            return transaction.begun();
        const auto links = ActionStore(db, *clock).ofNote(noteId);
        if (!links)
            return links.status();
        if (Status s = NoteStore(db, *clock).remove(noteId); !s)
            return s;
        if (Status s = transaction.commit(); !s)
            return s;
        *linked = links.value();
        announce(Change::Removed);
        return {};
    };
    auto restore = [db, clock, record, linked, announce]() -> Status {
        WriteTransaction transaction(db, *clock);
        if (!transaction.begun())
            return transaction.begun();
        NoteRecord copy = *record;
        if (auto id = NoteStore(db, *clock).insert(copy); !id)
            return id.status();
        if (Status s = ActionStore(db, *clock).relinkToNote(*linked, copy.id); !s)
            return s;
        if (Status s = transaction.commit(); !s)
            return s;
        announce(Change::Inserted);
        return {};
    };
    return perform(tr("Delete entry"), remove, restore);
}

Status Editor::setAttendance(AttendanceRecord attendance)
{
    QSqlDatabase db = m_database.connection();
    const Clock *clock = &m_database.clock();
    const auto before = AttendanceStore(db, *clock).statusOf(attendance.sessionId, attendance.personId);
    if (!before)
        return before.status();
    const std::optional<QString> old = before.value();
    if (old == attendance.status)
        return {};
    const qint64 sessionId = attendance.sessionId;
    const qint64 personId = attendance.personId;
    auto id = [sessionId] { return sessionId; };
    auto redo = inTransaction([=] { return AttendanceStore(db, *clock).set(attendance); }, Entity::Attendance,
                              id, old ? Change::Updated : Change::Inserted);
    auto undo = old ? inTransaction([=] {
                          return AttendanceStore(db, *clock).set(AttendanceRecord{sessionId, personId, *old});
                      }, Entity::Attendance, id, Change::Updated)
                    : inTransaction([=] { return AttendanceStore(db, *clock).clear(sessionId, personId); },
                                    Entity::Attendance, id, Change::Removed);
    const auto person = PersonStore(db, *clock).fetch(personId);
    const QString text = person ? tr("Attendance of %1").arg(person->name) : tr("Attendance");
    return perform(text, redo, undo);
}

Result<qint64> Editor::addAction(ActionItemRecord action)
{
    return addRecord<ActionStore>(std::move(action), Entity::ActionItem, tr("Add action item"));
}

Status Editor::editAction(ActionItemRecord action)
{
    return editRecord<ActionStore>(std::move(action), Entity::ActionItem, tr("Edit action item"));
}

Status Editor::deleteAction(qint64 id)
{
    return deleteRecord<ActionStore, ActionItemRecord>(id, Entity::ActionItem, [](const ActionItemRecord &) {
        return tr("Delete action item");
    });
}

Result<qint64> Editor::addPilot(PilotRecord pilot)
{
    const QString text = tr("Add pilot %1").arg(pilot.title.trimmed());
    return addRecord<PilotStore>(std::move(pilot), Entity::Pilot, text);
}

Status Editor::editPilot(PilotRecord pilot)
{
    const QString text = tr("Edit pilot %1").arg(pilot.title.trimmed());
    return editRecord<PilotStore>(std::move(pilot), Entity::Pilot, text);
}

// The schema deletes a pilot's plan and assessments with it; the undo writes all of them back,
// with their ids, in the transaction that brings the pilot back.
Status Editor::deletePilot(qint64 pilotId)
{
    QSqlDatabase db = m_database.connection();
    const Clock *clock = &m_database.clock();
    const auto pilot = PilotStore(db, *clock).fetch(pilotId);
    if (!pilot)
        return pilot.status();
    const auto plan = PlanActionStore(db, *clock).ofPilot(pilotId);
    if (!plan)
        return plan.status();
    const auto history = AssessmentStore(db, *clock).history(pilotId);
    if (!history)
        return history.status();
    const PilotRecord record = pilot.value();
    const QList<PlanActionRecord> actions = plan.value();
    const QList<AssessmentRecord> assessments = history.value();
    ChangeNotifier *notifier = m_notifier;
    auto announce = [=](Change change) {
        for (const PlanActionRecord &a : actions)
            notifier->notify(Entity::PlanAction, a.id, change);
        for (const AssessmentRecord &a : assessments)
            notifier->notify(Entity::Assessment, a.id, change);
        notifier->notify(Entity::Pilot, pilotId, change);
    };
    auto remove = [=]() -> Status {
        WriteTransaction transaction(db, *clock);
        if (!transaction.begun())
            return transaction.begun();
        if (Status s = PilotStore(db, *clock).remove(pilotId); !s)
            return s;
        if (Status s = transaction.commit(); !s)
            return s;
        announce(Change::Removed);
        return {};
    };
    auto restore = [=]() -> Status {
        WriteTransaction transaction(db, *clock);
        if (!transaction.begun())
            return transaction.begun();
        PilotRecord copy = record;
        if (auto id = PilotStore(db, *clock).insert(copy); !id)
            return id.status();
        for (PlanActionRecord a : actions) {
            if (auto id = PlanActionStore(db, *clock).insert(a); !id)
                return id.status();
        }
        for (AssessmentRecord a : assessments) {
            if (auto id = AssessmentStore(db, *clock).insert(a); !id)
                return id.status();
        }
        if (Status s = transaction.commit(); !s)
            return s;
        announce(Change::Inserted);
        return {};
    };
    return perform(tr("Delete pilot %1").arg(record.title), remove, restore);
}

Result<qint64> Editor::addPlanAction(PlanActionRecord action)
{
    const QString text = tr("Add plan action %1").arg(action.title.trimmed());
    return addRecord<PlanActionStore>(std::move(action), Entity::PlanAction, text);
}

Status Editor::editPlanAction(PlanActionRecord action)
{
    const QString text = tr("Edit plan action %1").arg(action.title.trimmed());
    return editRecord<PlanActionStore>(std::move(action), Entity::PlanAction, text);
}

Status Editor::deletePlanAction(qint64 id)
{
    return deleteRecord<PlanActionStore, PlanActionRecord>(id, Entity::PlanAction, [](const PlanActionRecord &a) {
        return tr("Delete plan action %1").arg(a.title);
    });
}

// Swaps the positions of two neighbours; undo swaps them back.
Status Editor::movePlanAction(qint64 id, int direction)
{
    QSqlDatabase db = m_database.connection();
    const Clock *clock = &m_database.clock();
    const auto moved = PlanActionStore(db, *clock).fetch(id);
    if (!moved)
        return moved.status();
    const auto plan = PlanActionStore(db, *clock).ofPilot(moved->pilotId);
    if (!plan)
        return plan.status();
    int index = -1;
    for (int i = 0; i < plan->size(); ++i) {
        if (plan->at(i).id == id)
            index = i;
    }
    const int other = index + (direction < 0 ? -1 : 1);
    if (index < 0 || other < 0 || other >= plan->size())
        return {};
    // Positions may have gaps after deletions: number the whole plan afresh, then swap.
    QList<PlanActionRecord> before = plan.value();
    QList<PlanActionRecord> after = before;
    after.swapItemsAt(index, other);
    for (int i = 0; i < after.size(); ++i)
        after[i].position = i;
    ChangeNotifier *notifier = m_notifier;
    auto write = [db, clock, notifier](QList<PlanActionRecord> rows) -> Step {
        return [db, clock, notifier, rows]() -> Status {
            WriteTransaction transaction(db, *clock);
            if (!transaction.begun())
                return transaction.begun();
            for (PlanActionRecord row : rows) {
                if (Status s = PlanActionStore(db, *clock).update(row); !s)
                    return s;
            }
            if (Status s = transaction.commit(); !s)
                return s;
            for (const PlanActionRecord &row : rows)
                notifier->notify(Entity::PlanAction, row.id, Change::Updated);
            return {};
        };
    };
    return perform(tr("Move plan action %1").arg(moved->title), write(after), write(before));
}

Result<qint64> Editor::addAssessment(AssessmentRecord assessment)
{
    return addRecord<AssessmentStore>(std::move(assessment), Entity::Assessment, tr("Assess readiness"));
}

Status Editor::editAssessment(AssessmentRecord assessment)
{
    return editRecord<AssessmentStore>(std::move(assessment), Entity::Assessment, tr("Edit readiness assessment"));
}

Status Editor::deleteAssessment(qint64 id)
{
    return deleteRecord<AssessmentStore, AssessmentRecord>(id, Entity::Assessment, [](const AssessmentRecord &) {
        return tr("Delete readiness assessment");
    });
}
