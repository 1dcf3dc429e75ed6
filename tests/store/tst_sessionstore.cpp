// Sessions with their agendas: instants stored as UTC, agenda rows kept across edits, numbers
// unique per pairing, and sessions with minutes kept from deletion.
#include "TestDatabase.h"
#include "store/PairingStore.h"
#include "store/SessionStore.h"
#include "store/TemplateStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestSessionStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTripStoresUtcWithZ();
    void sequenceDefaultsToNext();
    void sequenceIsUniquePerPairing();
    void agendaEditKeepsRowsThatStay();
    void invalidSessionWritesNothing_data();
    void invalidSessionWritesNothing();
    void removeRefusedWithMinutes();
    void removeTakesAgendaAlong();
    void agendaBlockWithMinutesStays();
    void ofPairingInCycleOrder();
    void countsByDayInUtc();

private:
    qint64 pairing(const QString &code) const;
    SessionRecord newSession(const QString &code) const;
    std::unique_ptr<TestDatabase> m_db;
};

void TestSessionStore::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
}

void TestSessionStore::cleanup() { m_db.reset(); }

qint64 TestSessionStore::pairing(const QString &code) const
{
    return PairingStore(m_db->connection(), m_db->clock()).resolve(code).value();
}

SessionRecord TestSessionStore::newSession(const QString &code) const
{
    SessionRecord s;
    s.pairingId = pairing(code);
    s.kind = QStringLiteral("matchmaking");
    s.title = QStringLiteral("Kick-off");
    s.startUtc = QDateTime(QDate(2027, 3, 16), QTime(14, 0), QTimeZone::utc());
    s.durationMinutes = 90;
    s.status = QStringLiteral("scheduled");
    s.link = QStringLiteral("https://meet.example.org/e04-kickoff");
    AgendaItemRecord a;
    a.title = QStringLiteral("Welcome");
    a.durationMinutes = 10;
    AgendaItemRecord b;
    b.title = QStringLiteral("City challenge pitches: Ann Arbor, Lviv");
    b.durationMinutes = 80;
    s.agenda = {a, b};
    return s;
}

void TestSessionStore::roundTripStoresUtcWithZ()
{
    SessionStore store(m_db->connection(), m_db->clock());
    SessionRecord s = newSession(QStringLiteral("E-04"));
    // Given in Detroit's local time: stored as the same instant in UTC.
    s.startUtc = QDateTime(QDate(2027, 3, 16), QTime(10, 0), QTimeZone("America/Detroit"));
    const auto id = store.insert(s);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT start_utc FROM session WHERE id = ?"), {id.value()}).toString(),
             QStringLiteral("2027-03-16T14:00:00.000Z"));
    const auto fetched = store.fetch(id.value());
    QVERIFY(fetched.ok());
    QCOMPARE(fetched->startUtc, QDateTime(QDate(2027, 3, 16), QTime(14, 0), QTimeZone::utc()));
    QCOMPARE(fetched->startUtc.timeSpec(), Qt::UTC);
    QCOMPARE(fetched->sequence, 1);
    QCOMPARE(fetched->agenda.size(), 2);
    QCOMPARE(fetched->agenda.at(1).title, QStringLiteral("City challenge pitches: Ann Arbor, Lviv"));
    QCOMPARE(fetched->agendaMinutes(), 90);
    QVERIFY(fetched.value() == s);
}

void TestSessionStore::sequenceDefaultsToNext()
{
    SessionStore store(m_db->connection(), m_db->clock());
    SessionRecord first = newSession(QStringLiteral("E-04"));
    QVERIFY(store.insert(first).ok());
    SessionRecord second = newSession(QStringLiteral("E-04"));
    second.kind = QStringLiteral("sharing");
    QVERIFY(store.insert(second).ok());
    QCOMPARE(second.sequence, 2);
    QCOMPARE(store.nextSequence(pairing(QStringLiteral("E-04"))), 3);
    QCOMPARE(store.nextSequence(pairing(QStringLiteral("M-01"))), 1);
}

