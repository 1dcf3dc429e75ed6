// Pilots with where they stand: the latest assessment (by date, then by when it was recorded)
// with its levels, the rubric's verdict, filters, and a pilot's history in order with the
// sessions it was assessed at. Over a seeded database file, written through the editor.
#include "EditorFixture.h"
#include "QueryPlan.h"
#include "edit/ChangeNotifier.h"
#include "edit/Editor.h"
#include "progress/ReadinessQueries.h"
#include "store/NameLookup.h"
#include "store/PairingStore.h"
#include "store/SessionStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>
#include <QUndoStack>

class TestReadinessQueries : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pilotWithoutAssessmentIsNotAssessed();
    void latestAssessmentIsTheLatestDateNotTheLatestWritten();
    void sameDateTakesTheLastRecorded();
    void levelsDetailLeavesTheWordsOut();
    void filtersByPairingThemeAndCity();
    void everyPilotReadsTheLevelsAFilterReads();
    void historyIsOldestFirstWithSessions();
    void assessingAgainKeepsHistory();
    void manyPilotsEachWithItsOwnLevels();
    void standingsAreByPairingCityAndPilot();
    void filteredReadsUseTheIndexes();
    void figuresLevelsComeFromTheIndexAlone();
    void plansByPilotInOrder();

private:
    qint64 pairing(const QString &code) const;
    qint64 city(const QString &name) const;
    qint64 addPilot(const QString &pairingCode, const QString &cityName, const QString &title);
    qint64 assess(qint64 pilotId, const QDate &on, int level, std::optional<qint64> session = {});

    std::unique_ptr<EditorFixture> m_fixture;
};

void TestReadinessQueries::init()
{
    m_fixture = std::make_unique<EditorFixture>();
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
}

void TestReadinessQueries::cleanup()
{
    m_fixture.reset();
}

qint64 TestReadinessQueries::pairing(const QString &code) const
{
    return PairingStore(m_fixture->db.connection(), m_fixture->db.clock()).resolve(code).value_or(0);
}

qint64 TestReadinessQueries::city(const QString &name) const
{
    return NameLookup::city(m_fixture->db.connection(), name).value_or(0);
}

qint64 TestReadinessQueries::addPilot(const QString &pairingCode, const QString &cityName, const QString &title)
{
    PilotRecord p;
    p.pairingId = pairing(pairingCode);
    p.cityId = city(cityName);
    p.title = title;
    const auto id = m_fixture->editor().addPilot(p);
    if (!id)
        qWarning("%s", qPrintable(id.error()));
    return id.value_or(0);
}

// Every dimension at level, except the plan one level higher (so the average differs).
qint64 TestReadinessQueries::assess(qint64 pilotId, const QDate &on, int level, std::optional<qint64> session)
{
    AssessmentRecord a;
    a.pilotId = pilotId;
    a.assessedOn = on;
    a.sessionId = session;
    a.summary = QStringLiteral("Assessed at level %1").arg(level);
    for (const RubricDimension &d : Rubric::shipped().dimensions())
        a.levels << DimensionLevel{d.id, d.id == QLatin1String("plan") ? qMin(level + 1, 5) : level,
                                   QStringLiteral("evidence for %1").arg(d.id)};
    const auto id = m_fixture->editor().addAssessment(a);
    if (!id)
        qWarning("%s", qPrintable(id.error()));
    return id.value_or(0);
}

void TestReadinessQueries::pilotWithoutAssessmentIsNotAssessed()
{
    const qint64 id = addPilot(QStringLiteral("E-04"), QStringLiteral("Lviv"), QStringLiteral("Heat pumps"));
    QVERIFY(id > 0);
    const auto standing = ReadinessQueries(m_fixture->db.connection()).standing(id);
    QVERIFY2(standing, qPrintable(standing.error()));
    QCOMPARE(standing->cityName, QStringLiteral("Lviv"));
    QCOMPARE(standing->countryCode, QStringLiteral("UA"));
    QCOMPARE(standing->pairingCode, QStringLiteral("E-04"));
    QCOMPARE(standing->assessments, 0);
    QVERIFY(!standing->latest);
    QVERIFY(!standing->readiness.assessed);
    QVERIFY(!standing->readiness.overall);
    QVERIFY(!standing->readiness.ready);
}

