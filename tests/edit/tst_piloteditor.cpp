// Undoable pilot edits: a pilot with its plan and assessments deleted and brought back whole,
// plan actions moved and moved back, assessments added as history, refusals that push nothing.
#include "EditorFixture.h"
#include "edit/ChangeNotifier.h"
#include "edit/Editor.h"
#include "store/PairingStore.h"
#include "store/PilotStore.h"
#include "store/SessionStore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

using Entity = ChangeNotifier::Entity;
using Change = ChangeNotifier::Change;

class TestPilotEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addPilotUndoRedoKeepsIdentity();
    void editPilotUndoAndUnchangedEdit();
    void refusedEditsPushNothing();
    void deletePilotUndoRestoresPlanAndAssessments();
    void movePlanActionUndo();
    void moveAtTheEndsChangesNothing();
    void moveRenumbersAPlanWithGaps();
    void assessingAgainKeepsHistory();
    void editAssessmentUndo();
    void assessmentOfAnEarlierRubricStaysAsItWas();

private:
    qint64 pairing(const QString &code) const;
    qint64 city(const QString &name) const;
    qint64 addPilot(const QString &title = QStringLiteral("Heat pumps for a school campus"));
    qint64 addAction(qint64 pilotId, const QString &title);
    QStringList planTitles(qint64 pilotId) const;
    int count(const QString &table) const;

    std::unique_ptr<EditorFixture> m_fixture;
};

void TestPilotEditor::init()
{
    m_fixture = std::make_unique<EditorFixture>();
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
}

void TestPilotEditor::cleanup()
{
    m_fixture.reset();
}

qint64 TestPilotEditor::pairing(const QString &code) const
{
    return PairingStore(m_fixture->db.connection(), m_fixture->db.clock()).resolve(code).value_or(0);
}

qint64 TestPilotEditor::city(const QString &name) const
{
    return m_fixture->db.scalar(QStringLiteral("SELECT id FROM city WHERE name = ?"), {name}).toLongLong();
}

qint64 TestPilotEditor::addPilot(const QString &title)
{
    PilotRecord p;
    p.pairingId = pairing(QStringLiteral("E-04"));
    p.cityId = city(QStringLiteral("Lviv"));
    p.title = title;
    p.inspiredByCityId = city(QStringLiteral("Ann Arbor"));
    return m_fixture->editor().addPilot(p).value_or(0);
}

qint64 TestPilotEditor::addAction(qint64 pilotId, const QString &title)
{
    PlanActionRecord a;
    a.pilotId = pilotId;
    a.title = title;
    return m_fixture->editor().addPlanAction(a).value_or(0);
}

QStringList TestPilotEditor::planTitles(qint64 pilotId) const
{
    QStringList titles;
    for (const PlanActionRecord &a :
         PlanActionStore(m_fixture->db.connection(), m_fixture->db.clock()).ofPilot(pilotId).value_or({}))
        titles << a.title;
    return titles;
}

int TestPilotEditor::count(const QString &table) const
{
    return m_fixture->db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
}

void TestPilotEditor::addPilotUndoRedoKeepsIdentity()
{
    QSignalSpy changed(&m_fixture->notifier, &ChangeNotifier::changed);
    const qint64 id = addPilot();
    QVERIFY(id > 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<Entity>(), Entity::Pilot);
    QCOMPARE(changed.at(0).at(1).toLongLong(), id);
    QCOMPARE(changed.at(0).at(2).value<Change>(), Change::Inserted);
    QCOMPARE(m_fixture->undoStack.undoText(), QStringLiteral("Add pilot Heat pumps for a school campus"));
    const QString uuid = PilotStore(m_fixture->db.connection(), m_fixture->db.clock()).fetch(id)->uuid;

    m_fixture->undoStack.undo();
    QCOMPARE(count(QStringLiteral("pilot")), 0);
    QCOMPARE(changed.last().at(2).value<Change>(), Change::Removed);
    m_fixture->undoStack.redo();
    const auto back = PilotStore(m_fixture->db.connection(), m_fixture->db.clock()).fetch(id);
    QVERIFY(back);
    QCOMPARE(back->uuid, uuid);
    QCOMPARE(back->inspiredByCityId, std::optional<qint64>(city(QStringLiteral("Ann Arbor"))));
}

