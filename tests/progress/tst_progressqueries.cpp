// The dashboards' and the report's figures, computed from a known database: sessions held vs
// planned, the stage each pairing has reached, action items open / done / overdue, participants,
// pilots by readiness, for the programme, a theme and one pairing. Today is the test clock's
// date, 2027-03-20, in the first quarter of 2027.
#include "EditorFixture.h"
#include "QueryPlan.h"
#include "edit/ChangeNotifier.h"
#include "edit/Editor.h"
#include "progress/ProgressQueries.h"
#include "database/Database.h"
#include "generate/SyntheticProgramme.h"
#include "progress/ProgressSnapshot.h"
#include "store/NameLookup.h"
#include "store/PairingStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

namespace {
const QDate Today(2027, 3, 20);

QDateTime utc(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(14, 0), QTimeZone::utc());
}
} // namespace

class TestProgressQueries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void stageFollowsHeldSessions();
    void programmeTotals();
    void pairingRows();
    void stagesAndReadinessByTheme();
    void themeScope();
    void pairingScopeAndDashboard();
    void scopedReadsUseTheIndexes();
    void unknownPairingIsAnError();
    void emptyProgrammeHasZeroes();
    void pilotsReadBesideAreThoseReadAlone();
    void countedAsSqlCountsThem();
    void aTransactionsOwnChangesAreCounted();

private:
    qint64 pairing(const QString &code) const;
    qint64 city(const QString &name) const;
    qint64 session(const QString &code, const QString &kind, const QString &status, const QDateTime &start);
    void action(qint64 session, const QString &status, const QDate &due);
    qint64 pilot(const QString &code, const QString &cityName);
    void assess(qint64 pilot, int level, int resources);
    const PairingProgress *row(const ProgrammeProgress &p, const QString &code) const;

    std::unique_ptr<EditorFixture> m_fixture;
};

qint64 TestProgressQueries::pairing(const QString &code) const
{
    return PairingStore(m_fixture->db.connection(), m_fixture->db.clock()).resolve(code).value_or(0);
}

qint64 TestProgressQueries::city(const QString &name) const
{
    return NameLookup::city(m_fixture->db.connection(), name).value_or(0);
}

qint64 TestProgressQueries::session(const QString &code, const QString &kind, const QString &status,
                                    const QDateTime &start)
{
    SessionRecord s;
    s.pairingId = pairing(code);
    s.kind = kind;
    s.status = status;
    s.startUtc = start;
    const auto id = m_fixture->editor().addSession(s);
    if (!id)
        qWarning("%s", qPrintable(id.error()));
    return id.value_or(0);
}

void TestProgressQueries::action(qint64 session, const QString &status, const QDate &due)
{
    ActionItemRecord a;
    a.sessionId = session;
    a.description = QStringLiteral("Follow up (%1)").arg(status);
    a.status = status;
    a.dueDate = due;
    const auto id = m_fixture->editor().addAction(a);
    if (!id)
        qWarning("%s", qPrintable(id.error()));
}

qint64 TestProgressQueries::pilot(const QString &code, const QString &cityName)
{
    PilotRecord p;
    p.pairingId = pairing(code);
    p.cityId = city(cityName);
    p.title = QStringLiteral("Pilot of ") + cityName;
    return m_fixture->editor().addPilot(p).value_or(0);
}

void TestProgressQueries::assess(qint64 pilot, int level, int resources)
{
    AssessmentRecord a;
    a.pilotId = pilot;
    a.assessedOn = QDate(2027, 3, 10);
    for (const RubricDimension &d : Rubric::shipped().dimensions())
        a.levels << DimensionLevel{d.id, d.id == QLatin1String("resources") ? resources : level, QString()};
    QVERIFY2(m_fixture->editor().addAssessment(a), "assessment refused");
}

const PairingProgress *TestProgressQueries::row(const ProgrammeProgress &p, const QString &code) const
{
    for (const PairingProgress &r : p.pairings) {
        if (r.code == code)
            return &r;
    }
    return nullptr;
}

