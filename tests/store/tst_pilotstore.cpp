// Pilots, their plans and their assessments as the stores write them: every field kept as
// given (quotes and all), validation that names what is wrong and writes nothing, plans in
// order, assessments checked against the rubric and the pilot's pairing, history oldest first.
#include "TestDatabase.h"
#include "store/PairingStore.h"
#include "store/PilotStore.h"
#include "store/SessionStore.h"

#include <QTest>
#include <QTimeZone>

namespace {
const QString Hostile = QStringLiteral("O'Brien's \"heat\" plan'); DROP TABLE pilot; --");
}

class TestPilotStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void pilotRoundTrip();
    void pilotRefusals_data();
    void pilotRefusals();
    void oneCityOnePilotPerPairing();
    void pilotKeepsItsPlace();
    void ofCity();
    void deletingPilotTakesPlanAndAssessments();

    void planActionRoundTripAndOrder();
    void planActionRefusals_data();
    void planActionRefusals();
    void currencyIsUpperCased();

    void assessmentRoundTripInRubricOrder();
    void assessmentRefusals_data();
    void assessmentRefusals();
    void sessionOfAnotherPairingRefused();
    void sessionDateTakenWithoutDate();
    void dateGivenWinsOverSession();
    void historyOldestFirst();
    void updateReplacesLevels();

private:
    qint64 id(const QString &sql, const QVariantList &bindings = {}) const;
    qint64 city(const QString &name) const;
    qint64 pairing(const QString &code) const;
    qint64 session(const QString &code, const QDateTime &start);
    PilotRecord pilot(const QString &code, const QString &cityName, const QString &title) const;
    qint64 addPilot(const QString &code, const QString &cityName, const QString &title);
    int count(const QString &table) const;

    std::unique_ptr<TestDatabase> m_db;
};

void TestPilotStore::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
}

void TestPilotStore::cleanup()
{
    m_db.reset();
}

qint64 TestPilotStore::id(const QString &sql, const QVariantList &bindings) const
{
    return m_db->scalar(sql, bindings).toLongLong();
}

qint64 TestPilotStore::city(const QString &name) const
{
    return id(QStringLiteral("SELECT id FROM city WHERE name = ?"), {name});
}

qint64 TestPilotStore::pairing(const QString &code) const
{
    return PairingStore(m_db->connection(), m_db->clock()).resolve(code).value_or(0);
}

qint64 TestPilotStore::session(const QString &code, const QDateTime &start)
{
    SessionRecord s;
    s.pairingId = pairing(code);
    s.startUtc = start;
    return SessionStore(m_db->connection(), m_db->clock()).insert(s).value_or(0);
}

PilotRecord TestPilotStore::pilot(const QString &code, const QString &cityName,
                                  const QString &title) const
{
    PilotRecord p;
    p.pairingId = pairing(code);
    p.cityId = city(cityName);
    p.title = title;
    return p;
}

qint64 TestPilotStore::addPilot(const QString &code, const QString &cityName, const QString &title)
{
    PilotRecord p = pilot(code, cityName, title);
    return PilotStore(m_db->connection(), m_db->clock()).insert(p).value_or(0);
}

int TestPilotStore::count(const QString &table) const
{
    // Table names come from this file only.
    return m_db->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
}