void TestSessionStore::sequenceIsUniquePerPairing()
{
    SessionStore store(m_db->connection(), m_db->clock());
    SessionRecord first = newSession(QStringLiteral("E-04"));
    QVERIFY(store.insert(first).ok());
    SessionRecord clash = newSession(QStringLiteral("E-04"));
    clash.sequence = 1;
    const auto refused = store.insert(clash);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("already has a session number 1")), qPrintable(refused.error()));
    SessionRecord other = newSession(QStringLiteral("M-01"));
    other.sequence = 1;
    QVERIFY(store.insert(other).ok());
}

void TestSessionStore::agendaEditKeepsRowsThatStay()
{
    SessionStore store(m_db->connection(), m_db->clock());
    SessionRecord s = newSession(QStringLiteral("E-04"));
    const qint64 id = store.insert(s).value();
    SessionRecord edited = store.fetch(id).value();
    const qint64 keptId = edited.agenda.at(1).id;
    // Reorder, drop the welcome, add a wrap-up.
    AgendaItemRecord wrapUp;
    wrapUp.title = QStringLiteral("Wrap-up");
    wrapUp.durationMinutes = 10;
    edited.agenda = {edited.agenda.at(1), wrapUp};
    QVERIFY(store.update(edited).ok());
    const SessionRecord after = store.fetch(id).value();
    QCOMPARE(after.agenda.size(), 2);
    QCOMPARE(after.agenda.at(0).id, keptId);
    QCOMPARE(after.agenda.at(1).title, QStringLiteral("Wrap-up"));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM agenda_item WHERE session_id = ?"), {id}).toInt(), 2);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT position FROM agenda_item WHERE id = ?"), {keptId}).toInt(), 0);
}

void TestSessionStore::invalidSessionWritesNothing_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("message");
    QTest::newRow("scheduled without time") << QStringLiteral("time") << QStringLiteral("needs a date and time");
    QTest::newRow("link not a web address") << QStringLiteral("link") << QStringLiteral("not a web link");
    QTest::newRow("agenda item without title") << QStringLiteral("item") << QStringLiteral("Agenda item 2 needs a title");
    QTest::newRow("zero duration") << QStringLiteral("duration") << QStringLiteral("between 1 minute and 24 hours");
    QTest::newRow("unknown venue zone") << QStringLiteral("zone") << QStringLiteral("not a known time zone");
    QTest::newRow("unknown pairing") << QStringLiteral("pairing") << QStringLiteral("pairing no longer exists");
}

void TestSessionStore::invalidSessionWritesNothing()
{
    QFETCH(QString, what);
    QFETCH(QString, message);
    SessionRecord s = newSession(QStringLiteral("E-04"));
    if (what == QLatin1String("time"))
        s.startUtc = QDateTime();
    else if (what == QLatin1String("link"))
        s.link = QStringLiteral("javascript:alert(1)");
    else if (what == QLatin1String("item"))
        s.agenda[1].title = QStringLiteral("  ");
    else if (what == QLatin1String("duration"))
        s.durationMinutes = 0;
    else if (what == QLatin1String("zone"))
        s.venueTimeZone = QStringLiteral("Europe/Lemberg");
    else
        s.pairingId = 424242;
    QSqlDatabase db = m_db->connection();
    QVERIFY(db.transaction());
    const auto refused = SessionStore(db, m_db->clock()).insert(s);
    QVERIFY(db.rollback());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(message), qPrintable(refused.error()));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM session")).toInt(), 0);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM agenda_item")).toInt(), 0);
}

void TestSessionStore::removeRefusedWithMinutes()
{
    SessionStore store(m_db->connection(), m_db->clock());
    SessionRecord s = newSession(QStringLiteral("E-04"));
    const qint64 id = store.insert(s).value();
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO note (uuid, session_id, kind, body, created_at, updated_at)"
                             " VALUES ('n-1', ?, 'decision', 'Meet monthly', 'x', 'x')"));
    q.addBindValue(id);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    const Status refused = store.remove(id);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("cancelled")), qPrintable(refused.error()));
    QVERIFY(store.fetch(id).ok());
}

void TestSessionStore::removeTakesAgendaAlong()
{
    SessionStore store(m_db->connection(), m_db->clock());
    SessionRecord s = newSession(QStringLiteral("E-04"));
    const qint64 id = store.insert(s).value();
    QVERIFY(store.remove(id).ok());
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM agenda_item")).toInt(), 0);
}

