// Action items: text kept as given, the done date following the status, overdue against the
// fixed clock, and the cross-session listing with its filters and names.
#include "TestDatabase.h"
#include "store/ActionStore.h"
#include "store/NoteStore.h"
#include "store/PairingStore.h"
#include "store/PersonStore.h"
#include "store/SessionStore.h"

#include <QTest>

class TestActionStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTrip();
    void doneDateFollowsStatus();
    void insertedDoneGetsToday();
    void isOverdue_data();
    void isOverdue();
    void invalidActionWritesNothing_data();
    void invalidActionWritesNothing();
    void noteOfAnotherSessionRefused();
    void listWithNamesInDueOrder();
    void listFilters();
    void overdueAgainstTheClock();
    void deletedNoteUnlinksAndRelinks();

private:
    qint64 newSession(const QString &code);
    qint64 city(const QString &name) const;
    qint64 add(const QString &description, qint64 session, const QDate &due = QDate(),
               const QString &status = QStringLiteral("open"), std::optional<qint64> owner = std::nullopt,
               std::optional<qint64> cityId = std::nullopt);
    QList<qint64> idsOf(const ActionFilter &filter) const;

    std::unique_ptr<TestDatabase> m_db;
    qint64 m_e04 = 0, m_e04b = 0, m_m01 = 0;
    qint64 m_olena = 0;
};

void TestActionStore::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    m_e04 = newSession(QStringLiteral("E-04"));
    m_e04b = newSession(QStringLiteral("E-04"));
    m_m01 = newSession(QStringLiteral("M-01"));
    QVERIFY(m_e04 > 0 && m_e04b > 0 && m_m01 > 0);
    PersonRecord p;
    p.name = QStringLiteral("Olena Petrenko");
    p.cityId = city(QStringLiteral("Lviv"));
    m_olena = PersonStore(m_db->connection(), m_db->clock()).insert(p).value();
}

void TestActionStore::cleanup() { m_db.reset(); }

qint64 TestActionStore::newSession(const QString &code)
{
    SessionRecord s;
    s.pairingId = PairingStore(m_db->connection(), m_db->clock()).resolve(code).value();
    return SessionStore(m_db->connection(), m_db->clock()).insert(s).value_or(0);
}

qint64 TestActionStore::city(const QString &name) const
{
    return m_db->scalar(QStringLiteral("SELECT id FROM city WHERE name = ?"), {name}).toLongLong();
}

qint64 TestActionStore::add(const QString &description, qint64 session, const QDate &due, const QString &status,
                            std::optional<qint64> owner, std::optional<qint64> cityId)
{
    ActionItemRecord a;
    a.sessionId = session;
    a.description = description;
    a.dueDate = due;
    a.status = status;
    a.ownerPersonId = owner;
    a.cityId = cityId;
    const auto id = ActionStore(m_db->connection(), m_db->clock()).insert(a);
    if (!id)
        qWarning("%s", qPrintable(id.error()));
    return id.value_or(0);
}

QList<qint64> TestActionStore::idsOf(const ActionFilter &filter) const
{
    QList<qint64> ids;
    for (const ActionListing &row : ActionStore(m_db->connection(), m_db->clock()).list(filter).value())
        ids << row.action.id;
    return ids;
}

void TestActionStore::roundTrip()
{
    ActionStore store(m_db->connection(), m_db->clock());
    ActionItemRecord a;
    a.sessionId = m_e04;
    a.description = QStringLiteral("Send Lviv the \"heat pump\" tender of Ann Arbor — with the Ukrainian summary (ч. 2)");
    a.ownerPersonId = m_olena;
    a.cityId = city(QStringLiteral("Lviv"));
    a.dueDate = QDate(2027, 4, 30);
    const auto id = store.insert(a);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT due_date FROM action_item WHERE id = ?"), {id.value()}).toString(),
             QStringLiteral("2027-04-30"));
    QVERIFY(m_db->scalar(QStringLiteral("SELECT done_date IS NULL AND note_id IS NULL FROM action_item WHERE id = ?"),
                         {id.value()}).toBool());
    const auto fetched = store.fetch(id.value());
    QVERIFY(fetched.ok());
    QVERIFY(fetched.value() == a);
    QCOMPARE(fetched->description, a.description);
    QCOMPARE(fetched->status, QStringLiteral("open"));
    QCOMPARE(fetched->dueDate, QDate(2027, 4, 30));
    QVERIFY(!fetched->doneDate.isValid());
    QCOMPARE(fetched->uuid.size(), 36);
    QCOMPARE(fetched->createdAt, QStringLiteral("2027-03-20T13:12:00.000Z"));

    // Removed, then inserted again as it was (an undone delete).
    QVERIFY(store.remove(a.id).ok());
    QCOMPARE(store.fetch(a.id).error(), QStringLiteral("The action item no longer exists."));
    ActionItemRecord again = fetched.value();
    QVERIFY(store.insert(again).ok());
    QCOMPARE(store.fetch(a.id)->uuid, fetched->uuid);
    QCOMPARE(store.fetch(a.id)->createdAt, fetched->createdAt);
}