void TestPilotEditor::editPilotUndoAndUnchangedEdit()
{
    const qint64 id = addPilot();
    PilotStore store(m_fixture->db.connection(), m_fixture->db.clock());
    PilotRecord p = store.fetch(id).value();
    QCOMPARE(m_fixture->editor().editPilot(p).ok(), true); // unchanged: nothing pushed
    QCOMPARE(m_fixture->undoStack.count(), 1);
    p.title = QStringLiteral("Heat pumps for two schools");
    p.academicPartners = QStringLiteral("Lviv Polytechnic");
    p.expectedStart = QDate(2027, 9, 1);
    QVERIFY(m_fixture->editor().editPilot(p));
    QCOMPARE(m_fixture->undoStack.count(), 2);
    QCOMPARE(store.fetch(id)->academicPartners, QStringLiteral("Lviv Polytechnic"));
    m_fixture->undoStack.undo();
    QCOMPARE(store.fetch(id)->title, QStringLiteral("Heat pumps for a school campus"));
    QVERIFY(store.fetch(id)->academicPartners.isEmpty());
    QVERIFY(!store.fetch(id)->expectedStart.isValid());
    m_fixture->undoStack.redo();
    QCOMPARE(store.fetch(id)->expectedStart, QDate(2027, 9, 1));
}

void TestPilotEditor::refusedEditsPushNothing()
{
    const qint64 id = addPilot();
    const int steps = m_fixture->undoStack.count();
    QSignalSpy changed(&m_fixture->notifier, &ChangeNotifier::changed);

    PlanActionRecord late;
    late.pilotId = id;
    late.title = QStringLiteral("Tender");
    late.startDate = QDate(2027, 6, 1);
    late.endDate = QDate(2027, 5, 1);
    const auto refused = m_fixture->editor().addPlanAction(late);
    QCOMPARE(refused.error(), QStringLiteral("The plan action “Tender” ends before it starts."));

    PilotRecord twin;
    twin.pairingId = pairing(QStringLiteral("E-04"));
    twin.cityId = city(QStringLiteral("Lviv"));
    twin.title = QStringLiteral("Another one");
    QCOMPARE(m_fixture->editor().addPilot(twin).error(),
             QStringLiteral("This city already has a pilot in this pairing."));

    AssessmentRecord empty;
    empty.pilotId = id;
    empty.assessedOn = QDate(2027, 3, 20);
    QCOMPARE(m_fixture->editor().addAssessment(empty).error(),
             QStringLiteral("An assessment gives a level to at least one dimension."));

    QCOMPARE(m_fixture->undoStack.count(), steps);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(count(QStringLiteral("pilot_plan_action")), 0);
    QCOMPARE(count(QStringLiteral("readiness_assessment")), 0);
}

void TestPilotEditor::deletePilotUndoRestoresPlanAndAssessments()
{
    const qint64 id = addPilot(QStringLiteral("Çorlu's \"solar\" roofs"));
    const QList<qint64> actions{addAction(id, QStringLiteral("Study")),
                                addAction(id, QStringLiteral("Workshops")),
                                addAction(id, QStringLiteral("Tender"))};
    SessionRecord s;
    s.pairingId = pairing(QStringLiteral("E-04"));
    s.startUtc = QDateTime(QDate(2027, 3, 10), QTime(14, 0), QTimeZone::utc());
    const qint64 sessionId = SessionStore(m_fixture->db.connection(), m_fixture->db.clock()).insert(s).value();
    AssessmentRecord first;
    first.pilotId = id;
    first.sessionId = sessionId;
    first.levels = {{QStringLiteral("solution"), 2, QStringLiteral("Visit to Ann Arbor")},
                    {QStringLiteral("need"), 3, QString()}};
    const qint64 firstId = m_fixture->editor().addAssessment(first).value_or(0);
    AssessmentRecord second;
    second.pilotId = id;
    second.assessedOn = QDate(2027, 3, 19);
    second.summary = QStringLiteral("Funding committed");
    second.levels = {{QStringLiteral("resources"), 4, QStringLiteral("Budget line 2027")}};
    const qint64 secondId = m_fixture->editor().addAssessment(second).value_or(0);
    QVERIFY(firstId > 0 && secondId > 0);

    AssessmentStore assessments(m_fixture->db.connection(), m_fixture->db.clock());
    const QList<AssessmentRecord> historyBefore = assessments.history(id).value();
    const QList<PlanActionRecord> planBefore =
        PlanActionStore(m_fixture->db.connection(), m_fixture->db.clock()).ofPilot(id).value();
    const PilotRecord pilotBefore = PilotStore(m_fixture->db.connection(), m_fixture->db.clock()).fetch(id).value();

    QSignalSpy changed(&m_fixture->notifier, &ChangeNotifier::changed);
    QVERIFY(m_fixture->editor().deletePilot(id));
    QCOMPARE(m_fixture->undoStack.undoText(), QStringLiteral("Delete pilot Çorlu's \"solar\" roofs"));
    QCOMPARE(count(QStringLiteral("pilot")), 0);
    QCOMPARE(count(QStringLiteral("pilot_plan_action")), 0);
    QCOMPARE(count(QStringLiteral("readiness_level")), 0);
    // Each removed row is announced, the pilot last.
    QCOMPARE(changed.count(), 6);
    QCOMPARE(changed.last().at(0).value<Entity>(), Entity::Pilot);
    int planRemoved = 0;
    int assessmentsRemoved = 0;
    for (const QList<QVariant> &signal : changed) {
        planRemoved += signal.at(0).value<Entity>() == Entity::PlanAction &&
                       signal.at(2).value<Change>() == Change::Removed;
        assessmentsRemoved += signal.at(0).value<Entity>() == Entity::Assessment;
    }
    QCOMPARE(planRemoved, 3);
    QCOMPARE(assessmentsRemoved, 2);

    changed.clear();
    m_fixture->undoStack.undo();
    QCOMPARE(changed.count(), 6);
    QCOMPARE(changed.last().at(2).value<Change>(), Change::Inserted);
    const auto pilotAfter = PilotStore(m_fixture->db.connection(), m_fixture->db.clock()).fetch(id);
    QVERIFY(pilotAfter);
    QCOMPARE(pilotAfter.value(), pilotBefore);
    QCOMPARE(pilotAfter->uuid, pilotBefore.uuid);
    const QList<PlanActionRecord> planAfter =
        PlanActionStore(m_fixture->db.connection(), m_fixture->db.clock()).ofPilot(id).value();
    QCOMPARE(planAfter, planBefore);
    QCOMPARE(planAfter.at(2).id, actions.at(2));
    const QList<AssessmentRecord> historyAfter = assessments.history(id).value();
    QCOMPARE(historyAfter, historyBefore);
    QCOMPARE(historyAfter.at(0).sessionId, std::optional<qint64>(sessionId));
    QCOMPARE(historyAfter.at(0).createdAt, historyBefore.at(0).createdAt);
    QCOMPARE(historyAfter.at(1).levels.at(0).evidence, QStringLiteral("Budget line 2027"));

    m_fixture->undoStack.redo();
    QCOMPARE(count(QStringLiteral("pilot")), 0);
    QCOMPARE(count(QStringLiteral("readiness_assessment")), 0);
}