void TestSessionStore::agendaBlockWithMinutesStays()
{
    SessionStore store(m_db->connection(), m_db->clock());
    SessionRecord s = newSession(QStringLiteral("E-04"));
    const qint64 id = store.insert(s).value();
    SessionRecord edited = store.fetch(id).value();
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO note (uuid, session_id, agenda_item_id, kind, body, created_at, updated_at)"
                             " VALUES ('n-2', ?, ?, 'insight', 'Ann Arbor shares its heat map', 'x', 'x')"));
    q.addBindValue(id);
    q.addBindValue(edited.agenda.at(1).id);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    edited.agenda.removeAt(1);
    QSqlDatabase db = m_db->connection();
    QVERIFY(db.transaction());
    const Status refused = SessionStore(db, m_db->clock()).update(edited);
    QVERIFY(db.rollback());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("minutes written under it")), qPrintable(refused.error()));
    QCOMPARE(store.fetch(id)->agenda.size(), 2);
}

void TestSessionStore::ofPairingInCycleOrder()
{
    SessionStore store(m_db->connection(), m_db->clock());
    for (int sequence : {3, 1, 2}) {
        SessionRecord s = newSession(QStringLiteral("M-01"));
        s.sequence = sequence;
        QVERIFY(store.insert(s).ok());
    }
    const auto sessions = store.ofPairing(pairing(QStringLiteral("M-01")));
    QVERIFY(sessions.ok());
    QCOMPARE(sessions->size(), 3);
    QCOMPARE(sessions->at(0).sequence, 1);
    QCOMPARE(sessions->at(2).sequence, 3);
    QVERIFY(sessions->at(0).agenda.isEmpty()); // listings leave the agenda out
}

// The calendar's marks: sessions per UTC day in [from, to), of all pairings or one; a session
// late in the evening in Detroit is the next day in UTC.
void TestSessionStore::countsByDayInUtc()
{
    SessionStore store(m_db->connection(), m_db->clock());
    const QDate day(2027, 3, 16);
    const auto add = [&](const QString &code, const QDateTime &start) {
        SessionRecord s = newSession(code);
        s.startUtc = start;
        return store.insert(s).ok();
    };
    QVERIFY(add(QStringLiteral("E-04"), QDateTime(day, QTime(0, 0), QTimeZone::utc())));
    QVERIFY(add(QStringLiteral("E-04"), QDateTime(day, QTime(23, 59), QTimeZone::utc())));
    QVERIFY(add(QStringLiteral("M-01"), QDateTime(day, QTime(12, 0), QTimeZone::utc())));
    QVERIFY(add(QStringLiteral("M-01"), QDateTime(day, QTime(21, 0), QTimeZone("America/Detroit"))));
    QVERIFY(add(QStringLiteral("M-01"), QDateTime(day.addDays(3), QTime(9, 0), QTimeZone::utc())));
    SessionRecord unscheduled = newSession(QStringLiteral("M-01"));
    unscheduled.startUtc = QDateTime();
    unscheduled.status = QStringLiteral("draft");
    QVERIFY(store.insert(unscheduled).ok());

    const QDateTime from(day, QTime(0, 0), QTimeZone::utc());
    const auto all = store.countsByDay(from, from.addDays(3));
    QVERIFY2(all.ok(), qPrintable(all.error()));
    QCOMPARE(all.value(), (QHash<QDate, int>{{day, 3}, {day.addDays(1), 1}}));
    const auto one = store.countsByDay(from, from.addDays(7), pairing(QStringLiteral("E-04")));
    QVERIFY(one.ok());
    QCOMPARE(one.value(), (QHash<QDate, int>{{day, 2}}));
    // The same days as the sessions themselves give.
    QHash<QDate, int> listed;
    for (const SessionRecord &s : store.startingBetween(from, from.addDays(7)).value())
        ++listed[s.startUtc.date()];
    QCOMPARE(store.countsByDay(from, from.addDays(7)).value(), listed);
}

QTEST_GUILESS_MAIN(TestSessionStore)
#include "tst_sessionstore.moc"