void TestPilotStore::pilotRoundTrip()
{
    PilotStore store(m_db->connection(), m_db->clock());
    PilotRecord p = pilot(QStringLiteral("E-02"), QStringLiteral("Çorlu"),
                          QStringLiteral("  ") + Hostile + QStringLiteral("  "));
    p.description = QStringLiteral("Line one\nLine \"two\"");
    p.inspiredByCityId = city(QStringLiteral("Zhytomyr"));
    p.inspiredByPractice = QStringLiteral("Energy communities");
    p.academicPartners = QStringLiteral("Tekirdağ Namık Kemal University");
    p.privatePartners = QStringLiteral("O'Neil Solar Ltd.");
    p.otherPartners = QStringLiteral("Residents' association");
    p.expectedStart = QDate(2027, 9, 1);
    const auto inserted = store.insert(p);
    QVERIFY2(inserted, qPrintable(inserted.error()));
    QVERIFY(!p.uuid.isEmpty());
    QCOMPARE(p.createdAt, QStringLiteral("2027-03-20T13:12:00.000Z"));

    const auto fetched = store.fetch(inserted.value());
    QVERIFY(fetched);
    QCOMPARE(fetched->title, Hostile); // trimmed, quotes kept
    QCOMPARE(fetched.value(), p);
    QCOMPARE(fetched->uuid, p.uuid);
    QCOMPARE(count(QStringLiteral("pilot")), 1);
}

void TestPilotStore::pilotRefusals_data()
{
    QTest::addColumn<QString>("cityName");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("inspiredBy");
    QTest::addColumn<QString>("message");
    QTest::newRow("no title") << "Lviv"
                              << "   "
                              << ""
                              << "A pilot needs a title.";
    QTest::newRow("long title") << "Lviv" << QString(201, u'x') << ""
                                << "The pilot's title is too long (at most 200 characters).";
    QTest::newRow("no city") << ""
                             << "Heat"
                             << ""
                             << "A pilot belongs to one city of a pairing: choose both.";
    QTest::newRow("not a member")
        << "València"
        << "Heat"
        << ""
        << "The city is not a member of the pairing, or the inspiring city no longer exists.";
    QTest::newRow("inspired by itself")
        << "Lviv"
        << "Heat"
        << "Lviv"
        << "A pilot is inspired by a peer city, not by its own city.";
}

void TestPilotStore::pilotRefusals()
{
    QFETCH(QString, cityName);
    QFETCH(QString, title);
    QFETCH(QString, inspiredBy);
    QFETCH(QString, message);
    PilotRecord p = pilot(QStringLiteral("E-04"), cityName, title);
    if (!inspiredBy.isEmpty())
        p.inspiredByCityId = city(inspiredBy);
    const auto inserted = PilotStore(m_db->connection(), m_db->clock()).insert(p);
    QVERIFY(!inserted);
    QCOMPARE(inserted.error(), message);
    QCOMPARE(count(QStringLiteral("pilot")), 0);
}

void TestPilotStore::oneCityOnePilotPerPairing()
{
    QVERIFY(addPilot(QStringLiteral("E-04"), QStringLiteral("Lviv"), QStringLiteral("First")) > 0);
    PilotRecord second =
        pilot(QStringLiteral("E-04"), QStringLiteral("Lviv"), QStringLiteral("Second"));
    const auto inserted = PilotStore(m_db->connection(), m_db->clock()).insert(second);
    QVERIFY(!inserted);
    QCOMPARE(inserted.error(), QStringLiteral("This city already has a pilot in this pairing."));
    QCOMPARE(count(QStringLiteral("pilot")), 1);
}

void TestPilotStore::pilotKeepsItsPlace()
{
    const qint64 id =
        addPilot(QStringLiteral("E-04"), QStringLiteral("Lviv"), QStringLiteral("Heat"));
    PilotStore store(m_db->connection(), m_db->clock());
    PilotRecord moved = store.fetch(id).value();
    moved.cityId = city(QStringLiteral("Ann Arbor"));
    const Status s = store.update(moved);
    QVERIFY(!s);
    QCOMPARE(s.error(),
             QStringLiteral(
                 "A pilot stays with its pairing and city; add a pilot for another city instead."));
    QCOMPARE(store.fetch(id)->cityId, city(QStringLiteral("Lviv")));

    PilotRecord gone = store.fetch(id).value();
    QVERIFY(store.remove(id));
    QCOMPARE(store.update(gone).error(), QStringLiteral("The pilot no longer exists."));
    QCOMPARE(store.remove(id).error(), QStringLiteral("The pilot no longer exists."));
}