void TestPilotEditor::movePlanActionUndo()
{
    const qint64 id = addPilot();
    addAction(id, QStringLiteral("A"));
    addAction(id, QStringLiteral("B"));
    const qint64 c = addAction(id, QStringLiteral("C"));
    QSignalSpy changed(&m_fixture->notifier, &ChangeNotifier::changed);
    QVERIFY(m_fixture->editor().movePlanAction(c, -1));
    QCOMPARE(planTitles(id),
             (QStringList{QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("B")}));
    QCOMPARE(m_fixture->undoStack.undoText(), QStringLiteral("Move plan action C"));
    QVERIFY(changed.count() >= 2);
    QVERIFY(m_fixture->editor().movePlanAction(c, -1));
    QCOMPARE(planTitles(id),
             (QStringList{QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("B")}));
    m_fixture->undoStack.undo();
    QCOMPARE(planTitles(id),
             (QStringList{QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("B")}));
    m_fixture->undoStack.undo();
    QCOMPARE(planTitles(id),
             (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    m_fixture->undoStack.redo();
    QCOMPARE(planTitles(id),
             (QStringList{QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("B")}));
}

void TestPilotEditor::moveAtTheEndsChangesNothing()
{
    const qint64 id = addPilot();
    const qint64 a = addAction(id, QStringLiteral("A"));
    const qint64 b = addAction(id, QStringLiteral("B"));
    const int steps = m_fixture->undoStack.count();
    QVERIFY(m_fixture->editor().movePlanAction(a, -1));
    QVERIFY(m_fixture->editor().movePlanAction(b, +1));
    QCOMPARE(m_fixture->undoStack.count(), steps);
    QCOMPARE(planTitles(id), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
}

void TestPilotEditor::moveRenumbersAPlanWithGaps()
{
    const qint64 id = addPilot();
    addAction(id, QStringLiteral("A"));
    const qint64 b = addAction(id, QStringLiteral("B"));
    addAction(id, QStringLiteral("C"));
    const qint64 d = addAction(id, QStringLiteral("D"));
    QVERIFY(m_fixture->editor().deletePlanAction(b));
    QVERIFY(m_fixture->editor().movePlanAction(d, -1));
    QCOMPARE(planTitles(id),
             (QStringList{QStringLiteral("A"), QStringLiteral("D"), QStringLiteral("C")}));
    QList<int> positions;
    for (const PlanActionRecord &a :
         PlanActionStore(m_fixture->db.connection(), m_fixture->db.clock()).ofPilot(id).value())
        positions << a.position;
    QCOMPARE(positions, (QList<int>{0, 1, 2}));
    m_fixture->undoStack.undo(); // the move
    m_fixture->undoStack.undo(); // the delete
    QCOMPARE(planTitles(id), (QStringList{QStringLiteral("A"), QStringLiteral("B"),
                                          QStringLiteral("C"), QStringLiteral("D")}));
}

void TestPilotEditor::assessingAgainKeepsHistory()
{
    const qint64 id = addPilot();
    AssessmentRecord a;
    a.pilotId = id;
    a.assessedOn = QDate(2027, 1, 10);
    a.levels = {{QStringLiteral("need"), 2, QString()}};
    QVERIFY(m_fixture->editor().addAssessment(a));
    a.assessedOn = QDate(2027, 3, 10);
    a.levels = {{QStringLiteral("need"), 4, QString()}};
    QVERIFY(m_fixture->editor().addAssessment(a));
    AssessmentStore store(m_fixture->db.connection(), m_fixture->db.clock());
    QCOMPARE(store.history(id)->size(), 2);
    QCOMPARE(store.history(id)->at(0).levels.at(0).level, 2);
    m_fixture->undoStack.undo();
    QCOMPARE(store.history(id)->size(), 1);
    QCOMPARE(store.history(id)->at(0).levels.at(0).level, 2);
}

void TestPilotEditor::editAssessmentUndo()
{
    const qint64 id = addPilot();
    AssessmentRecord a;
    a.pilotId = id;
    a.assessedOn = QDate(2027, 3, 10);
    a.levels = {{QStringLiteral("need"), 2, QStringLiteral("Survey")},
                {QStringLiteral("team"), 3, QString()}};
    const qint64 assessmentId = m_fixture->editor().addAssessment(a).value_or(0);
    AssessmentStore store(m_fixture->db.connection(), m_fixture->db.clock());
    AssessmentRecord edited = store.fetch(assessmentId).value();
    edited.levels = {{QStringLiteral("need"), 3, QStringLiteral("Survey and hearing")}};
    QVERIFY(m_fixture->editor().editAssessment(edited));
    QCOMPARE(store.fetch(assessmentId)->levels.size(), 1);
    m_fixture->undoStack.undo();
    const auto restored = store.fetch(assessmentId);
    QCOMPARE(restored->levels.size(), 2);
    QCOMPARE(restored->levels.at(0),
             (DimensionLevel{QStringLiteral("need"), 2, QStringLiteral("Survey")}));
}

// An assessment made under an earlier rubric (a dimension since renamed, "funding") is kept as
// it was through edits of its other levels and through delete and undo; only what a user
// changes is judged by today's rubric.
void TestPilotEditor::assessmentOfAnEarlierRubricStaysAsItWas()
{
    const qint64 pilot = addPilot();
    QSqlQuery q(m_fixture->db.connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO readiness_assessment (uuid, pilot_id, assessed_on, created_at, updated_at)"
                                  " VALUES ('old-rubric', %1, '2026-05-01', '2026-05-01T10:00:00.000Z',"
                                  " '2026-05-01T10:00:00.000Z')").arg(pilot)));
    const qint64 id = q.lastInsertId().toLongLong();
    QVERIFY(q.exec(QStringLiteral("INSERT INTO readiness_level (assessment_id, dimension, level) VALUES"
                                  " (%1, 'need', 2), (%1, 'funding', 3)").arg(id)));
    AssessmentStore store(m_fixture->db.connection(), m_fixture->db.clock());
    AssessmentRecord edited = store.fetch(id).value();
    QCOMPARE(edited.levels.size(), 2);
    edited.levels[0].level = 3; // need 2 -> 3; funding stays
    QVERIFY(m_fixture->editor().editAssessment(edited));
    QCOMPARE(store.fetch(id)->levelOf(QStringLiteral("funding")), std::optional<int>(3));
    QCOMPARE(store.fetch(id)->levelOf(QStringLiteral("need")), std::optional<int>(3));
    m_fixture->undoStack.undo();
    QCOMPARE(store.fetch(id)->levelOf(QStringLiteral("need")), std::optional<int>(2));

    // A new level on a dimension the rubric does not have is refused.
    edited = store.fetch(id).value();
    edited.levels << DimensionLevel{QStringLiteral("budget"), 2, QString()};
    const Status refused = m_fixture->editor().editAssessment(edited);
    QVERIFY(!refused);
    QVERIFY(refused.error().contains(QLatin1String("budget")));

    QVERIFY(m_fixture->editor().deleteAssessment(id));
    QCOMPARE(count(QStringLiteral("readiness_level")), 0);
    m_fixture->undoStack.undo();
    const auto restored = store.fetch(id);
    QVERIFY2(restored, qPrintable(restored.error()));
    QCOMPARE(restored->uuid, QStringLiteral("old-rubric"));
    QCOMPARE(restored->levelOf(QStringLiteral("funding")), std::optional<int>(3));
    QCOMPARE(restored->levelOf(QStringLiteral("need")), std::optional<int>(2));
}

QTEST_GUILESS_MAIN(TestPilotEditor)
#include "tst_piloteditor.moc"
