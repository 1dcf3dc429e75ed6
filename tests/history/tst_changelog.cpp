// The change log as the triggers of schema 6 write it through every write path of the app:
// the Editor's edits and their undo, a CSV import, readiness assessments, restoring an old
// value; and the synthetic generator, which writes none.
#include "../itemmodels/PilotFixture.h"

#include "core/AppIdentity.h"
#include "core/Preferences.h"
#include "exchange/DirectoryImport.h"
#include "generate/SyntheticProgramme.h"
#include "history/ChangeLog.h"
#include "history/ChangeRestorer.h"
#include "history/ChangeText.h"
#include "store/PairingStore.h"
#include "store/PilotStore.h"

#include <QSqlQuery>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Facilitator = QStringLiteral("Robert'); DROP TABLE city;--");

} // namespace

class TestChangeLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void editLogsEachChangedFieldWithNameAndTime();
    void createAndDeleteLogTheWholeRecord();
    void failedEditLogsNothing();
    void undoAndRedoAreLogged();
    void importIsLogged();
    void reassessingLogsLevelFromPreviousAssessment();
    void editedAssessmentLogsLevelChange();
    void typingMergesIntoOneChange();
    void restoreIsAnUndoableEdit();
    void deletedRecordCannotBeRestored();
    void pagesAreNewestFirst();
    void generatorWritesNoLog();

private:
    static qint64 logCount(const EditFixture &f)
    {
        return f.db.scalar(QStringLiteral("SELECT count(*) FROM change_log")).toLongLong();
    }
    static QList<ChangeEntry> pairingHistory(const EditFixture &f, const QString &code)
    {
        const ChangeLog log(f.connection());
        const QString uuid = log.uuidOf(HistoryScope::Pairing, f.pairingId(code)).value_or(QString());
        return log.page(HistoryScope::Pairing, uuid, 1000).value_or({});
    }
    QTemporaryDir m_settingsDir;
};

void TestChangeLog::initTestCase()
{
    // Settings of this process only: suites run in parallel, each with its own facilitator.
    QVERIFY(m_settingsDir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_settingsDir.path()));
    AppIdentity::apply();
    Preferences::setFacilitatorName(Facilitator);
    QCOMPARE(Preferences::facilitatorName(), Facilitator);
}

void TestChangeLog::editLogsEachChangedFieldWithNameAndTime()
{
    EditFixture f;
    QVERIFY2(f.ok(), qPrintable(f.error()));
    QCOMPARE(logCount(f), 0); // the shipped programme is nobody's edit
    const qint64 id = f.pairingId(QStringLiteral("E-04"));
    PairingRecord pairing = PairingStore(f.connection(), f.db.clock()).fetch(id).value();
    const QString before = pairing.challenge;
    pairing.challenge = QStringLiteral("Low-temperature district heating");
    pairing.status = QStringLiteral("completed");
    f.db.clock().set(TestDatabase::defaultNow().addSecs(60));
    QVERIFY(f.editor().editPairing(pairing));

    const QList<ChangeEntry> history = pairingHistory(f, QStringLiteral("E-04"));
    QCOMPARE(history.size(), 2);
    QSet<QString> fields;
    for (const ChangeEntry &e : history) {
        fields << e.field;
        QCOMPARE(e.actor, Facilitator);
        QCOMPARE(e.changedAt, TestDatabase::defaultNow().addSecs(60));
        QCOMPARE(e.operation, QStringLiteral("update"));
        QCOMPARE(e.table, QStringLiteral("pairing"));
        QCOMPARE(e.recordUuid, pairing.uuid);
        QCOMPARE(e.pairingUuid, pairing.uuid);
        if (e.field == QLatin1String("challenge")) {
            QCOMPARE(e.oldValue.toString(), before);
            QCOMPARE(e.newValue.toString(), pairing.challenge);
        }
    }
    QCOMPARE(fields, (QSet<QString>{QStringLiteral("challenge"), QStringLiteral("status")}));
    const ChangeText text(f.connection());
    const ChangeEntry status = history.at(0).field == QLatin1String("status") ? history.at(0) : history.at(1);
    QCOMPARE(text.fieldText(status), QStringLiteral("Status"));
    QCOMPARE(text.changeText(status), QStringLiteral("Active → Completed"));
    QCOMPARE(text.recordText(status), QStringLiteral("Pairing E-04"));
}