void TestProgressQueries::initTestCase()
{
    m_fixture = std::make_unique<EditorFixture>();
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));

    // E-04: two held (both this quarter), one scheduled, one cancelled.
    const qint64 e4s1 = session(QStringLiteral("E-04"), QStringLiteral("matchmaking"), QStringLiteral("held"), utc(2027, 1, 15));
    const qint64 e4s2 = session(QStringLiteral("E-04"), QStringLiteral("sharing"), QStringLiteral("held"), utc(2027, 3, 10));
    session(QStringLiteral("E-04"), QStringLiteral("learning"), QStringLiteral("scheduled"), utc(2027, 6, 10));
    session(QStringLiteral("E-04"), QStringLiteral("showcasing"), QStringLiteral("cancelled"), utc(2027, 9, 10));
    // E-06: the whole cycle held, one of them this quarter.
    const qint64 e6s1 = session(QStringLiteral("E-06"), QStringLiteral("matchmaking"), QStringLiteral("held"), utc(2026, 5, 4));
    session(QStringLiteral("E-06"), QStringLiteral("sharing"), QStringLiteral("held"), utc(2026, 8, 4));
    session(QStringLiteral("E-06"), QStringLiteral("learning"), QStringLiteral("held"), utc(2026, 11, 4));
    session(QStringLiteral("E-06"), QStringLiteral("showcasing"), QStringLiteral("held"), utc(2027, 2, 1));

    action(e4s1, QStringLiteral("open"), QDate(2027, 3, 1));         // overdue
    action(e4s1, QStringLiteral("in_progress"), QDate(2027, 4, 1));  // open, not overdue
    action(e4s1, QStringLiteral("done"), QDate(2027, 2, 1));         // done (late but done)
    action(e4s2, QStringLiteral("dropped"), QDate(2027, 1, 1));      // neither
    action(e6s1, QStringLiteral("open"), QDate(2027, 1, 1));         // overdue
    action(e6s1, QStringLiteral("open"), QDate());                   // open, no due date

    PersonRecord olena;
    olena.name = QStringLiteral("Olena");
    PersonRecord ana;
    ana.name = QStringLiteral("Ana");
    PersonRecord absent;
    absent.name = QStringLiteral("Ömer");
    const qint64 o = m_fixture->editor().addPerson(olena).value_or(0);
    const qint64 a = m_fixture->editor().addPerson(ana).value_or(0);
    const qint64 x = m_fixture->editor().addPerson(absent).value_or(0);
    QVERIFY(m_fixture->editor().setAttendance({e4s1, o, QStringLiteral("present")}));
    QVERIFY(m_fixture->editor().setAttendance({e4s2, o, QStringLiteral("present")}));
    QVERIFY(m_fixture->editor().setAttendance({e6s1, a, QStringLiteral("present")}));
    QVERIFY(m_fixture->editor().setAttendance({e6s1, x, QStringLiteral("absent")}));

    assess(pilot(QStringLiteral("E-04"), QStringLiteral("Lviv")), 4, 5);      // ready, overall 4
    assess(pilot(QStringLiteral("E-04"), QStringLiteral("Ann Arbor")), 4, 2); // overall 2
    QVERIFY(pilot(QStringLiteral("E-06"), QStringLiteral("Braga")) > 0);      // not assessed
}

void TestProgressQueries::cleanupTestCase()
{
    m_fixture.reset();
}

void TestProgressQueries::stageFollowsHeldSessions()
{
    QCOMPARE(ProgressQueries::stageOf({}), QStringLiteral("not_started"));
    QCOMPARE(ProgressQueries::stageOf({"matchmaking", "knowledge_exchange"}), QStringLiteral("matchmaking"));
    QCOMPARE(ProgressQueries::stageOf({"learning", "sharing"}), QStringLiteral("learning"));
    // Study visits and other sessions come on top of the cycle: they do not complete it.
    QCOMPARE(ProgressQueries::stageOf({"other", "knowledge_exchange", "other", "knowledge_exchange"}),
             QStringLiteral("not_started"));
    QCOMPARE(ProgressQueries::stageOf({"matchmaking", "sharing", "knowledge_exchange", "learning"}),
             QStringLiteral("learning"));
    QCOMPARE(ProgressQueries::stageOf({"matchmaking", "sharing", "learning", "knowledge_exchange", "showcasing"}),
             QStringLiteral("piloting"));
    QCOMPARE(ProgressQueries::stageOf({"matchmaking", "sharing", "sharing", "learning"}), QStringLiteral("piloting"));
    QCOMPARE(ProgressQueries::stageKeys().size(), 6);
    QCOMPARE(ProgressQueries::stageName(QStringLiteral("not_started")), QStringLiteral("Not started"));
}

