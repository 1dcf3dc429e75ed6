// Undoable edits of the minutes: entries, attendance and action items. Typing in one entry is
// saved at every call but undone as one step; a delete that the schema would unlink is undone
// with its links.
#include "TestDatabase.h"
#include "edit/ChangeNotifier.h"
#include "edit/Editor.h"
#include "store/ActionStore.h"
#include "store/AttendanceStore.h"
#include "store/NoteStore.h"
#include "store/PairingStore.h"
#include "store/PersonStore.h"
#include "store/SessionStore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

using Entity = ChangeNotifier::Entity;
using Change = ChangeNotifier::Change;

class TestMinutesEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addNoteUndoRedoKeepsIdentity();
    void bodyEditsMergeIntoOneStep();
    void editOfAnotherNoteStartsANewStep();
    void otherChangesDoNotMerge();
    void undoneTypingIsNotMergedInto();
    void deleteNoteUndoRestoresActionLinks();
    void relinkReportsAnItemLeftUnlinked();
    void attendanceUndoRestoresOrForgets();
    void unchangedAttendancePushesNothing();
    void actionAddEditDeleteUndo();
    void invalidInputPushesNothingAndWritesNothing();

private:
    qint64 addNote(const QString &body);
    QString bodyOf(qint64 noteId) const;
    int count(const QString &table) const;
    QList<qint64> matches(const QString &query) const;
    void type(qint64 noteId, const QString &body);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<Editor> m_editor;
    qint64 m_session = 0;
    qint64 m_block = 0;
    qint64 m_olena = 0;
};

void TestMinutesEditor::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    SessionRecord s;
    s.pairingId = PairingStore(m_db->connection(), m_db->clock()).resolve(QStringLiteral("E-04")).value();
    AgendaItemRecord item;
    item.title = QStringLiteral("Pitches");
    item.durationMinutes = 60;
    s.agenda << item;
    m_session = SessionStore(m_db->connection(), m_db->clock()).insert(s).value();
    m_block = s.agenda.at(0).id;
    PersonRecord p;
    p.name = QStringLiteral("Olena Petrenko");
    m_olena = PersonStore(m_db->connection(), m_db->clock()).insert(p).value();
    m_stack = std::make_unique<QUndoStack>();
    m_notifier = std::make_unique<ChangeNotifier>();
    m_editor = std::make_unique<Editor>(m_db->database(), m_stack.get(), m_notifier.get());
}

void TestMinutesEditor::cleanup()
{
    m_editor.reset();
    m_notifier.reset();
    m_stack.reset();
    m_db.reset();
}

qint64 TestMinutesEditor::addNote(const QString &body)
{
    NoteRecord n;
    n.sessionId = m_session;
    n.agendaItemId = m_block;
    n.body = body;
    const auto id = m_editor->addNote(n);
    if (!id)
        qWarning("%s", qPrintable(id.error()));
    return id.value_or(0);
}

QString TestMinutesEditor::bodyOf(qint64 noteId) const
{
    return m_db->scalar(QStringLiteral("SELECT coalesce(body, 'NULL') FROM note WHERE id = ?"), {noteId}).toString();
}

int TestMinutesEditor::count(const QString &table) const
{
    return m_db->scalar(QStringLiteral("SELECT count(*) FROM ") + table).toInt();
}

QList<qint64> TestMinutesEditor::matches(const QString &query) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT rowid FROM note_fts WHERE note_fts MATCH ? ORDER BY rowid"));
    q.addBindValue(query);
    q.exec();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

// What the minutes editor does on each pause in typing: the stored entry with the new text.
void TestMinutesEditor::type(qint64 noteId, const QString &body)
{
    NoteRecord n = NoteStore(m_db->connection(), m_db->clock()).fetch(noteId).value();
    n.body = body;
    const Status s = m_editor->editNote(n);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(bodyOf(noteId), body); // saved at once
}