void TestChangeLog::createAndDeleteLogTheWholeRecord()
{
    PilotFixture f;
    QVERIFY(f.built());
    const QString pilotUuid = PilotStore(f.connection(), f.db.clock()).fetch(f.zhytomyr)->uuid;
    QCOMPARE(f.db.scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'pilot'"
                                        " AND operation = 'insert' AND record_uuid = ?"), {pilotUuid}).toInt(), 1);
    QVERIFY(f.editor().deletePilot(f.zhytomyr));
    const QString snapshot = f.db.scalar(QStringLiteral("SELECT old_value FROM change_log WHERE operation = 'delete'"
                                                        " AND record_uuid = ?"), {pilotUuid}).toString();
    QVERIFY2(snapshot.contains(QLatin1String("\"title\":\"Energy community\"")), qPrintable(snapshot));
    QCOMPARE(f.db.scalar(QStringLiteral("SELECT actor FROM change_log WHERE operation = 'delete'")).toString(), Facilitator);
}

void TestChangeLog::failedEditLogsNothing()
{
    EditFixture f;
    QVERIFY(f.ok());
    const qint64 before = logCount(f);
    // The second session takes the first one's number: the first is written, logged, and then
    // rolled back with it.
    SessionRecord one;
    one.pairingId = f.pairingId(QStringLiteral("E-04"));
    one.sequence = 7;
    SessionRecord two = one;
    QVERIFY(!f.editor().addSessions({one, two}, QStringLiteral("Plan")));
    QCOMPARE(logCount(f), before);
    PairingRecord pairing = PairingStore(f.connection(), f.db.clock()).fetch(f.pairingId(QStringLiteral("E-04"))).value();
    pairing.code = QStringLiteral("E-02"); // taken
    QVERIFY(!f.editor().editPairing(pairing));
    QCOMPARE(logCount(f), before);
    QCOMPARE(f.db.scalar(QStringLiteral("SELECT count(*) FROM change_context")).toInt(), 0);
}

void TestChangeLog::undoAndRedoAreLogged()
{
    EditFixture f;
    QVERIFY(f.ok());
    PairingRecord pairing = PairingStore(f.connection(), f.db.clock()).fetch(f.pairingId(QStringLiteral("E-04"))).value();
    const QString before = pairing.challenge;
    pairing.challenge = QStringLiteral("Changed");
    QVERIFY(f.editor().editPairing(pairing));
    f.undoStack.undo();
    QList<ChangeEntry> history = pairingHistory(f, QStringLiteral("E-04"));
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).oldValue.toString(), QStringLiteral("Changed"));
    QCOMPARE(history.at(0).newValue.toString(), before);
    f.undoStack.redo();
    history = pairingHistory(f, QStringLiteral("E-04"));
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).newValue.toString(), QStringLiteral("Changed"));
}