void TestProgressQueries::programmeTotals()
{
    const auto p = ProgressQueries(m_fixture->db.connection(), Today).programme();
    QVERIFY2(p, qPrintable(p.error()));
    QCOMPARE(p->asOf, Today);
    QCOMPARE(p->quarterStart, QDate(2027, 1, 1));
    QCOMPARE(p->quarterEnd, QDate(2027, 3, 31));
    QCOMPARE(p->scopeLabel, QStringLiteral("Programme"));
    const ProgressIndicators &t = p->totals;
    QCOMPARE(t.pairings, 19);
    QCOMPARE(t.cities, m_fixture->db.scalar(QStringLiteral("SELECT count(DISTINCT city_id) FROM pairing_city")).toInt());
    QCOMPARE(t.countries, m_fixture->db.scalar(QStringLiteral(
        "SELECT count(DISTINCT c.country_id) FROM pairing_city pc JOIN city c ON c.id = pc.city_id")).toInt());
    QCOMPARE(t.sessionsPlanned, 7);
    QCOMPARE(t.sessionsHeld, 6);
    QCOMPARE(p->sessionsHeldThisQuarter, 3);
    QCOMPARE(t.participants, 2);
    QCOMPARE(t.actions, 6);
    QCOMPARE(t.actionsDone, 1);
    QCOMPARE(t.actionsOpen, 4);
    QCOMPARE(t.actionsOverdue, 2);
    QCOMPARE(t.pilots, 3);
    QCOMPARE(t.pilotsAssessed, 2);
    QCOMPARE(t.pilotsReady, 1);
    QCOMPARE(t.pilotsByOverall, (QMap<int, int>{{2, 1}, {4, 1}}));
    QCOMPARE(p->pilots.size(), 3);
}

void TestProgressQueries::pairingRows()
{
    const auto p = ProgressQueries(m_fixture->db.connection(), Today).programme();
    QVERIFY(p);
    const PairingProgress *e4 = row(p.value(), QStringLiteral("E-04"));
    QVERIFY(e4);
    QCOMPARE(e4->cities, (QStringList{"Ann Arbor (US)", "Lviv (UA)"}));
    QCOMPARE(e4->stage, QStringLiteral("sharing"));
    QCOMPARE(e4->sessionsPlanned, 3);
    QCOMPARE(e4->sessionsHeld, 2);
    QCOMPARE(e4->actionsOpen, 2);
    QCOMPARE(e4->actionsDone, 1);
    QCOMPARE(e4->actionsOverdue, 1);
    QCOMPARE(e4->pilots, 2);
    QCOMPARE(e4->pilotsReady, 1);
    QCOMPARE(e4->lowestReadiness, std::optional<int>(2));

    const PairingProgress *e6 = row(p.value(), QStringLiteral("E-06"));
    QCOMPARE(e6->stage, QStringLiteral("piloting"));
    QCOMPARE(e6->sessionsHeld, 4);
    QCOMPARE(e6->actionsOpen, 2);
    QCOMPARE(e6->actionsOverdue, 1);
    QCOMPARE(e6->pilots, 1);
    QVERIFY(!e6->lowestReadiness);

    const PairingProgress *m3 = row(p.value(), QStringLiteral("M-03"));
    QCOMPARE(m3->stage, QStringLiteral("not_started"));
    QCOMPARE(m3->sessionsPlanned, 0);
    // By code.
    for (int i = 1; i < p->pairings.size(); ++i)
        QVERIFY(p->pairings.at(i - 1).code < p->pairings.at(i).code);
}

void TestProgressQueries::stagesAndReadinessByTheme()
{
    const auto p = ProgressQueries(m_fixture->db.connection(), Today).programme();
    QVERIFY(p);
    QCOMPARE(p->stagesByTheme.size(), 4);
    QCOMPARE(p->stagesByTheme.first().themeCode, QStringLiteral("E"));
    QCOMPARE(p->stagesByTheme.first().byStage,
             (QMap<QString, int>{{"not_started", 4}, {"sharing", 1}, {"piloting", 1}}));
    int pairings = 0;
    for (const ThemeStages &t : p->stagesByTheme) {
        for (int n : t.byStage)
            pairings += n;
    }
    QCOMPARE(pairings, 19);
    const ThemeReadiness &energy = p->readinessByTheme.first();
    QCOMPARE(energy.byOverall, (QMap<int, int>{{2, 1}, {4, 1}}));
    QCOMPARE(energy.notAssessed, 1);
    QCOMPARE(energy.ready, 1);
    QCOMPARE(p->readinessByTheme.last().themeCode, QStringLiteral("M"));
    QVERIFY(p->readinessByTheme.last().byOverall.isEmpty());
}