void TestMinutesEditor::addNoteUndoRedoKeepsIdentity()
{
    QSignalSpy changes(m_notifier.get(), &ChangeNotifier::changed);
    const qint64 id = addNote(QStringLiteral("Lviv presents the **Sykhiv** heating plan"));
    QVERIFY(id > 0);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).at(0).value<Entity>(), Entity::Note);
    QCOMPARE(changes.at(0).at(1).toLongLong(), id);
    QCOMPARE(changes.at(0).at(2).value<Change>(), Change::Inserted);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Add entry"));
    const QString uuid = m_db->scalar(QStringLiteral("SELECT uuid FROM note WHERE id = ?"), {id}).toString();

    m_stack->undo();
    QCOMPARE(count(QStringLiteral("note")), 0);
    QCOMPARE(matches(QStringLiteral("sykhiv")), QList<qint64>());
    QCOMPARE(changes.last().at(2).value<Change>(), Change::Removed);
    m_stack->redo();
    QCOMPARE(count(QStringLiteral("note")), 1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT uuid FROM note WHERE id = ?"), {id}).toString(), uuid);
    QCOMPARE(matches(QStringLiteral("sykhiv")), QList<qint64>{id});
    QCOMPARE(changes.size(), 3);
}

void TestMinutesEditor::bodyEditsMergeIntoOneStep()
{
    const qint64 id = addNote(QStringLiteral("Heat"));
    QSignalSpy changes(m_notifier.get(), &ChangeNotifier::changed);
    type(id, QStringLiteral("Heat p"));
    type(id, QStringLiteral("Heat pumps"));
    type(id, QStringLiteral("Heat pumps for Lviv"));
    QCOMPARE(changes.size(), 3); // every save announced
    QCOMPARE(m_stack->count(), 2); // add + one typing step
    QCOMPARE(m_stack->undoText(), QStringLiteral("Edit entry"));

    m_stack->undo(); // back to before the first keystroke
    QCOMPARE(bodyOf(id), QStringLiteral("Heat"));
    QCOMPARE(matches(QStringLiteral("lviv")), QList<qint64>());
    m_stack->redo(); // to the last
    QCOMPARE(bodyOf(id), QStringLiteral("Heat pumps for Lviv"));
    QCOMPARE(matches(QStringLiteral("lviv")), QList<qint64>{id});
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(count(QStringLiteral("note")), 0);
    QVERIFY(!m_stack->canUndo());
}

void TestMinutesEditor::editOfAnotherNoteStartsANewStep()
{
    const qint64 a = addNote(QStringLiteral("A"));
    const qint64 b = addNote(QStringLiteral("B"));
    QCOMPARE(m_stack->count(), 2);
    type(a, QStringLiteral("A1"));
    type(a, QStringLiteral("A12"));
    QCOMPARE(m_stack->count(), 3);
    type(b, QStringLiteral("B1"));
    QCOMPARE(m_stack->count(), 4);
    type(a, QStringLiteral("A123")); // back in A after B: a step of its own
    type(a, QStringLiteral("A1234"));
    QCOMPARE(m_stack->count(), 5);

    m_stack->undo();
    QCOMPARE(bodyOf(a), QStringLiteral("A12"));
    QCOMPARE(bodyOf(b), QStringLiteral("B1"));
    m_stack->undo();
    QCOMPARE(bodyOf(b), QStringLiteral("B"));
    m_stack->undo();
    QCOMPARE(bodyOf(a), QStringLiteral("A"));
}