void TestReadinessQueries::latestAssessmentIsTheLatestDateNotTheLatestWritten()
{
    const qint64 pilot = addPilot(QStringLiteral("E-04"), QStringLiteral("Lviv"), QStringLiteral("Heat pumps"));
    assess(pilot, QDate(2027, 5, 1), 4);
    assess(pilot, QDate(2027, 1, 1), 2); // recorded later, about an earlier session
    const auto standing = ReadinessQueries(m_fixture->db.connection()).standing(pilot);
    QVERIFY(standing && standing->latest);
    QCOMPARE(standing->assessments, 2);
    QCOMPARE(standing->latest->assessedOn, QDate(2027, 5, 1));
    QCOMPARE(standing->latest->levels.size(), 6);
    QCOMPARE(standing->latest->levelOf(QStringLiteral("plan")), std::optional<int>(5));
    QCOMPARE(standing->latest->levels.first().evidence, QStringLiteral("evidence for solution"));
    QCOMPARE(standing->readiness.overall, std::optional<int>(4));
    QVERIFY(standing->readiness.ready);
    QCOMPARE(*standing->readiness.beside, (4.0 * 5 + 5) / 6);
}

void TestReadinessQueries::sameDateTakesTheLastRecorded()
{
    const qint64 pilot = addPilot(QStringLiteral("E-04"), QStringLiteral("Lviv"), QStringLiteral("Heat pumps"));
    assess(pilot, QDate(2027, 3, 1), 2);
    m_fixture->db.clock().set(m_fixture->db.clock().nowUtc().addSecs(60));
    const qint64 second = assess(pilot, QDate(2027, 3, 1), 3);
    const auto standing = ReadinessQueries(m_fixture->db.connection()).standing(pilot);
    QVERIFY(standing && standing->latest);
    QCOMPARE(standing->latest->id, second);
    QCOMPARE(standing->readiness.overall, std::optional<int>(3));
    QVERIFY(!standing->readiness.ready);
}

void TestReadinessQueries::levelsDetailLeavesTheWordsOut()
{
    const qint64 pilot = addPilot(QStringLiteral("E-04"), QStringLiteral("Lviv"), QStringLiteral("Heat pumps"));
    assess(pilot, QDate(2027, 5, 1), 4);
    const ReadinessQueries queries(m_fixture->db.connection());
    const auto full = queries.standings({}, ReadinessQueries::Detail::Full);
    const auto levels = queries.standings({}, ReadinessQueries::Detail::Levels);
    QVERIFY(full && levels);
    QCOMPARE(levels->size(), 1);
    const PilotStanding &f = full->first();
    const PilotStanding &l = levels->first();
    QVERIFY(f.latest && l.latest);
    QVERIFY(!f.latest->summary.isEmpty());
    QVERIFY(l.latest->summary.isEmpty());
    QCOMPARE(l.latest->id, f.latest->id);
    // What the figures draw is the same; the rest the figures leave out.
    QCOMPARE(l.pilotId, f.pilotId);
    QCOMPARE(l.title, f.title);
    QCOMPARE(l.cityId, f.cityId);
    QCOMPARE(l.cityName, f.cityName);
    QCOMPARE(l.pairingId, f.pairingId);
    QCOMPARE(l.pairingCode, f.pairingCode);
    QCOMPARE(l.themeId, f.themeId);
    QCOMPARE(f.assessments, 1);
    QCOMPARE(l.assessments, 0); // not counted for the figures
    QCOMPARE(l.readiness.overall, f.readiness.overall);
    QCOMPARE(l.readiness.ready, f.readiness.ready);
    QVERIFY(f.latest->assessedOn.isValid() && !f.countryCode.isEmpty() && !f.themeName.isEmpty());
    QVERIFY(!l.latest->assessedOn.isValid() && l.countryCode.isEmpty() && l.themeName.isEmpty());
    // The same levels; the figures' come in any order, the words' in the order they were written.
    QCOMPARE(l.latest->levels.size(), f.latest->levels.size());
    QCOMPARE(l.latest->levelMap(), f.latest->levelMap());
    QVERIFY(f.latest->levelMap().size() > 1);
    for (qsizetype i = 0; i < f.latest->levels.size(); ++i) {
        QVERIFY(!f.latest->levels.at(i).evidence.isEmpty());
        QVERIFY(l.latest->levels.at(i).evidence.isEmpty());
    }
    QSqlQuery q(m_fixture->db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT dimension FROM readiness_level WHERE assessment_id = %1 ORDER BY id")
                       .arg(f.latest->id)));
    QStringList inOrder;
    while (q.next())
        inOrder << q.value(0).toString();
    QStringList fullOrder;
    for (const DimensionLevel &level : f.latest->levels)
        fullOrder << level.dimension;
    QCOMPARE(fullOrder, inOrder);
    QCOMPARE(l.readiness.overall, f.readiness.overall);
    QCOMPARE(l.readiness.ready, f.readiness.ready);
}