void TestProgressQueries::themeScope()
{
    const qint64 energy = m_fixture->db.scalar(QStringLiteral("SELECT id FROM theme WHERE code = 'E'")).toLongLong();
    const auto p = ProgressQueries(m_fixture->db.connection(), Today).programme(ProgressScope{energy, 0});
    QVERIFY2(p, qPrintable(p.error()));
    QCOMPARE(p->scopeLabel, QStringLiteral("Energy & Infrastructure"));
    QCOMPARE(p->totals.pairings, 6);
    QCOMPARE(p->totals.cities, 17);
    QCOMPARE(p->stagesByTheme.size(), 1);
    QCOMPARE(p->totals.sessionsHeld, 6);
    QCOMPARE(p->totals.pilots, 3);

    const qint64 mobility = m_fixture->db.scalar(QStringLiteral("SELECT id FROM theme WHERE code = 'M'")).toLongLong();
    const auto m = ProgressQueries(m_fixture->db.connection(), Today).programme(ProgressScope{mobility, 0});
    QCOMPARE(m->totals.pairings, 4);
    QCOMPARE(m->totals.sessionsPlanned, 0);
    QCOMPARE(m->totals.participants, 0);
    QCOMPARE(m->totals.pilots, 0);
}

void TestProgressQueries::pairingScopeAndDashboard()
{
    const qint64 id = pairing(QStringLiteral("E-04"));
    const ProgressQueries queries(m_fixture->db.connection(), Today);
    const auto p = queries.programme(ProgressScope{0, id});
    QVERIFY(p);
    QCOMPARE(p->scopeLabel, QStringLiteral("E-04"));
    QCOMPARE(p->totals.pairings, 1);
    QCOMPARE(p->totals.cities, 2);
    QCOMPARE(p->totals.countries, 2);
    QCOMPARE(p->totals.actions, 4);
    QCOMPARE(p->totals.participants, 1);

    const auto d = queries.pairing(id);
    QVERIFY2(d, qPrintable(d.error()));
    QCOMPARE(d->progress.code, QStringLiteral("E-04"));
    QCOMPARE(d->sessions.size(), 4);
    QCOMPARE(d->sessions.at(0).sequence, 1);
    QCOMPARE(d->sessions.at(0).status, QStringLiteral("held"));
    QCOMPARE(d->sessions.at(3).status, QStringLiteral("cancelled"));
    QCOMPARE(d->sessions.at(2).startUtc, utc(2027, 6, 10));
    QCOMPARE(d->pilots.size(), 2);
}

// A pairing's figures, or a theme's, are found from the indexes: no statement walks a table of
// the programme (one pairing's participants once walked every attendance), and every bound
// value is one its statement names.
void TestProgressQueries::scopedReadsUseTheIndexes()
{
    const qint64 energy = m_fixture->db.scalar(QStringLiteral("SELECT id FROM theme WHERE code = 'E'")).toLongLong();
    const QList<std::pair<ProgressScope, QStringList>> scopes{
        {ProgressScope{0, pairing(QStringLiteral("E-04"))}, {}},
        // A theme's pairings are a quarter of the programme: reading them through pairing is right.
        {ProgressScope{energy, 0}, {QStringLiteral("SCAN p"), QStringLiteral("SCAN pr")}},
    };
    for (const auto &[scope, allowed] : scopes) {
        // The figures' six statements and the pilots' two.
        const QList<BoundStatement> statements = ProgressQueries::statements(scope);
        QCOMPARE(statements.size(), 8);
        for (const BoundStatement &statement : statements) {
            for (const auto &value : statement.values)
                QVERIFY2(statement.sql.contains(value.first), qPrintable(value.first + u' ' + statement.sql));
            for (const QString &step : planSteps(m_fixture->db.connection(), statement)) {
                QVERIFY2(!step.startsWith(QLatin1String("error")), qPrintable(step));
                if (!step.startsWith(QLatin1String("SCAN ")) || allowed.contains(step.section(u' ', 0, 1)))
                    continue;
                // The themes are four rows; everything else is searched.
                QVERIFY2(step.startsWith(QLatin1String("SCAN t")), qPrintable(step + QStringLiteral(" in ") + statement.sql));
            }
        }
    }
}