void TestActionStore::doneDateFollowsStatus()
{
    ActionStore store(m_db->connection(), m_db->clock());
    const qint64 id = add(QStringLiteral("Share the heating map"), m_e04, QDate(2027, 3, 31));
    const auto doneDate = [&] {
        return m_db->scalar(QStringLiteral("SELECT coalesce(done_date, 'NULL') FROM action_item WHERE id = ?"), {id}).toString();
    };
    ActionItemRecord a = store.fetch(id).value();
    a.status = QStringLiteral("in_progress");
    QVERIFY(store.update(a).ok());
    QCOMPARE(doneDate(), QStringLiteral("NULL"));

    a.status = QStringLiteral("done"); // becomes done: today, from the clock
    QVERIFY(store.update(a).ok());
    QCOMPARE(doneDate(), QStringLiteral("2027-03-20"));
    QCOMPARE(a.doneDate, QDate(2027, 3, 20));

    a.doneDate = QDate(2027, 3, 18); // a given date is kept
    QVERIFY(store.update(a).ok());
    QCOMPARE(doneDate(), QStringLiteral("2027-03-18"));
    QCOMPARE(store.fetch(id)->doneDate, QDate(2027, 3, 18));

    m_db->clock().set(QDateTime(QDate(2027, 4, 2), QTime(9, 0), QTimeZone::utc()));
    a = store.fetch(id).value();
    a.status = QStringLiteral("open"); // reopened: the date goes, even though the record still has it
    QVERIFY(a.doneDate.isValid());
    QVERIFY(store.update(a).ok());
    QCOMPARE(doneDate(), QStringLiteral("NULL"));
    a.status = QStringLiteral("done");
    QVERIFY(store.update(a).ok());
    QCOMPARE(doneDate(), QStringLiteral("2027-04-02"));
    a.status = QStringLiteral("dropped");
    QVERIFY(store.update(a).ok());
    QCOMPARE(doneDate(), QStringLiteral("NULL"));
    QCOMPARE(store.fetch(id)->status, QStringLiteral("dropped"));
}

void TestActionStore::insertedDoneGetsToday()
{
    const qint64 id = add(QStringLiteral("Already done in the session"), m_e04, QDate(), QStringLiteral("done"));
    QCOMPARE(ActionStore(m_db->connection(), m_db->clock()).fetch(id)->doneDate, QDate(2027, 3, 20));
}

void TestActionStore::isOverdue_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<bool>("overdue");
    const QDate yesterday(2027, 3, 19);
    QTest::newRow("open, due yesterday") << QStringLiteral("open") << yesterday << true;
    QTest::newRow("in progress, due yesterday") << QStringLiteral("in_progress") << yesterday << true;
    QTest::newRow("open, due today") << QStringLiteral("open") << QDate(2027, 3, 20) << false;
    QTest::newRow("open, due tomorrow") << QStringLiteral("open") << QDate(2027, 3, 21) << false;
    QTest::newRow("open, no due date") << QStringLiteral("open") << QDate() << false;
    QTest::newRow("done, due yesterday") << QStringLiteral("done") << yesterday << false;
    QTest::newRow("dropped, due last year") << QStringLiteral("dropped") << QDate(2026, 3, 1) << false;
}

void TestActionStore::isOverdue()
{
    QFETCH(QString, status);
    QFETCH(QDate, due);
    QFETCH(bool, overdue);
    ActionItemRecord a;
    a.status = status;
    a.dueDate = due;
    QCOMPARE(a.isOverdue(QDate(2027, 3, 20)), overdue);
}