void TestPilotStore::ofCity()
{
    const qint64 id =
        addPilot(QStringLiteral("E-04"), QStringLiteral("Lviv"), QStringLiteral("Heat"));
    PilotStore store(m_db->connection(), m_db->clock());
    QCOMPARE(store.ofCity(pairing(QStringLiteral("E-04")), city(QStringLiteral("Lviv"))).value(),
             std::optional<qint64>(id));
    QCOMPARE(
        store.ofCity(pairing(QStringLiteral("E-04")), city(QStringLiteral("Ann Arbor"))).value(),
        std::optional<qint64>());
}

void TestPilotStore::deletingPilotTakesPlanAndAssessments()
{
    const qint64 id =
        addPilot(QStringLiteral("E-04"), QStringLiteral("Lviv"), QStringLiteral("Heat"));
    PlanActionRecord a;
    a.pilotId = id;
    a.title = QStringLiteral("Study");
    QVERIFY(PlanActionStore(m_db->connection(), m_db->clock()).insert(a));
    AssessmentRecord r;
    r.pilotId = id;
    r.assessedOn = QDate(2027, 3, 1);
    r.levels = {{QStringLiteral("need"), 2, QString()}};
    QVERIFY(AssessmentStore(m_db->connection(), m_db->clock()).insert(r));
    QCOMPARE(count(QStringLiteral("readiness_level")), 1);
    QVERIFY(PilotStore(m_db->connection(), m_db->clock()).remove(id));
    QCOMPARE(count(QStringLiteral("pilot_plan_action")), 0);
    QCOMPARE(count(QStringLiteral("readiness_assessment")), 0);
    QCOMPARE(count(QStringLiteral("readiness_level")), 0);
}

void TestPilotStore::planActionRoundTripAndOrder()
{
    const qint64 pilotId =
        addPilot(QStringLiteral("E-04"), QStringLiteral("Lviv"), QStringLiteral("Heat"));
    PlanActionStore store(m_db->connection(), m_db->clock());
    PlanActionRecord first;
    first.pilotId = pilotId;
    first.title = Hostile;
    first.startDate = QDate(2027, 4, 1);
    first.endDate = QDate(2027, 7, 31);
    first.responsible = QStringLiteral("Energy Office");
    first.costAmount = 85000.5;
    first.costCurrency = QStringLiteral("UAH");
    first.fundingSource = QStringLiteral("City budget");
    first.indicator = QStringLiteral("Study approved");
    first.risk = QStringLiteral("Consultant \"availability\"");
    QVERIFY(store.insert(first));
    QCOMPARE(first.position, 0); // appended to an empty plan
    PlanActionRecord second;
    second.pilotId = pilotId;
    second.title = QStringLiteral("Workshops");
    QVERIFY(store.insert(second));
    QCOMPARE(second.position, 1);

    const auto plan = store.ofPilot(pilotId);
    QVERIFY(plan);
    QCOMPARE(plan->size(), 2);
    QCOMPARE(plan->at(0), first);
    QCOMPARE(plan->at(1).title, QStringLiteral("Workshops"));
    QVERIFY(!plan->at(1).costAmount);
    QVERIFY(!plan->at(1).startDate.isValid());
    QVERIFY(store.ofPilot(pilotId + 1000)->isEmpty());
}

void TestPilotStore::planActionRefusals_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<double>("cost");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("message");
    const QDate none;
    QTest::newRow("no title") << " " << none << none << -1.0 << ""
                              << "A plan action needs a title.";
    QTest::newRow("ends before it starts")
        << "Study" << QDate(2027, 5, 1) << QDate(2027, 4, 30) << -1.0 << ""
        << "The plan action “Study” ends before it starts.";
    QTest::newRow("negative cost") << "Study" << none << none << -5.0 << "EUR"
                                   << "A cost is a positive amount, or left empty.";
    QTest::newRow("bad currency")
        << "Study" << none << none << 10.0 << "EURO"
        << "A currency is a three-letter code such as EUR or USD, not “EURO”.";
    QTest::newRow("cost without currency") << "Study" << none << none << 10.0 << ""
                                           << "Give the currency of the cost (EUR, USD, ...).";
}