void TestProgressQueries::unknownPairingIsAnError()
{
    const auto d = ProgressQueries(m_fixture->db.connection(), Today).pairing(999999);
    QVERIFY(!d);
    QVERIFY(d.error().contains(QLatin1String("no longer exists")));
}

void TestProgressQueries::emptyProgrammeHasZeroes()
{
    TestDatabase empty(false);
    QVERIFY(empty.ok());
    const auto p = ProgressQueries(empty.connection(), Today).programme();
    QVERIFY2(p, qPrintable(p.error()));
    QCOMPARE(p->totals.pairings, 0);
    QCOMPARE(p->totals.pilots, 0);
    QVERIFY(p->pairings.isEmpty());
}

// Outside a transaction, the pilots of a programme or a theme are read on a second connection
// beside the rest; inside one, on the caller's (the test below): the figures are the same.
void TestProgressQueries::pilotsReadBesideAreThoseReadAlone()
{
    QSqlDatabase db = m_fixture->db.connection();
    const qint64 energy = m_fixture->db.scalar(QStringLiteral("SELECT id FROM theme WHERE code = 'E'")).toLongLong();
    for (const ProgressScope &scope : {ProgressScope{}, ProgressScope{energy, 0}}) {
        const quint64 before = ProgressQueries::pilotsReadBeside();
        const auto beside = ProgressQueries(db, Today).programme(scope);
        QCOMPARE(ProgressQueries::pilotsReadBeside(), before + 1);
        QVERIFY(db.transaction());
        const auto alone = ProgressQueries(db, Today).programme(scope);
        QVERIFY(db.rollback());
        QCOMPARE(ProgressQueries::pilotsReadBeside(), before + 1);
        QVERIFY2(beside, qPrintable(beside.error()));
        QVERIFY2(alone, qPrintable(alone.error()));
        QVERIFY(beside->totals.pilots > 0);
        QCOMPARE(beside->pilots.size(), alone->pilots.size());
        QCOMPARE(ProgressSnapshot::serialized(beside.value()), ProgressSnapshot::serialized(alone.value()));
    }
}

// A transaction's own changes are seen by its connection alone: the pilots are then read there.
void TestProgressQueries::aTransactionsOwnChangesAreCounted()
{
    QSqlDatabase db = m_fixture->db.connection();
    // One pairing's pilots are read on the caller's connection, too.
    const quint64 before = ProgressQueries::pilotsReadBeside();
    QVERIFY(ProgressQueries(db, Today).pairing(pairing(QStringLiteral("E-04"))));
    QCOMPARE(ProgressQueries::pilotsReadBeside(), before);
    QVERIFY(db.transaction());
    QSqlQuery q(db);
    QVERIFY2(q.exec(QStringLiteral("DELETE FROM readiness_assessment")), qPrintable(q.lastError().text()));
    const auto during = ProgressQueries(db, Today).programme();
    QVERIFY(db.rollback());
    QVERIFY2(during, qPrintable(during.error()));
    QCOMPARE(during->totals.pilots, 3);
    QCOMPARE(during->totals.pilotsAssessed, 0);
    QCOMPARE(during->totals.pilotsReady, 0);
    const auto after = ProgressQueries(db, Today).programme();
    QVERIFY(after);
    QCOMPARE(after->totals.pilotsAssessed, 2);
}