void TestActionStore::invalidActionWritesNothing_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty description") << QStringLiteral("empty") << QStringLiteral("needs a description");
    QTest::newRow("blank description") << QStringLiteral("blank") << QStringLiteral("needs a description");
    QTest::newRow("unknown status") << QStringLiteral("status") << QStringLiteral("Unknown action status “late”");
    QTest::newRow("due date with a five-digit year") << QStringLiteral("due") << QStringLiteral("due date is not a valid date");
    QTest::newRow("unknown owner") << QStringLiteral("owner") << QStringLiteral("session, owner or city no longer exists");
    QTest::newRow("unknown session") << QStringLiteral("session") << QStringLiteral("session, owner or city no longer exists");
    QTest::newRow("no session") << QStringLiteral("nosession") << QStringLiteral("Choose the session");
}

void TestActionStore::invalidActionWritesNothing()
{
    QFETCH(QString, what);
    QFETCH(QString, message);
    ActionItemRecord a;
    a.sessionId = m_e04;
    a.description = QStringLiteral("Something to do");
    if (what == QLatin1String("empty"))
        a.description.clear();
    else if (what == QLatin1String("blank"))
        a.description = QStringLiteral("   ");
    else if (what == QLatin1String("status"))
        a.status = QStringLiteral("late");
    else if (what == QLatin1String("due"))
        a.dueDate = QDate(10000, 1, 1);
    else if (what == QLatin1String("owner"))
        a.ownerPersonId = 999999;
    else if (what == QLatin1String("session"))
        a.sessionId = 999999;
    else if (what == QLatin1String("nosession"))
        a.sessionId = 0;
    const auto refused = ActionStore(m_db->connection(), m_db->clock()).insert(a);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(message), qPrintable(refused.error()));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM action_item")).toInt(), 0);
}

void TestActionStore::noteOfAnotherSessionRefused()
{
    NoteRecord n;
    n.sessionId = m_m01;
    n.body = QStringLiteral("M-01's entry");
    QVERIFY(NoteStore(m_db->connection(), m_db->clock()).insert(n).ok());
    ActionItemRecord a;
    a.sessionId = m_e04;
    a.noteId = n.id;
    a.description = QStringLiteral("Misfiled");
    const auto refused = ActionStore(m_db->connection(), m_db->clock()).insert(a);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), QStringLiteral("The entry the action item comes from is not part of its session."));
    a.sessionId = m_m01;
    QVERIFY(ActionStore(m_db->connection(), m_db->clock()).insert(a).ok());
}

void TestActionStore::listWithNamesInDueOrder()
{
    const qint64 lviv = city(QStringLiteral("Lviv"));
    const qint64 late = add(QStringLiteral("Late"), m_e04b, QDate(2027, 3, 1), QStringLiteral("open"), m_olena, lviv);
    const qint64 undated = add(QStringLiteral("Undated"), m_e04, QDate());
    const qint64 soon = add(QStringLiteral("Soon"), m_m01, QDate(2027, 3, 25), QStringLiteral("in_progress"));
    const qint64 first = add(QStringLiteral("First"), m_e04, QDate(2027, 2, 1), QStringLiteral("done"));
    const auto rows = ActionStore(m_db->connection(), m_db->clock()).list({});
    QVERIFY2(rows.ok(), qPrintable(rows.error()));
    QCOMPARE(rows->size(), 4);
    QList<qint64> ids;
    for (const ActionListing &row : rows.value())
        ids << row.action.id;
    QCOMPARE(ids, (QList<qint64>{first, late, soon, undated}));
    const ActionListing &l = rows->at(1);
    QCOMPARE(l.pairingCode, QStringLiteral("E-04"));
    QCOMPARE(l.sessionSequence, 2);
    QCOMPARE(l.ownerName, QStringLiteral("Olena Petrenko"));
    QCOMPARE(l.cityName, QStringLiteral("Lviv"));
    QVERIFY(l.overdue);
    QCOMPARE(rows->at(2).pairingCode, QStringLiteral("M-01"));
    QCOMPARE(rows->at(2).sessionSequence, 1);
    QCOMPARE(rows->at(2).ownerName, QString());
    QVERIFY(!rows->at(2).overdue);
    QVERIFY(!rows->at(0).overdue); // done
    QVERIFY(!rows->at(3).overdue);
}