void TestReadinessQueries::filtersByPairingThemeAndCity()
{
    addPilot(QStringLiteral("E-04"), QStringLiteral("Lviv"), QStringLiteral("Heat pumps"));
    addPilot(QStringLiteral("E-04"), QStringLiteral("Ann Arbor"), QStringLiteral("Geothermal loop"));
    const qint64 mobility = addPilot(QStringLiteral("M-03"), QStringLiteral("Kisumu"), QStringLiteral("E-boda charging"));
    QVERIFY(mobility > 0);
    const ReadinessQueries queries(m_fixture->db.connection());
    const auto all = queries.standings();
    QVERIFY(all);
    QCOMPARE(all->size(), 3);
    // By pairing code, then city name.
    QCOMPARE(all->at(0).cityName, QStringLiteral("Ann Arbor"));
    QCOMPARE(all->at(1).cityName, QStringLiteral("Lviv"));
    QCOMPARE(all->at(2).pairingCode, QStringLiteral("M-03"));

    const auto ofPairing = queries.standings(PilotFilter{pairing(QStringLiteral("E-04")), 0, 0});
    QCOMPARE(ofPairing->size(), 2);
    const auto ofTheme = queries.standings(PilotFilter{0, all->at(2).themeId, 0});
    QCOMPARE(ofTheme->size(), 1);
    QCOMPARE(ofTheme->first().pilotId, mobility);
    const auto ofCity = queries.standings(PilotFilter{0, 0, city(QStringLiteral("Lviv"))});
    QCOMPARE(ofCity->size(), 1);
    QCOMPARE(ofCity->first().title, QStringLiteral("Heat pumps"));
}

// Every pilot's levels are found without the filters' joins: the same as pilot by pilot, for
// pilots assessed more than once and for one never assessed.
void TestReadinessQueries::everyPilotReadsTheLevelsAFilterReads()
{
    const qint64 lviv = addPilot(QStringLiteral("E-04"), QStringLiteral("Lviv"), QStringLiteral("Heat pumps"));
    const qint64 annArbor = addPilot(QStringLiteral("E-04"), QStringLiteral("Ann Arbor"), QStringLiteral("Geothermal loop"));
    const qint64 kisumu = addPilot(QStringLiteral("M-03"), QStringLiteral("Kisumu"), QStringLiteral("E-boda charging"));
    QVERIFY(assess(lviv, QDate(2027, 1, 10), 2));
    QVERIFY(assess(lviv, QDate(2027, 2, 10), 4));
    QVERIFY(assess(kisumu, QDate(2027, 1, 20), 3));
    const ReadinessQueries queries(m_fixture->db.connection());
    const auto all = queries.standings();
    QVERIFY2(all, qPrintable(all.error()));
    QCOMPARE(all->size(), 3);
    for (const PilotStanding &s : all.value()) {
        const auto one = queries.standings(PilotFilter{s.pairingId, 0, s.cityId});
        QVERIFY2(one && one->size() == 1, qPrintable(one.error()));
        QCOMPARE(bool(s.latest), bool(one->first().latest));
        if (s.latest) {
            QCOMPARE(s.latest->levelMap(), one->first().latest->levelMap());
            QVERIFY(!s.latest->levels.isEmpty());
        }
        QCOMPARE(s.readiness.overall, one->first().readiness.overall);
    }
    QCOMPARE(queries.standing(lviv)->latest->levels.first().level, 4);
    QVERIFY(!queries.standing(annArbor)->latest);
}