// programme() counts each pairing's members, sessions and action items from their rows in C++;
// here SQL counts them itself, on a generated programme (held, cancelled and future sessions,
// items done, dropped and overdue, several member cities), for the programme, a theme and a
// pairing within its theme. Its pilots come in their order (ranked, then moved in place).
void TestProgressQueries::countedAsSqlCountsThem()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("generated.c2c"));
    const auto generated = SyntheticProgramme::generate(path, {40, 3});
    QVERIFY2(generated, qPrintable(generated.error()));
    auto opened = Database::open(path);
    QVERIFY2(opened, qPrintable(opened.error()));
    QSqlDatabase db = opened.value()->connection();
    const QDate today = SyntheticProgramme::referenceDate();
    const QDate quarterStart = ProgressQueries::quarterStart(today);
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT theme_id, max(id) FROM pairing GROUP BY theme_id ORDER BY theme_id LIMIT 1")));
    QVERIFY(q.next());
    const qint64 theme = q.value(0).toLongLong();
    const qint64 pairingOfTheme = q.value(1).toLongLong();

    // The whole programme, a theme, and one pairing within its theme (as ProgressUpdate reads it).
    for (const ProgressScope &scope : {ProgressScope{}, ProgressScope{theme, 0}, ProgressScope{theme, pairingOfTheme}}) {
        const auto progress = ProgressQueries(db, today).programme(scope);
        QVERIFY2(progress, qPrintable(progress.error()));
        QVERIFY(progress->pairings.size() > (scope.pairingId ? 0 : scope.themeId ? 5 : 40));
        QVERIFY(std::is_sorted(progress->pilots.cbegin(), progress->pilots.cend(), ReadinessQueries::inStandingOrder));
        QVERIFY(scope.pairingId || progress->pilots.size() > 20);
        int overdue = 0;
        for (const PairingProgress &p : progress->pairings) {
            QVERIFY(q.prepare(QStringLiteral("SELECT c.name || ' (' || co.code || ')' FROM pairing_city pc"
                                             " JOIN city c ON c.id = pc.city_id JOIN country co ON co.id = c.country_id"
                                             " WHERE pc.pairing_id = :id ORDER BY pc.position, pc.id")));
            q.bindValue(QStringLiteral(":id"), p.pairingId);
            QVERIFY(q.exec());
            QStringList members;
            while (q.next())
                members << q.value(0).toString();
            QVERIFY(!members.isEmpty());
            QCOMPARE(p.cities, members);
            QVERIFY(q.prepare(QStringLiteral(
                "SELECT (SELECT count(*) FROM session WHERE pairing_id = :id AND status <> 'cancelled'),"
                " (SELECT count(*) FROM session WHERE pairing_id = :id AND status = 'held'),"
                " (SELECT count(*) FROM session WHERE pairing_id = :id AND status = 'held'"
                "   AND substr(start_utc, 1, 10) BETWEEN :from AND :to),"
                " (SELECT group_concat(kind, '|') FROM session WHERE pairing_id = :id AND status = 'held'),"
                " count(a.id), coalesce(sum(a.status = 'done'), 0),"
                " coalesce(sum(a.status IN ('open', 'in_progress')), 0),"
                " coalesce(sum(a.status IN ('open', 'in_progress') AND a.due_date < :today), 0)"
                " FROM session s JOIN action_item a ON a.session_id = s.id WHERE s.pairing_id = :id")));
            q.bindValue(QStringLiteral(":id"), p.pairingId);
            q.bindValue(QStringLiteral(":from"), quarterStart.toString(Qt::ISODate));
            q.bindValue(QStringLiteral(":to"), quarterStart.addMonths(3).addDays(-1).toString(Qt::ISODate));
            q.bindValue(QStringLiteral(":today"), today.toString(Qt::ISODate));
            QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
            QCOMPARE(p.sessionsPlanned, q.value(0).toInt());
            QCOMPARE(p.sessionsHeld, q.value(1).toInt());
            QCOMPARE(p.sessionsHeldThisQuarter, q.value(2).toInt());
            QCOMPARE(p.stage, ProgressQueries::stageOf(q.value(3).toString().split(u'|', Qt::SkipEmptyParts)));
            QCOMPARE(p.actions, q.value(4).toInt());
            QCOMPARE(p.actionsDone, q.value(5).toInt());
            QCOMPARE(p.actionsOpen, q.value(6).toInt());
            QCOMPARE(p.actionsOverdue, q.value(7).toInt());
            overdue += p.actionsOverdue;
        }
        QVERIFY2(scope.pairingId || overdue > 0, "the generated programme has overdue items");
        QVERIFY(q.prepare(QStringLiteral("SELECT count(DISTINCT pc.city_id), count(DISTINCT c.country_id) FROM pairing_city pc"
                                         " JOIN pairing p ON p.id = pc.pairing_id JOIN city c ON c.id = pc.city_id"
                                         " WHERE (:theme = 0 OR p.theme_id = :theme) AND (:pairing = 0 OR p.id = :pairing)")));
        q.bindValue(QStringLiteral(":theme"), scope.themeId);
        q.bindValue(QStringLiteral(":pairing"), scope.pairingId);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(progress->totals.cities, q.value(0).toInt());
        QCOMPARE(progress->totals.countries, q.value(1).toInt());
    }
}

QTEST_GUILESS_MAIN(TestProgressQueries)
#include "tst_progressqueries.moc"