void TestChangeLog::importIsLogged()
{
    EditFixture f;
    QVERIFY(f.ok());
    const QByteArray csv = "Name,Country,Time zone,Population\n"
                           "Tartu,EE,Europe/Tallinn,91000\n"
                           "Robert'); DROP TABLE city;--,EE,Europe/Tallinn,50000\n";
    ImportPreview preview = DirectoryImport::preview(f.connection(), DirectoryKind::Cities, csv, {});
    QVERIFY2(preview.canApply(), qPrintable(preview.fileError()));
    QCOMPARE(f.editor().importRecords(preview.records()).value_or(0), 2);
    QCOMPARE(f.db.scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'city' AND operation = 'insert'"
                                        " AND actor = ?"), {Facilitator}).toInt(), 2);
    QCOMPARE(f.db.scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE record_label = ?"), {Facilitator}).toInt(), 1);
    f.undoStack.undo();
    QCOMPARE(f.db.scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'city' AND operation = 'delete'")).toInt(), 2);
}

void TestChangeLog::reassessingLogsLevelFromPreviousAssessment()
{
    PilotFixture f;
    QVERIFY(f.built());
    const ChangeLog log(f.connection());
    const QString pilot = log.uuidOf(HistoryScope::Pilot, f.annArbor).value();
    const QString field = QStringLiteral("level:") + PilotFixture::dimension(0);
    QList<ChangeEntry> levels;
    for (const ChangeEntry &e : log.page(HistoryScope::Pilot, pilot, 100).value()) {
        if (e.field == field)
            levels << e;
    }
    QCOMPARE(levels.size(), 2); // newest first: S2 then S1
    QCOMPARE(levels.at(0).oldValue.toInt(), 1);
    QCOMPARE(levels.at(0).newValue.toInt(), 3);
    QVERIFY(levels.at(1).oldValue.isNull());
    QCOMPARE(levels.at(0).sessionUuid, log.uuidOf(HistoryScope::Session, f.s2).value());
    const ChangeText text(f.connection());
    QCOMPARE(text.changeText(levels.at(0)), QStringLiteral("1 → 3"));
    QCOMPARE(text.recordText(levels.at(0)), QStringLiteral("Readiness of pilot “District heating loop”"));
    QVERIFY(text.fieldText(levels.at(0)).startsWith(QLatin1String("Level: ")));

    // Assessed again with one level changed: only that level is a change.
    const qint64 logged = logCount(f);
    QVERIFY(f.assess(f.annArbor, {3, 4, 2, 2, 3, 2}, QDate(2027, 3, 19)) > 0);
    QCOMPARE(logCount(f), logged + 1 + 1); // the assessment, and need 3 → 4
    QCOMPARE(f.db.scalar(QStringLiteral("SELECT field || ':' || old_value || '>' || new_value FROM change_log"
                                        " WHERE id = (SELECT max(id) FROM change_log)")).toString(),
             QStringLiteral("level:%1:3>4").arg(PilotFixture::dimension(1)));
}

void TestChangeLog::editedAssessmentLogsLevelChange()
{
    PilotFixture f;
    QVERIFY(f.built());
    AssessmentRecord a = AssessmentStore(f.connection(), f.db.clock()).fetch(f.lvivLatest).value();
    a.levels[1].level = 2;
    QVERIFY(f.editor().editAssessment(a));
    const QString field = QStringLiteral("level:") + PilotFixture::dimension(1);
    QCOMPARE(f.db.scalar(QStringLiteral("SELECT old_value || '>' || new_value FROM change_log"
                                        " WHERE operation = 'update' AND field = ?"), {field}).toString(),
             QStringLiteral("4>2"));
    QCOMPARE(f.db.scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'readiness_level'"
                                        " AND operation = 'delete'")).toInt(), 0);
}