void TestReadinessQueries::historyIsOldestFirstWithSessions()
{
    const qint64 pilot = addPilot(QStringLiteral("E-04"), QStringLiteral("Lviv"), QStringLiteral("Heat pumps"));
    SessionRecord s;
    s.pairingId = pairing(QStringLiteral("E-04"));
    s.kind = QStringLiteral("learning");
    s.startUtc = QDateTime(QDate(2027, 2, 10), QTime(14, 0), QTimeZone::utc());
    const auto session = m_fixture->editor().addSession(s);
    QVERIFY2(session, qPrintable(session.error()));
    assess(pilot, QDate(2027, 6, 1), 3);
    assess(pilot, QDate(), 1, session.value()); // takes the session's date
    const auto history = ReadinessQueries(m_fixture->db.connection()).history(pilot);
    QVERIFY2(history, qPrintable(history.error()));
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).assessment.assessedOn, QDate(2027, 2, 10));
    QCOMPARE(history->at(0).sessionSequence, 1);
    QCOMPARE(history->at(0).sessionKind, QStringLiteral("learning"));
    QCOMPARE(history->at(0).readiness.overall, std::optional<int>(1));
    QCOMPARE(history->at(1).sessionSequence, 0);
    QCOMPARE(history->at(1).readiness.overall, std::optional<int>(3));
}

void TestReadinessQueries::assessingAgainKeepsHistory()
{
    const qint64 pilot = addPilot(QStringLiteral("E-04"), QStringLiteral("Lviv"), QStringLiteral("Heat pumps"));
    const qint64 first = assess(pilot, QDate(2027, 1, 5), 1);
    assess(pilot, QDate(2027, 5, 5), 2);
    assess(pilot, QDate(2027, 9, 5), 4);
    const auto history = ReadinessQueries(m_fixture->db.connection()).history(pilot);
    QCOMPARE(history->size(), 3);
    QCOMPARE(history->first().assessment.id, first);
    QCOMPARE(history->first().assessment.levelOf(QStringLiteral("need")), std::optional<int>(1));
    QCOMPARE(m_fixture->db.scalar(QStringLiteral("SELECT count(*) FROM readiness_level")).toInt(), 18);
    m_fixture->undoStack.undo();
    QCOMPARE(ReadinessQueries(m_fixture->db.connection()).history(pilot)->size(), 2);
}

// Hundreds of pilots, each read with the levels of its own latest assessment, whole or filtered.
void TestReadinessQueries::standingsAreByPairingCityAndPilot()
{
    // Added out of order: the pairing, then the city decide (a city has one pilot in a pairing).
    const qint64 kisumu = addPilot(QStringLiteral("M-03"), QStringLiteral("Kisumu"), QStringLiteral("E-boda charging"));
    const qint64 lviv = addPilot(QStringLiteral("E-04"), QStringLiteral("Lviv"), QStringLiteral("Heat pumps"));
    const qint64 annArbor = addPilot(QStringLiteral("E-04"), QStringLiteral("Ann Arbor"), QStringLiteral("Geothermal loop"));
    QVERIFY(assess(lviv, QDate(2027, 1, 10), 3));
    const QList<qint64> expected{annArbor, lviv, kisumu};
    for (const auto detail : {ReadinessQueries::Detail::Full, ReadinessQueries::Detail::Levels}) {
        const auto standings = ReadinessQueries(m_fixture->db.connection()).standings({}, detail);
        QVERIFY2(standings, qPrintable(standings.error()));
        QList<qint64> ids;
        for (const PilotStanding &s : standings.value())
            ids << s.pilotId;
        QCOMPARE(ids, expected);
        QCOMPARE(standings->at(1).latest.has_value(), true);
        QCOMPARE(standings->at(1).latest->levels.size(), Rubric::shipped().dimensions().size());
    }
}