void TestMinutesEditor::otherChangesDoNotMerge()
{
    const qint64 id = addNote(QStringLiteral("We agreed"));
    type(id, QStringLiteral("We agreed to"));
    NoteRecord n = NoteStore(m_db->connection(), m_db->clock()).fetch(id).value();
    n.kind = QStringLiteral("decision"); // a kind change is a step of its own...
    QVERIFY(m_editor->editNote(n).ok());
    QCOMPARE(m_stack->count(), 3);
    n = NoteStore(m_db->connection(), m_db->clock()).fetch(id).value();
    n.kind = QStringLiteral("insight");
    n.body = QStringLiteral("We agreed to share"); // ...even with new text
    QVERIFY(m_editor->editNote(n).ok());
    QCOMPARE(m_stack->count(), 4);
    type(id, QStringLiteral("We agreed to share data")); // and typing after it starts anew
    QCOMPARE(m_stack->count(), 5);
    // Another kind of edit in between also ends the typing step.
    QVERIFY(m_editor->setAttendance({m_session, m_olena, QStringLiteral("present")}).ok());
    type(id, QStringLiteral("We agreed to share data monthly"));
    QCOMPARE(m_stack->count(), 7);

    m_stack->undo();
    QCOMPARE(bodyOf(id), QStringLiteral("We agreed to share data"));
    m_stack->undo(); // attendance
    m_stack->undo();
    QCOMPARE(bodyOf(id), QStringLiteral("We agreed to share"));
    m_stack->undo();
    QCOMPARE(bodyOf(id), QStringLiteral("We agreed to"));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT kind FROM note WHERE id = ?"), {id}).toString(), QStringLiteral("decision"));
    m_stack->undo();
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT kind FROM note WHERE id = ?"), {id}).toString(), QStringLiteral("discussion"));
    m_stack->undo();
    QCOMPARE(bodyOf(id), QStringLiteral("We agreed"));
}

void TestMinutesEditor::undoneTypingIsNotMergedInto()
{
    const qint64 id = addNote(QStringLiteral("One"));
    type(id, QStringLiteral("One two"));
    m_stack->undo();
    QCOMPARE(bodyOf(id), QStringLiteral("One"));
    type(id, QStringLiteral("One three"));
    type(id, QStringLiteral("One three four"));
    QCOMPARE(m_stack->count(), 2);
    m_stack->undo();
    QCOMPARE(bodyOf(id), QStringLiteral("One"));
    QCOMPARE(m_stack->redoText(), QStringLiteral("Edit entry"));
    m_stack->redo();
    QCOMPARE(bodyOf(id), QStringLiteral("One three four"));
}

void TestMinutesEditor::deleteNoteUndoRestoresActionLinks()
{
    const qint64 noteId = addNote(QStringLiteral("Decision: exchange tender documents"));
    const NoteRecord before = NoteStore(m_db->connection(), m_db->clock()).fetch(noteId).value();
    QList<qint64> actions;
    for (const QString &text : {QStringLiteral("Send the Ann Arbor tender"), QStringLiteral("Translate it")}) {
        ActionItemRecord a;
        a.sessionId = m_session;
        a.noteId = noteId;
        a.description = text;
        actions << m_editor->addAction(a).value();
    }
    QSignalSpy changes(m_notifier.get(), &ChangeNotifier::changed);
    QVERIFY(m_editor->deleteNote(noteId).ok());
    QCOMPARE(m_stack->undoText(), QStringLiteral("Delete entry"));
    QCOMPARE(count(QStringLiteral("note")), 0);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM action_item WHERE note_id IS NULL")).toInt(), 2);
    QCOMPARE(changes.size(), 3); // the entry and its two action items
    QCOMPARE(changes.at(0).at(2).value<Change>(), Change::Removed);
    QCOMPARE(changes.at(1).at(0).value<Entity>(), Entity::ActionItem);

    m_stack->undo();
    const NoteRecord after = NoteStore(m_db->connection(), m_db->clock()).fetch(noteId).value();
    QVERIFY(after == before);
    QCOMPARE(after.uuid, before.uuid);
    QCOMPARE(after.createdAt, before.createdAt);
    QCOMPARE(ActionStore(m_db->connection(), m_db->clock()).ofNote(noteId).value(), actions);
    QCOMPARE(matches(QStringLiteral("tender")), QList<qint64>{noteId});

    m_stack->redo();
    QCOMPARE(count(QStringLiteral("note")), 0);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM action_item WHERE note_id IS NULL")).toInt(), 2);
    m_stack->undo();
    QCOMPARE(ActionStore(m_db->connection(), m_db->clock()).ofNote(noteId).value(), actions);
}