void TestChangeLog::typingMergesIntoOneChange()
{
    PilotFixture f;
    QVERIFY(f.built());
    NoteRecord note;
    note.sessionId = f.s1;
    note.body = QStringLiteral("H");
    note.id = f.editor().addNote(note).value_or(0);
    QVERIFY(note.id > 0);
    for (const QString &body : {QStringLiteral("He"), QStringLiteral("Hel"), QStringLiteral("Hello")}) {
        f.db.clock().set(f.db.clock().nowUtc().addSecs(1));
        note.body = body;
        QVERIFY(f.editor().editNote(note));
    }
    QCOMPARE(f.db.scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE field = 'body'")).toInt(), 1);
    QCOMPARE(f.db.scalar(QStringLiteral("SELECT old_value || '>' || new_value FROM change_log WHERE field = 'body'")).toString(),
             QStringLiteral("H>Hello"));
}

void TestChangeLog::restoreIsAnUndoableEdit()
{
    EditFixture f;
    QVERIFY(f.ok());
    const qint64 id = f.pairingId(QStringLiteral("E-04"));
    PairingRecord pairing = PairingStore(f.connection(), f.db.clock()).fetch(id).value();
    const QString before = pairing.challenge;
    pairing.challenge = QStringLiteral("Changed");
    QVERIFY(f.editor().editPairing(pairing));
    const ChangeEntry change = pairingHistory(f, QStringLiteral("E-04")).constFirst();
    const ChangeRestorer restorer(f.editor());
    QVERIFY(restorer.check(change));
    QVERIFY(restorer.restore(change));
    QCOMPARE(PairingStore(f.connection(), f.db.clock()).fetch(id)->challenge, before);
    QCOMPARE(pairingHistory(f, QStringLiteral("E-04")).size(), 2); // the restore is logged too
    QCOMPARE(restorer.check(change).error(), QStringLiteral("The field already holds this value."));
    f.undoStack.undo();
    QCOMPARE(PairingStore(f.connection(), f.db.clock()).fetch(id)->challenge, QStringLiteral("Changed"));

    // Validated as any edit: an empty code is refused, and nothing is written.
    pairing = PairingStore(f.connection(), f.db.clock()).fetch(id).value();
    ChangeEntry bad = change;
    bad.field = QStringLiteral("code");
    bad.oldValue = QStringLiteral("  ");
    const qint64 logged = logCount(f);
    QVERIFY(!restorer.restore(bad));
    QCOMPARE(logCount(f), logged);
}

void TestChangeLog::deletedRecordCannotBeRestored()
{
    PilotFixture f;
    QVERIFY(f.built());
    PilotRecord pilot = PilotStore(f.connection(), f.db.clock()).fetch(f.zhytomyr).value();
    pilot.title = QStringLiteral("Renamed");
    QVERIFY(f.editor().editPilot(pilot));
    const ChangeLog log(f.connection());
    const ChangeEntry change = log.page(HistoryScope::Pilot, pilot.uuid, 1).value().constFirst();
    QCOMPARE(change.field, QStringLiteral("title"));
    QVERIFY(f.editor().deletePilot(f.zhytomyr));
    const Status status = ChangeRestorer(f.editor()).check(change);
    QVERIFY(!status);
    QVERIFY2(status.error().contains(QLatin1String("deleted")), qPrintable(status.error()));
    const ChangeEntry deletion = log.page(HistoryScope::Pilot, pilot.uuid, 1).value().constFirst();
    QVERIFY(!ChangeRestorer(f.editor()).check(deletion));
}

void TestChangeLog::pagesAreNewestFirst()
{
    EditFixture f;
    QVERIFY(f.ok());
    const qint64 id = f.pairingId(QStringLiteral("E-04"));
    for (int i = 0; i < 5; ++i) {
        PairingRecord pairing = PairingStore(f.connection(), f.db.clock()).fetch(id).value();
        pairing.challenge = QStringLiteral("Challenge %1").arg(i);
        QVERIFY(f.editor().editPairing(pairing));
    }
    const ChangeLog log(f.connection());
    const QString uuid = log.uuidOf(HistoryScope::Pairing, id).value();
    const QList<ChangeEntry> first = log.page(HistoryScope::Pairing, uuid, 3).value();
    QCOMPARE(first.size(), 3);
    QCOMPARE(first.at(0).newValue.toString(), QStringLiteral("Challenge 4"));
    const QList<ChangeEntry> rest = log.page(HistoryScope::Pairing, uuid, 3, first.constLast().id).value();
    QCOMPARE(rest.size(), 2);
    QCOMPARE(rest.at(1).newValue.toString(), QStringLiteral("Challenge 0"));
    QCOMPARE(log.since(HistoryScope::Pairing, uuid, rest.at(0).id).value().size(), 3);
    QVERIFY(!log.uuidOf(HistoryScope::Session, 999999));
}

void TestChangeLog::generatorWritesNoLog()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("generated.c2c"));
    SyntheticProgramme::Options options;
    options.pairings = 3;
    const auto counts = SyntheticProgramme::generate(path, options);
    QVERIFY2(counts.ok(), qPrintable(counts.error()));
    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QSqlQuery q(opened.value()->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM change_log), (SELECT count(*) FROM note),"
                                  " (SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name GLOB '*_log_*')")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.value(1).toInt() > 0);
    QCOMPARE(q.value(2).toInt(), 47); // the log's triggers are back after the bulk load (schema 10 added one)
}

QTEST_GUILESS_MAIN(TestChangeLog)
#include "tst_changelog.moc"