void TestReadinessQueries::filteredReadsUseTheIndexes()
{
    const qint64 lviv = addPilot(QStringLiteral("E-04"), QStringLiteral("Lviv"), QStringLiteral("Heat pumps"));
    const QList<std::pair<PilotFilter, qint64>> filters{
        {PilotFilter{}, lviv},
        {PilotFilter{pairing(QStringLiteral("E-04")), 0, 0}, 0},
        {PilotFilter{0, 0, city(QStringLiteral("Lviv"))}, 0},
    };
    for (const auto &[filter, pilotId] : filters) {
        for (const BoundStatement &statement : ReadinessQueries::standingsStatements(filter, pilotId)) {
            const QStringList steps = planSteps(m_fixture->db.connection(), statement);
            QVERIFY(steps.size() > 1);
            for (const QString &step : steps)
                QVERIFY2(!step.startsWith(QLatin1String("SCAN ")) && !step.startsWith(QLatin1String("error")),
                         qPrintable(step + QStringLiteral(" in ") + statement.sql));
        }
    }
}

void TestReadinessQueries::figuresLevelsComeFromTheIndexAlone()
{
    // Schema 9: the dashboard's levels are read from readiness_level_levels_idx, never their rows.
    for (const PilotFilter &filter : {PilotFilter{}, PilotFilter{pairing(QStringLiteral("E-04")), 0, 0}}) {
        const BoundStatement levels = ReadinessQueries::standingsStatements(filter, 0, ReadinessQueries::Detail::Levels).at(1);
        const QStringList steps = planSteps(m_fixture->db.connection(), levels);
        QVERIFY2(steps.contains(QStringLiteral("SEARCH l USING COVERING INDEX readiness_level_levels_idx (assessment_id=?)")),
                 qPrintable(steps.join(u'\n')));
    }
}