void TestPilotStore::planActionRefusals()
{
    QFETCH(QString, title);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(double, cost);
    QFETCH(QString, currency);
    QFETCH(QString, message);
    PlanActionRecord a;
    a.pilotId = addPilot(QStringLiteral("E-04"), QStringLiteral("Lviv"), QStringLiteral("Heat"));
    a.title = title;
    a.startDate = start;
    a.endDate = end;
    if (cost != -1.0)
        a.costAmount = cost;
    a.costCurrency = currency;
    const auto inserted = PlanActionStore(m_db->connection(), m_db->clock()).insert(a);
    QVERIFY(!inserted);
    QCOMPARE(inserted.error(), message);
    QCOMPARE(count(QStringLiteral("pilot_plan_action")), 0);
}

void TestPilotStore::currencyIsUpperCased()
{
    PlanActionRecord a;
    a.pilotId = addPilot(QStringLiteral("E-04"), QStringLiteral("Lviv"), QStringLiteral("Heat"));
    a.title = QStringLiteral("Study");
    a.costAmount = 100;
    a.costCurrency = QStringLiteral(" eur ");
    const auto id = PlanActionStore(m_db->connection(), m_db->clock()).insert(a);
    QVERIFY2(id, qPrintable(id.error()));
    QCOMPARE(PlanActionStore(m_db->connection(), m_db->clock()).fetch(id.value())->costCurrency,
             QStringLiteral("EUR"));
}

void TestPilotStore::assessmentRoundTripInRubricOrder()
{
    AssessmentRecord a;
    a.pilotId = addPilot(QStringLiteral("E-04"), QStringLiteral("Lviv"), QStringLiteral("Heat"));
    a.assessedOn = QDate(2027, 3, 18);
    a.summary = QStringLiteral("  Council's \"yes\" expected  ");
    // Given out of the rubric's order, with evidence to trim.
    a.levels = {{QStringLiteral("plan"), 2, QStringLiteral(" Draft plan ")},
                {QStringLiteral("solution"), 3, QStringLiteral("Site visit to Çorlu")},
                {QStringLiteral("need"), 1, QString()}};
    AssessmentStore store(m_db->connection(), m_db->clock());
    const auto id = store.insert(a);
    QVERIFY2(id, qPrintable(id.error()));
    const auto fetched = store.fetch(id.value());
    QVERIFY(fetched);
    QCOMPARE(fetched->summary, QStringLiteral("Council's \"yes\" expected"));
    QCOMPARE(fetched->levels.size(), 3);
    QCOMPARE(fetched->levels.at(0), (DimensionLevel{QStringLiteral("solution"), 3,
                                                    QStringLiteral("Site visit to Çorlu")}));
    QCOMPARE(fetched->levels.at(1), (DimensionLevel{QStringLiteral("need"), 1, QString()}));
    QCOMPARE(fetched->levels.at(2),
             (DimensionLevel{QStringLiteral("plan"), 2, QStringLiteral("Draft plan")}));
    QVERIFY(!fetched->sessionId);
    QCOMPARE(fetched->assessedOn, QDate(2027, 3, 18));
}