// Gone and linked items are left alone; an item still unlinked after the update is an error,
// not a silent success (here a trigger makes the update skip the row).
void TestMinutesEditor::relinkReportsAnItemLeftUnlinked()
{
    const qint64 noteId = addNote(QStringLiteral("Decision: exchange tender documents"));
    const qint64 otherId = addNote(QStringLiteral("Other entry"));
    ActionStore store(m_db->connection(), m_db->clock());
    QList<qint64> actions;
    for (const QString &text : {QStringLiteral("Unlinked"), QStringLiteral("Deleted"), QStringLiteral("Elsewhere")}) {
        ActionItemRecord a;
        a.sessionId = m_session;
        a.description = text;
        actions << m_editor->addAction(a).value();
    }
    QVERIFY(store.remove(actions.at(1)).ok());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE action_item SET note_id = %1 WHERE id = %2").arg(otherId).arg(actions.at(2))));

    const Status relinked = store.relinkToNote(actions, noteId);
    QVERIFY2(relinked.ok(), qPrintable(relinked.error()));
    QCOMPARE(store.ofNote(noteId).value(), QList<qint64>{actions.at(0)});
    QCOMPARE(store.ofNote(otherId).value(), QList<qint64>{actions.at(2)});
    QVERIFY(store.relinkToNote({actions.at(0)}, noteId).ok()); // already linked: nothing to do

    QVERIFY(q.exec(QStringLiteral("UPDATE action_item SET note_id = NULL WHERE id = %1").arg(actions.at(0))));
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER skip_relink BEFORE UPDATE OF note_id ON action_item"
                                  " BEGIN SELECT RAISE(IGNORE); END")));
    const Status skipped = store.relinkToNote(actions, noteId);
    QVERIFY(!skipped.ok());
    QCOMPARE(skipped.error(), QStringLiteral("An action item could not be linked back to its entry."));
    QVERIFY(store.ofNote(noteId).value().isEmpty());
}

void TestMinutesEditor::attendanceUndoRestoresOrForgets()
{
    AttendanceStore store(m_db->connection(), m_db->clock());
    QSignalSpy changes(m_notifier.get(), &ChangeNotifier::changed);
    QVERIFY(m_editor->setAttendance({m_session, m_olena, QStringLiteral("present")}).ok());
    QCOMPARE(m_stack->undoText(), QStringLiteral("Attendance of Olena Petrenko"));
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).at(0).value<Entity>(), Entity::Attendance);
    QCOMPARE(changes.at(0).at(1).toLongLong(), m_session);
    QCOMPARE(changes.at(0).at(2).value<Change>(), Change::Inserted);
    QVERIFY(m_editor->setAttendance({m_session, m_olena, QStringLiteral("excused")}).ok());
    QCOMPARE(m_stack->count(), 2);

    m_stack->undo();
    QCOMPARE(store.statusOf(m_session, m_olena).value(), std::optional<QString>(QStringLiteral("present")));
    m_stack->undo();
    QCOMPARE(store.statusOf(m_session, m_olena).value(), std::optional<QString>());
    QCOMPARE(count(QStringLiteral("attendance")), 0);
    QCOMPARE(changes.last().at(2).value<Change>(), Change::Removed);
    m_stack->redo();
    m_stack->redo();
    QCOMPARE(store.statusOf(m_session, m_olena).value(), std::optional<QString>(QStringLiteral("excused")));
    QCOMPARE(count(QStringLiteral("attendance")), 1);
}

void TestMinutesEditor::unchangedAttendancePushesNothing()
{
    QVERIFY(m_editor->setAttendance({m_session, m_olena, QStringLiteral("absent")}).ok());
    QSignalSpy changes(m_notifier.get(), &ChangeNotifier::changed);
    QVERIFY(m_editor->setAttendance({m_session, m_olena, QStringLiteral("absent")}).ok());
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(changes.size(), 0);
}

