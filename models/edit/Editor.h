#pragma once

#include "ChangeNotifier.h"
#include "core/Result.h"
#include "domain/MinutesRecords.h"
#include "domain/Records.h"
#include "planning/SlotFinder.h"
#include "readiness/PilotRecords.h"
#include "store/TemplateStore.h"

#include <QObject>

#include <functional>

class Clock;
class Database;
class QSqlDatabase;
class QUndoStack;
struct ImportRecords;

// The one way the window changes data: each call validates, writes in one transaction,
// announces the change and pushes an undo command. An edit that changes nothing is dropped.
class Editor : public QObject
{
    Q_OBJECT
public:
    Editor(Database &database, QUndoStack *undoStack, ChangeNotifier *notifier,
           QObject *parent = nullptr);

    Result<qint64> addCity(CityRecord city);
    Status editCity(CityRecord city);
    Status deleteCity(qint64 id);

    Result<qint64> addPerson(PersonRecord person);
    Status editPerson(PersonRecord person);
    Status deletePerson(qint64 id);

    Result<qint64> addPairing(PairingRecord pairing);
    Status editPairing(PairingRecord pairing);
    Status deletePairing(qint64 id);

    Result<qint64> addSession(SessionRecord session);
    Status editSession(SessionRecord session);
    Status deleteSession(qint64 id);
    // Adds a pairing's planned cycle as one edit: all sessions or none, undone together.
    Result<QList<qint64>> addSessions(QList<SessionRecord> sessions, const QString &text);

    Result<qint64> addTemplate(TemplateRecord record);
    Status editTemplate(TemplateRecord record);
    Status deleteTemplate(qint64 id);

    // Writes the rows of a checked import (DirectoryImport) as one step, in one transaction;
    // undo takes them all out again while nothing refers to them. Returns how many.
    Result<int> importRecords(ImportRecords records);

    // Remembers a city's working hours for the slot finder.
    Status setWorkingHours(qint64 cityId, const WorkingHours &hours);

    // The minutes: entries, attendance and action items.
    Result<qint64> addNote(NoteRecord note);
    // Written at once (autosave); successive edits of one entry's text alone merge into one
    // undo step, which undoes to the text before the first of them.
    Status editNote(NoteRecord note);
    // Action items created from the entry lose their link; undo gives it back.
    Status deleteNote(qint64 id);
    // Undo gives back the previous attendance, or forgets it when there was none.
    Status setAttendance(AttendanceRecord attendance);
    Result<qint64> addAction(ActionItemRecord action);
    Status editAction(ActionItemRecord action);
    Status deleteAction(qint64 id);

    // Pilots and their readiness. Deleting a pilot takes its plan and assessments with it;
    // undo brings all of them back.
    Result<qint64> addPilot(PilotRecord pilot);
    Status editPilot(PilotRecord pilot);
    Status deletePilot(qint64 id);
    Result<qint64> addPlanAction(PlanActionRecord action);
    Status editPlanAction(PlanActionRecord action);
    Status deletePlanAction(qint64 id);
    // Moves a plan action one place up (-1) or down (+1) in its plan, as one step.
    Status movePlanAction(qint64 id, int direction);
    // Assessing again adds an assessment: the earlier ones stay as history.
    Result<qint64> addAssessment(AssessmentRecord assessment);
    Status editAssessment(AssessmentRecord assessment);
    Status deleteAssessment(qint64 id);

    // True while a long write runs on a thread of its own (OffThreadWrite): every other edit
    // is refused meanwhile, and the window waits for it before it closes.
    bool isWritingAway() const { return m_writingAway; }

    Database &database() const { return m_database; }
    QUndoStack *undoStack() const { return m_undoStack; }
    ChangeNotifier *notifier() const { return m_notifier; }

signals:
    void writingAwayChanged(bool writing);

private:
    using Step = std::function<Status()>;
    // Runs write through OffThreadWrite, marked as writing away for its length.
    Status writeAway(const std::function<Status(QSqlDatabase)> &write);
    static QString writingAwayMessage();
    // Wraps a store call in a transaction and a change notification.
    Step inTransaction(std::function<Status()> write, ChangeNotifier::Entity entity,
                       std::function<qint64()> id, ChangeNotifier::Change change) const;
    // mergeId and mergeKey: see WriteCommand; the default never merges.
    Status perform(const QString &text, const Step &redo, const Step &undo, int mergeId = -1,
                   qint64 mergeKey = 0);

    // A further write in the insert's transaction, given the new id (a city's working hours).
    // Undo only removes the record: what this writes must go with it.
    using AfterInsert = std::function<Status(const QSqlDatabase &db, const Clock &clock, qint64 id)>;
    template <typename Store, typename Record>
    Result<qint64> addRecord(Record record, ChangeNotifier::Entity entity, const QString &text,
                             AfterInsert afterInsert = {});
    template <typename Store, typename Record>
    Status editRecord(Record record, ChangeNotifier::Entity entity, const QString &text,
                      int mergeId = -1);
    template <typename Store, typename Record>
    Status deleteRecord(qint64 id, ChangeNotifier::Entity entity,
                        const std::function<QString(const Record &)> &text);

    Database &m_database;
    QUndoStack *m_undoStack;
    ChangeNotifier *m_notifier;
    bool m_writingAway = false;
};