void TestPilotStore::assessmentRefusals_data()
{
    QTest::addColumn<QString>("dimension");
    QTest::addColumn<int>("level");
    QTest::addColumn<bool>("dated");
    QTest::addColumn<bool>("twice");
    QTest::addColumn<QString>("message");
    QTest::newRow("no levels") << "" << 0 << true << false
                               << "An assessment gives a level to at least one dimension.";
    QTest::newRow("unknown dimension")
        << "funding" << 3 << true << false << "The readiness rubric has no dimension \"funding\".";
    QTest::newRow("level too high")
        << "need" << 6 << true << false << "A level of \"need\" must be from 1 to 5, not 6.";
    QTest::newRow("level too low")
        << "need" << 0 << true << false << "A level of \"need\" must be from 1 to 5, not 0.";
    QTest::newRow("no date nor session")
        << "need" << 2 << false << false << "An assessment is made at a session or on a date.";
    QTest::newRow("dimension twice")
        << "need" << 2 << true << true << "The dimension “need” is assessed twice.";
}

void TestPilotStore::assessmentRefusals()
{
    QFETCH(QString, dimension);
    QFETCH(int, level);
    QFETCH(bool, dated);
    QFETCH(bool, twice);
    QFETCH(QString, message);
    AssessmentRecord a;
    a.pilotId = addPilot(QStringLiteral("E-04"), QStringLiteral("Lviv"), QStringLiteral("Heat"));
    if (dated)
        a.assessedOn = QDate(2027, 3, 18);
    if (!dimension.isEmpty())
        a.levels << DimensionLevel{dimension, level, QString()};
    if (twice)
        a.levels << DimensionLevel{dimension, level + 1, QString()};
    const auto inserted = AssessmentStore(m_db->connection(), m_db->clock()).insert(a);
    QVERIFY(!inserted);
    QCOMPARE(inserted.error(), message);
    QCOMPARE(count(QStringLiteral("readiness_assessment")), 0);
    QCOMPARE(count(QStringLiteral("readiness_level")), 0);
}

void TestPilotStore::sessionOfAnotherPairingRefused()
{
    const qint64 other = session(QStringLiteral("M-01"),
                                 QDateTime(QDate(2027, 3, 10), QTime(14, 0), QTimeZone::utc()));
    QVERIFY(other > 0);
    AssessmentRecord a;
    a.pilotId = addPilot(QStringLiteral("E-04"), QStringLiteral("Lviv"), QStringLiteral("Heat"));
    a.sessionId = other;
    a.levels = {{QStringLiteral("need"), 2, QString()}};
    const auto inserted = AssessmentStore(m_db->connection(), m_db->clock()).insert(a);
    QVERIFY(!inserted);
    QCOMPARE(inserted.error(),
             QStringLiteral("The session is not one of the pilot's pairing, or no longer exists."));
    QCOMPARE(count(QStringLiteral("readiness_assessment")), 0);
}

void TestPilotStore::sessionDateTakenWithoutDate()
{
    // 23:30 UTC on 9 March is already 10 March in Lviv: the stored date is the UTC one.
    const qint64 own = session(QStringLiteral("E-04"),
                               QDateTime(QDate(2027, 3, 9), QTime(23, 30), QTimeZone::utc()));
    AssessmentRecord a;
    a.pilotId = addPilot(QStringLiteral("E-04"), QStringLiteral("Lviv"), QStringLiteral("Heat"));
    a.sessionId = own;
    a.levels = {{QStringLiteral("need"), 2, QString()}};
    AssessmentStore store(m_db->connection(), m_db->clock());
    const auto id = store.insert(a);
    QVERIFY2(id, qPrintable(id.error()));
    QCOMPARE(store.fetch(id.value())->assessedOn, QDate(2027, 3, 9));
    QCOMPARE(store.fetch(id.value())->sessionId, std::optional<qint64>(own));

    // A session without a time yet: the day the assessment is recorded.
    const qint64 untimed = session(QStringLiteral("E-04"), QDateTime());
    AssessmentRecord b = a;
    b.id = 0;
    b.uuid.clear();
    b.createdAt.clear();
    b.assessedOn = QDate();
    b.sessionId = untimed;
    const auto second = store.insert(b);
    QVERIFY2(second, qPrintable(second.error()));
    QCOMPARE(store.fetch(second.value())->assessedOn, QDate(2027, 3, 20));
}