void TestActionStore::listFilters()
{
    const qint64 lviv = city(QStringLiteral("Lviv"));
    const qint64 a = add(QStringLiteral("a"), m_e04, QDate(2027, 3, 10), QStringLiteral("open"), m_olena, lviv);
    const qint64 b = add(QStringLiteral("b"), m_e04b, QDate(2027, 3, 11), QStringLiteral("done"), m_olena);
    const qint64 c = add(QStringLiteral("c"), m_m01, QDate(2027, 3, 12), QStringLiteral("open"), std::nullopt, lviv);
    const qint64 d = add(QStringLiteral("d"), m_m01, QDate(2027, 3, 13), QStringLiteral("dropped"));
    const qint64 e04 = PairingStore(m_db->connection(), m_db->clock()).resolve(QStringLiteral("E-04")).value();

    ActionFilter f;
    QCOMPARE(idsOf(f), (QList<qint64>{a, b, c, d}));
    f.pairingId = e04;
    QCOMPARE(idsOf(f), (QList<qint64>{a, b}));
    f = {};
    f.cityId = lviv;
    QCOMPARE(idsOf(f), (QList<qint64>{a, c}));
    f = {};
    f.ownerPersonId = m_olena;
    QCOMPARE(idsOf(f), (QList<qint64>{a, b}));
    f = {};
    f.status = QStringLiteral("open");
    QCOMPARE(idsOf(f), (QList<qint64>{a, c}));
    f.pairingId = e04;
    f.ownerPersonId = m_olena;
    f.cityId = lviv;
    QCOMPARE(idsOf(f), (QList<qint64>{a}));
    f.status = QStringLiteral("done");
    QCOMPARE(idsOf(f), QList<qint64>());
}

void TestActionStore::overdueAgainstTheClock()
{
    const qint64 a = add(QStringLiteral("due on the 19th"), m_e04, QDate(2027, 3, 19));
    const qint64 b = add(QStringLiteral("due on the 20th"), m_e04, QDate(2027, 3, 20), QStringLiteral("in_progress"));
    add(QStringLiteral("done late"), m_e04, QDate(2027, 3, 1), QStringLiteral("done"));
    add(QStringLiteral("dropped"), m_e04, QDate(2027, 3, 1), QStringLiteral("dropped"));
    add(QStringLiteral("no due date"), m_e04);
    const qint64 c = add(QStringLiteral("in progress, late"), m_m01, QDate(2027, 1, 5), QStringLiteral("in_progress"));
    ActionFilter f;
    f.overdueOnly = true; // today from the clock: 2027-03-20
    QCOMPARE(idsOf(f), (QList<qint64>{c, a}));
    f.today = QDate(2027, 3, 21);
    QCOMPARE(idsOf(f), (QList<qint64>{c, a, b}));
    f.pairingId = PairingStore(m_db->connection(), m_db->clock()).resolve(QStringLiteral("M-01")).value();
    QCOMPARE(idsOf(f), QList<qint64>{c});
    m_db->clock().set(QDateTime(QDate(2027, 1, 5), QTime(23, 59), QTimeZone::utc()));
    f = {};
    f.overdueOnly = true;
    QCOMPARE(idsOf(f), QList<qint64>());
    QCOMPARE(ActionStore::today(m_db->clock()), QDate(2027, 1, 5));
}

void TestActionStore::deletedNoteUnlinksAndRelinks()
{
    NoteRecord n;
    n.sessionId = m_e04;
    n.body = QStringLiteral("Decision: exchange tenders");
    QVERIFY(NoteStore(m_db->connection(), m_db->clock()).insert(n).ok());
    ActionStore store(m_db->connection(), m_db->clock());
    QList<qint64> ids;
    for (const QString &text : {QStringLiteral("one"), QStringLiteral("two")}) {
        ActionItemRecord a;
        a.sessionId = m_e04;
        a.noteId = n.id;
        a.description = text;
        ids << store.insert(a).value();
    }
    add(QStringLiteral("unrelated"), m_e04);
    QCOMPARE(store.ofNote(n.id).value(), ids);
    QVERIFY(NoteStore(m_db->connection(), m_db->clock()).remove(n.id).ok());
    QCOMPARE(store.ofNote(n.id).value(), QList<qint64>());
    QVERIFY(!store.fetch(ids.at(0))->noteId.has_value());
    NoteRecord back = n;
    QVERIFY(NoteStore(m_db->connection(), m_db->clock()).insert(back).ok());
    QVERIFY(store.relinkToNote(ids, n.id).ok());
    QCOMPARE(store.ofNote(n.id).value(), ids);
}

QTEST_GUILESS_MAIN(TestActionStore)
#include "tst_actionstore.moc"