void TestReadinessQueries::manyPilotsEachWithItsOwnLevels()
{
    QSqlDatabase db = m_fixture->db.connection();
    QVERIFY(db.transaction());
    QSqlQuery q(db);
    const QString now = m_fixture->db.clock().nowIso();
    // 600 extra pairings of Lviv and Ann Arbor, each with a pilot for Lviv assessed once.
    const qint64 lviv = city(QStringLiteral("Lviv"));
    const qint64 annArbor = city(QStringLiteral("Ann Arbor"));
    const qint64 theme = m_fixture->db.scalar(QStringLiteral("SELECT min(id) FROM theme")).toLongLong();
    for (int i = 0; i < 600; ++i) {
        q.prepare(QStringLiteral("INSERT INTO pairing (uuid, code, theme_id, challenge, created_at, updated_at)"
                                 " VALUES (?, ?, ?, 'c', ?, ?)"));
        q.addBindValue(QUuid::createUuid().toString());
        q.addBindValue(QStringLiteral("X-%1").arg(i, 4, 10, QLatin1Char('0')));
        q.addBindValue(theme);
        q.addBindValue(now);
        q.addBindValue(now);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        const qint64 pairingId = q.lastInsertId().toLongLong();
        for (qint64 c : {lviv, annArbor}) {
            q.prepare(QStringLiteral("INSERT INTO pairing_city (pairing_id, city_id, position) VALUES (?, ?, ?)"));
            q.addBindValue(pairingId);
            q.addBindValue(c);
            q.addBindValue(c == lviv ? 0 : 1);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        q.prepare(QStringLiteral("INSERT INTO pilot (uuid, pairing_id, city_id, title, created_at, updated_at)"
                                 " VALUES (?, ?, ?, 'p', ?, ?)"));
        q.addBindValue(QUuid::createUuid().toString());
        q.addBindValue(pairingId);
        q.addBindValue(lviv);
        q.addBindValue(now);
        q.addBindValue(now);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        const qint64 pilotId = q.lastInsertId().toLongLong();
        q.prepare(QStringLiteral("INSERT INTO readiness_assessment (uuid, pilot_id, assessed_on, created_at, updated_at)"
                                 " VALUES (?, ?, '2027-01-01', ?, ?)"));
        q.addBindValue(QUuid::createUuid().toString());
        q.addBindValue(pilotId);
        q.addBindValue(now);
        q.addBindValue(now);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        const QVariant assessmentId = q.lastInsertId();
        q.prepare(QStringLiteral("INSERT INTO readiness_level (assessment_id, dimension, level) VALUES (?, 'need', ?)"));
        q.addBindValue(assessmentId);
        q.addBindValue(1 + i % 5);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QVERIFY(db.commit());
    const auto all = ReadinessQueries(db).standings();
    QVERIFY2(all, qPrintable(all.error()));
    QCOMPARE(all->size(), 600);
    for (int i = 0; i < all->size(); ++i) {
        const PilotStanding &s = all->at(i);
        QCOMPARE(s.pairingCode, QStringLiteral("X-%1").arg(i, 4, 10, QLatin1Char('0')));
        QVERIFY(s.latest);
        QCOMPARE(s.latest->levelOf(QStringLiteral("need")), std::optional<int>(1 + i % 5));
        QCOMPARE(s.readiness.missing.size(), 5);
    }
    const auto one = ReadinessQueries(db).standings(PilotFilter{all->at(417).pairingId, 0, 0});
    QVERIFY2(one, qPrintable(one.error()));
    QCOMPARE(one->size(), 1);
    QCOMPARE(one->first().latest->levels.size(), 1);
    QCOMPARE(one->first().latest->levelOf(QStringLiteral("need")), std::optional<int>(1 + 417 % 5));
}

void TestReadinessQueries::plansByPilotInOrder()
{
    const qint64 lviv = addPilot(QStringLiteral("E-04"), QStringLiteral("Lviv"), QStringLiteral("Heat pumps"));
    const qint64 kisumu = addPilot(QStringLiteral("M-03"), QStringLiteral("Kisumu"), QStringLiteral("E-boda charging"));
    const auto add = [this](qint64 pilot, const QString &title, std::optional<double> cost) {
        PlanActionRecord a;
        a.pilotId = pilot;
        a.title = title;
        a.costAmount = cost;
        a.costCurrency = cost ? QStringLiteral("eur") : QString();
        a.startDate = QDate(2027, 9, 1);
        a.endDate = QDate(2027, 12, 1);
        a.responsible = QStringLiteral("Energy department");
        a.indicator = QStringLiteral("MWh delivered");
        const auto id = m_fixture->editor().addPlanAction(a);
        QVERIFY2(id, qPrintable(id.error()));
    };
    add(lviv, QStringLiteral("Feasibility study"), 40000);
    add(lviv, QStringLiteral("Tender"), std::nullopt);
    add(kisumu, QStringLiteral("Charging map"), 1500.5);
    const ReadinessQueries queries(m_fixture->db.connection());
    const auto all = queries.plans();
    QVERIFY2(all, qPrintable(all.error()));
    QCOMPARE(all->size(), 2);
    const QList<PlanActionRecord> plan = all->value(lviv);
    QCOMPARE(plan.size(), 2);
    QCOMPARE(plan.at(0).title, QStringLiteral("Feasibility study"));
    QCOMPARE(plan.at(0).position, 0);
    QCOMPARE(plan.at(0).costCurrency, QStringLiteral("EUR"));
    QCOMPARE(plan.at(0).costAmount, std::optional<double>(40000));
    QCOMPARE(plan.at(0).endDate, QDate(2027, 12, 1));
    QCOMPARE(plan.at(1).title, QStringLiteral("Tender"));
    QCOMPARE(plan.at(1).position, 1);
    QVERIFY(!plan.at(1).costAmount);
    QVERIFY(m_fixture->editor().movePlanAction(plan.at(1).id, -1));
    QCOMPARE(queries.plans()->value(lviv).first().title, QStringLiteral("Tender"));
    m_fixture->undoStack.undo();
    QCOMPARE(queries.plans()->value(lviv).first().title, QStringLiteral("Feasibility study"));
    const auto ofPairing = queries.plans(PilotFilter{pairing(QStringLiteral("M-03")), 0, 0});
    QCOMPARE(ofPairing->size(), 1);
    QCOMPARE(ofPairing->value(kisumu).first().costAmount, std::optional<double>(1500.5));
}

QTEST_GUILESS_MAIN(TestReadinessQueries)
#include "tst_readinessqueries.moc"