void TestPilotStore::dateGivenWinsOverSession()
{
    const qint64 own = session(QStringLiteral("E-04"),
                               QDateTime(QDate(2027, 3, 9), QTime(14, 0), QTimeZone::utc()));
    AssessmentRecord a;
    a.pilotId = addPilot(QStringLiteral("E-04"), QStringLiteral("Lviv"), QStringLiteral("Heat"));
    a.sessionId = own;
    a.assessedOn = QDate(2027, 3, 11); // written up two days later
    a.levels = {{QStringLiteral("need"), 2, QString()}};
    AssessmentStore store(m_db->connection(), m_db->clock());
    const auto id = store.insert(a);
    QVERIFY(id);
    QCOMPARE(store.fetch(id.value())->assessedOn, QDate(2027, 3, 11));
}

void TestPilotStore::historyOldestFirst()
{
    const qint64 pilotId =
        addPilot(QStringLiteral("E-04"), QStringLiteral("Lviv"), QStringLiteral("Heat"));
    AssessmentStore store(m_db->connection(), m_db->clock());
    auto assess = [&](const QDate &on, int level, const QString &recordedAt) {
        m_db->clock().set(QDateTime::fromString(recordedAt, Qt::ISODate));
        AssessmentRecord a;
        a.pilotId = pilotId;
        a.assessedOn = on;
        a.levels = {{QStringLiteral("need"), level, QString()}};
        return store.insert(a).value_or(0);
    };
    // Written out of order: a late entry of an earlier session comes last.
    const qint64 march = assess(QDate(2027, 3, 1), 3, QStringLiteral("2027-03-01T10:00:00Z"));
    const qint64 january = assess(QDate(2027, 1, 10), 1, QStringLiteral("2027-03-02T10:00:00Z"));
    const qint64 marchAgain = assess(QDate(2027, 3, 1), 4, QStringLiteral("2027-03-03T10:00:00Z"));
    const qint64 february = assess(QDate(2027, 2, 5), 2, QStringLiteral("2027-03-04T10:00:00Z"));
    const auto history = store.history(pilotId);
    QVERIFY(history);
    QList<qint64> ids;
    QList<int> levels;
    for (const AssessmentRecord &a : history.value()) {
        ids << a.id;
        levels << a.levels.value(0).level;
    }
    QCOMPARE(ids, (QList<qint64>{january, february, march, marchAgain}));
    QCOMPARE(levels, (QList<int>{1, 2, 3, 4}));
}

void TestPilotStore::updateReplacesLevels()
{
    AssessmentRecord a;
    a.pilotId = addPilot(QStringLiteral("E-04"), QStringLiteral("Lviv"), QStringLiteral("Heat"));
    a.assessedOn = QDate(2027, 3, 18);
    a.levels = {{QStringLiteral("need"), 2, QStringLiteral("Survey")},
                {QStringLiteral("team"), 1, QString()}};
    AssessmentStore store(m_db->connection(), m_db->clock());
    QVERIFY(store.insert(a));
    a.levels = {{QStringLiteral("need"), 3, QStringLiteral("Survey and workshop")}};
    a.summary = QStringLiteral("Team left out on purpose");
    QVERIFY(store.update(a));
    const auto fetched = store.fetch(a.id);
    QCOMPARE(fetched->levels, (QList<DimensionLevel>{{QStringLiteral("need"), 3,
                                                      QStringLiteral("Survey and workshop")}}));
    QCOMPARE(fetched->summary, QStringLiteral("Team left out on purpose"));
    QCOMPARE(count(QStringLiteral("readiness_level")), 1);
    QVERIFY(store.remove(a.id));
    QCOMPARE(store.remove(a.id).error(), QStringLiteral("The assessment no longer exists."));
    QCOMPARE(count(QStringLiteral("readiness_level")), 0);
}

QTEST_GUILESS_MAIN(TestPilotStore)
#include "tst_pilotstore.moc"
