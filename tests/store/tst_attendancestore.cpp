// Attendance: who a session expects (member cities' people, the lead facilitator, anyone marked),
// in city and name order without regard to accents; one row per person, updated in place.
#include "TestDatabase.h"
#include "store/AttendanceStore.h"
#include "store/PairingStore.h"
#include "store/PersonStore.h"
#include "store/SessionStore.h"

#include <QTest>

class TestAttendanceStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void expectsMembersAndLeadInOrder();
    void setInsertsThenUpdatesTheSameRow();
    void someoneElseAppearsOnceMarked();
    void clearForgets();
    void invalidAttendanceWritesNothing_data();
    void invalidAttendanceWritesNothing();
    void otherSessionsStaySeparate();

private:
    qint64 person(const QString &name, const QString &city, const QString &role = QStringLiteral("city_representative"));
    qint64 newSession(const QString &code);
    QStringList namesOf(qint64 sessionId) const;
    QStringList statusesOf(qint64 sessionId) const;
    int rows() const;

    std::unique_ptr<TestDatabase> m_db;
    qint64 m_session = 0;
    qint64 m_olena = 0, m_adam = 0, m_ihor = 0, m_ann = 0, m_lead = 0, m_expert = 0, m_carmen = 0;
};

void TestAttendanceStore::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    // E-04 pairs Ann Arbor and Lviv.
    m_olena = person(QStringLiteral("Olena Petrenko"), QStringLiteral("Lviv"));
    m_adam = person(QStringLiteral("Ádám Kovács"), QStringLiteral("Lviv"), QStringLiteral("expert"));
    m_ihor = person(QStringLiteral("ihor Melnyk"), QStringLiteral("Lviv"));
    m_ann = person(QStringLiteral("Ann Miller"), QStringLiteral("Ann Arbor"));
    m_lead = person(QStringLiteral("Zoë Facilitator"), QString(), QStringLiteral("facilitator"));
    m_expert = person(QStringLiteral("Bruno Expert"), QString(), QStringLiteral("expert")); // the programme's
    m_carmen = person(QStringLiteral("Carmen Ruiz"), QStringLiteral("València"));          // not expected
    person(QStringLiteral("Olga Observer"), QString(), QStringLiteral("observer"));         // not expected
    PairingStore pairings(m_db->connection(), m_db->clock());
    PairingRecord e04 = pairings.fetch(pairings.resolve(QStringLiteral("E-04")).value()).value();
    e04.leadFacilitatorId = m_lead;
    QVERIFY(pairings.update(e04).ok());
    m_session = newSession(QStringLiteral("E-04"));
    QVERIFY(m_session > 0);
}

void TestAttendanceStore::cleanup() { m_db.reset(); }

qint64 TestAttendanceStore::person(const QString &name, const QString &city, const QString &role)
{
    PersonRecord p;
    p.name = name;
    p.role = role;
    if (!city.isEmpty())
        p.cityId = m_db->scalar(QStringLiteral("SELECT id FROM city WHERE name = ?"), {city}).toLongLong();
    return PersonStore(m_db->connection(), m_db->clock()).insert(p).value_or(0);
}

qint64 TestAttendanceStore::newSession(const QString &code)
{
    SessionRecord s;
    s.pairingId = PairingStore(m_db->connection(), m_db->clock()).resolve(code).value();
    return SessionStore(m_db->connection(), m_db->clock()).insert(s).value_or(0);
}

QStringList TestAttendanceStore::namesOf(qint64 sessionId) const
{
    QStringList names;
    for (const ExpectedAttendee &a : AttendanceStore(m_db->connection(), m_db->clock()).ofSession(sessionId).value())
        names << a.name;
    return names;
}

QStringList TestAttendanceStore::statusesOf(qint64 sessionId) const
{
    QStringList statuses;
    for (const ExpectedAttendee &a : AttendanceStore(m_db->connection(), m_db->clock()).ofSession(sessionId).value())
        statuses << a.status.value_or(QStringLiteral("-"));
    return statuses;
}

int TestAttendanceStore::rows() const
{
    return m_db->scalar(QStringLiteral("SELECT count(*) FROM attendance")).toInt();
}

void TestAttendanceStore::expectsMembersAndLeadInOrder()
{
    const auto expected = AttendanceStore(m_db->connection(), m_db->clock()).ofSession(m_session);
    QVERIFY2(expected.ok(), qPrintable(expected.error()));
    // Cities by name, then people by name with accents and case folded; no city last: the
    // programme's experts and facilitators, not its observers.
    QCOMPARE(namesOf(m_session), (QStringList{QStringLiteral("Ann Miller"), QStringLiteral("Ádám Kovács"),
                                              QStringLiteral("ihor Melnyk"), QStringLiteral("Olena Petrenko"),
                                              QStringLiteral("Bruno Expert"), QStringLiteral("Zoë Facilitator")}));
    QCOMPARE(expected->at(0).personId, m_ann);
    QCOMPARE(expected->at(0).cityName, QStringLiteral("Ann Arbor"));
    QCOMPARE(expected->at(1).role, QStringLiteral("expert"));
    QCOMPARE(expected->at(1).cityName, QStringLiteral("Lviv"));
    QCOMPARE(expected->at(4).personId, m_expert);
    QCOMPARE(expected->at(5).personId, m_lead);
    QCOMPARE(expected->at(5).cityName, QString());
    QCOMPARE(expected->at(5).role, QStringLiteral("facilitator"));
    for (const ExpectedAttendee &a : expected.value())
        QVERIFY(!a.status.has_value());
}