void TestMinutesEditor::actionAddEditDeleteUndo()
{
    ActionItemRecord a;
    a.sessionId = m_session;
    a.description = QStringLiteral("Visit Ann Arbor's \"geothermal\" site");
    a.ownerPersonId = m_olena;
    a.dueDate = QDate(2027, 3, 1);
    const auto id = m_editor->addAction(a);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(m_stack->undoText(), QStringLiteral("Add action item"));
    ActionStore store(m_db->connection(), m_db->clock());
    ActionItemRecord stored = store.fetch(id.value()).value();
    QVERIFY(stored.isOverdue(QDate(2027, 3, 20)));

    stored.status = QStringLiteral("done");
    QVERIFY(m_editor->editAction(stored).ok());
    QCOMPARE(store.fetch(id.value())->doneDate, QDate(2027, 3, 20));
    m_stack->undo();
    QCOMPARE(store.fetch(id.value())->status, QStringLiteral("open"));
    QVERIFY(m_db->scalar(QStringLiteral("SELECT done_date IS NULL FROM action_item WHERE id = ?"), {id.value()}).toBool());
    m_db->clock().set(QDateTime(QDate(2027, 3, 22), QTime(8, 0), QTimeZone::utc()));
    m_stack->redo(); // done on the day it was done, not on the day of the redo
    QCOMPARE(store.fetch(id.value())->doneDate, QDate(2027, 3, 20));

    const ActionItemRecord beforeDelete = store.fetch(id.value()).value();
    QVERIFY(m_editor->deleteAction(id.value()).ok());
    QCOMPARE(m_stack->undoText(), QStringLiteral("Delete action item"));
    QCOMPARE(count(QStringLiteral("action_item")), 0);
    m_stack->undo();
    const ActionItemRecord back = store.fetch(id.value()).value();
    QVERIFY(back == beforeDelete);
    QCOMPARE(back.uuid, beforeDelete.uuid);
    QCOMPARE(m_stack->count(), 3);
}

void TestMinutesEditor::invalidInputPushesNothingAndWritesNothing()
{
    const qint64 noteId = addNote(QStringLiteral("Kept as it is"));
    m_stack->clear();
    QSignalSpy changes(m_notifier.get(), &ChangeNotifier::changed);

    NoteRecord empty;
    empty.sessionId = m_session;
    empty.body = QStringLiteral("  ");
    const auto refusedNote = m_editor->addNote(empty);
    QVERIFY(!refusedNote.ok());
    QVERIFY2(refusedNote.error().contains(QStringLiteral("needs some text")), qPrintable(refusedNote.error()));

    NoteRecord badKind = NoteStore(m_db->connection(), m_db->clock()).fetch(noteId).value();
    badKind.kind = QStringLiteral("gossip");
    badKind.body = QStringLiteral("Changed?");
    QVERIFY(!m_editor->editNote(badKind).ok());
    NoteRecord cleared = NoteStore(m_db->connection(), m_db->clock()).fetch(noteId).value();
    cleared.body.clear(); // typing everything away is not saved as an empty entry
    QVERIFY(!m_editor->editNote(cleared).ok());

    ActionItemRecord blank;
    blank.sessionId = m_session;
    blank.description = QStringLiteral("\n");
    QVERIFY(!m_editor->addAction(blank).ok());
    ActionItemRecord unknownOwner;
    unknownOwner.sessionId = m_session;
    unknownOwner.description = QStringLiteral("Nobody's");
    unknownOwner.ownerPersonId = 424242;
    QVERIFY(!m_editor->addAction(unknownOwner).ok());

    const Status late = m_editor->setAttendance({m_session, m_olena, QStringLiteral("late")});
    QVERIFY(!late.ok());
    QVERIFY2(late.error().contains(QStringLiteral("Unknown attendance")), qPrintable(late.error()));
    QVERIFY(!m_editor->deleteNote(noteId + 1000).ok());
    QVERIFY(!m_editor->deleteAction(5555).ok());

    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(changes.size(), 0);
    QCOMPARE(count(QStringLiteral("note")), 1);
    QCOMPARE(bodyOf(noteId), QStringLiteral("Kept as it is"));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT kind FROM note")).toString(), QStringLiteral("discussion"));
    QCOMPARE(count(QStringLiteral("action_item")), 0);
    QCOMPARE(count(QStringLiteral("attendance")), 0);
}

QTEST_GUILESS_MAIN(TestMinutesEditor)
#include "tst_minuteseditor.moc"