void TestAttendanceStore::setInsertsThenUpdatesTheSameRow()
{
    AttendanceStore store(m_db->connection(), m_db->clock());
    QVERIFY(store.set({m_session, m_olena, QStringLiteral("present")}).ok());
    QCOMPARE(rows(), 1);
    const qint64 rowId = m_db->scalar(QStringLiteral("SELECT id FROM attendance")).toLongLong();
    QCOMPARE(store.statusOf(m_session, m_olena).value(), std::optional<QString>(QStringLiteral("present")));

    QVERIFY(store.set({m_session, m_olena, QStringLiteral("excused")}).ok());
    QVERIFY(store.set({m_session, m_olena, QStringLiteral("excused")}).ok()); // same again: still one row
    QCOMPARE(rows(), 1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT id FROM attendance")).toLongLong(), rowId);
    QCOMPARE(store.statusOf(m_session, m_olena).value(), std::optional<QString>(QStringLiteral("excused")));
    QVERIFY(store.set({m_session, m_ann, QStringLiteral("absent")}).ok());
    QCOMPARE(statusesOf(m_session), (QStringList{QStringLiteral("absent"), QStringLiteral("-"), QStringLiteral("-"),
                                                 QStringLiteral("excused"), QStringLiteral("-"), QStringLiteral("-")}));
}

void TestAttendanceStore::someoneElseAppearsOnceMarked()
{
    AttendanceStore store(m_db->connection(), m_db->clock());
    // A guest from València and an expert of no city join; the lead (expected anyway) is marked.
    QVERIFY(store.set({m_session, m_carmen, QStringLiteral("present")}).ok());
    QVERIFY(store.set({m_session, m_expert, QStringLiteral("present")}).ok());
    QVERIFY(store.set({m_session, m_lead, QStringLiteral("present")}).ok());
    QCOMPARE(namesOf(m_session), (QStringList{QStringLiteral("Ann Miller"), QStringLiteral("Ádám Kovács"),
                                              QStringLiteral("ihor Melnyk"), QStringLiteral("Olena Petrenko"),
                                              QStringLiteral("Carmen Ruiz"), QStringLiteral("Bruno Expert"),
                                              QStringLiteral("Zoë Facilitator")}));
    QCOMPARE(statusesOf(m_session), (QStringList{QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-"),
                                                 QStringLiteral("-"), QStringLiteral("present"),
                                                 QStringLiteral("present"), QStringLiteral("present")}));
}

void TestAttendanceStore::clearForgets()
{
    AttendanceStore store(m_db->connection(), m_db->clock());
    QVERIFY(store.set({m_session, m_carmen, QStringLiteral("present")}).ok());
    QVERIFY(store.set({m_session, m_olena, QStringLiteral("absent")}).ok());
    QVERIFY(store.clear(m_session, m_olena).ok());
    QCOMPARE(store.statusOf(m_session, m_olena).value(), std::optional<QString>());
    QVERIFY(store.clear(m_session, m_carmen).ok());
    QVERIFY(!namesOf(m_session).contains(QStringLiteral("Carmen Ruiz")));
    QCOMPARE(namesOf(m_session).size(), 6);
    QVERIFY(store.clear(m_session, m_carmen).ok()); // nothing to forget
    QCOMPARE(rows(), 0);
}

void TestAttendanceStore::invalidAttendanceWritesNothing_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<qint64>("person");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown status") << QStringLiteral("late") << qint64(-1) << QStringLiteral("Unknown attendance “late”");
    QTest::newRow("empty status") << QString() << qint64(-1) << QStringLiteral("Unknown attendance");
    QTest::newRow("no person") << QStringLiteral("present") << qint64(0) << QStringLiteral("Choose the session and the person");
    QTest::newRow("unknown person") << QStringLiteral("present") << qint64(999999)
                                    << QStringLiteral("The session or the person no longer exists.");
}

void TestAttendanceStore::invalidAttendanceWritesNothing()
{
    QFETCH(QString, status);
    QFETCH(qint64, person);
    QFETCH(QString, message);
    const Status s = AttendanceStore(m_db->connection(), m_db->clock())
                         .set({m_session, person < 0 ? m_olena : person, status});
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(message), qPrintable(s.error()));
    QCOMPARE(rows(), 0);
}

void TestAttendanceStore::otherSessionsStaySeparate()
{
    AttendanceStore store(m_db->connection(), m_db->clock());
    const qint64 second = newSession(QStringLiteral("E-04"));
    const qint64 m01 = newSession(QStringLiteral("M-01"));
    QVERIFY(store.set({m_session, m_olena, QStringLiteral("present")}).ok());
    QVERIFY(store.set({second, m_olena, QStringLiteral("absent")}).ok());
    QCOMPARE(store.statusOf(m_session, m_olena).value(), std::optional<QString>(QStringLiteral("present")));
    QCOMPARE(store.statusOf(second, m_olena).value(), std::optional<QString>(QStringLiteral("absent")));
    // M-01's cities have no people here and it has no lead: only the programme's expert and
    // facilitator are expected.
    QCOMPARE(namesOf(m01), (QStringList{QStringLiteral("Bruno Expert"), QStringLiteral("Zoë Facilitator")}));
    QVERIFY(store.set({m01, m_carmen, QStringLiteral("excused")}).ok());
    QCOMPARE(namesOf(m01), (QStringList{QStringLiteral("Carmen Ruiz"), QStringLiteral("Bruno Expert"),
                                        QStringLiteral("Zoë Facilitator")}));
    QCOMPARE(rows(), 3);
}

QTEST_GUILESS_MAIN(TestAttendanceStore)
#include "tst_attendancestore.moc"
