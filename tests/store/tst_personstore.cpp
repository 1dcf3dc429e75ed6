// People as stored: optional city, e-mail checked, and the city's name joined for display.
#include "TestDatabase.h"
#include "store/PersonStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestPersonStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTripWithCity();
    void roundTripWithoutCityOrEmail();
    void badEmailWritesNothing();
    void updateAndRemove();
    void removeRefusedWhileInMinutes();
    void removeRefusedWhileOwningAgendaBlocks();

private:
    std::unique_ptr<TestDatabase> m_db;
};

void TestPersonStore::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
}

void TestPersonStore::cleanup() { m_db.reset(); }

void TestPersonStore::roundTripWithCity()
{
    PersonStore store(m_db->connection(), m_db->clock());
    PersonRecord p;
    p.name = QStringLiteral("Meryem O'Neil-Çelik");
    p.organisation = QStringLiteral("Çorlu Municipality");
    p.role = QStringLiteral("city_representative");
    p.cityId = m_db->scalar(QStringLiteral("SELECT id FROM city WHERE name = 'Çorlu'")).toLongLong();
    p.email = QStringLiteral("meryem@corlu.bel.tr");
    const auto id = store.insert(p);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    const auto fetched = store.fetch(id.value());
    QVERIFY(fetched.ok());
    QCOMPARE(fetched->name, p.name);
    QCOMPARE(fetched->cityName, QStringLiteral("Çorlu"));
    QCOMPARE(fetched->email, p.email);
    QVERIFY(fetched.value() == p);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT search_key LIKE '%celik%' FROM person WHERE id = ?"), {id.value()}).toInt(), 1);
}

void TestPersonStore::roundTripWithoutCityOrEmail()
{
    PersonStore store(m_db->connection(), m_db->clock());
    PersonRecord p;
    p.name = QStringLiteral("Expert Without City");
    p.role = QStringLiteral("expert");
    const qint64 id = store.insert(p).value();
    const auto fetched = store.fetch(id);
    QVERIFY(!fetched->cityId.has_value());
    QVERIFY(fetched->cityName.isEmpty());
    QVERIFY(m_db->scalar(QStringLiteral("SELECT email IS NULL AND city_id IS NULL FROM person WHERE id = ?"), {id}).toBool());
}

void TestPersonStore::badEmailWritesNothing()
{
    PersonStore store(m_db->connection(), m_db->clock());
    PersonRecord p;
    p.name = QStringLiteral("Typo");
    p.email = QStringLiteral("typo at example.org");
    QVERIFY(!store.insert(p).ok());
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM person")).toInt(), 0);
}

void TestPersonStore::updateAndRemove()
{
    PersonStore store(m_db->connection(), m_db->clock());
    PersonRecord p;
    p.name = QStringLiteral("Luis Gómez");
    const qint64 id = store.insert(p).value();
    p = store.fetch(id).value();
    p.role = QStringLiteral("observer");
    p.organisation = QStringLiteral("UTM");
    QVERIFY(store.update(p).ok());
    QCOMPARE(store.fetch(id)->role, QStringLiteral("observer"));
    QVERIFY(store.remove(id).ok());
    QVERIFY(!store.fetch(id).ok());
}

void TestPersonStore::removeRefusedWhileInMinutes()
{
    PersonStore store(m_db->connection(), m_db->clock());
    PersonRecord p;
    p.name = QStringLiteral("Attendee");
    const qint64 id = store.insert(p).value();
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO session (uuid, pairing_id, sequence, kind, created_at, updated_at)"
                                  " VALUES ('s-1', 1, 1, 'sharing', 'x', 'x')")));
    const qint64 session = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT INTO attendance (session_id, person_id, status) VALUES (?, ?, 'present')"));
    q.addBindValue(session);
    q.addBindValue(id);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    const Status s = store.remove(id);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("attendance")), qPrintable(s.error()));
    QVERIFY(store.fetch(id).ok());
}

void TestPersonStore::removeRefusedWhileOwningAgendaBlocks()
{
    PersonStore store(m_db->connection(), m_db->clock());
    PersonRecord p;
    p.name = QStringLiteral("Block Owner");
    const qint64 id = store.insert(p).value();
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO session (uuid, pairing_id, sequence, kind, created_at, updated_at)"
                                  " VALUES ('s-2', 1, 1, 'sharing', 'x', 'x')")));
    const qint64 session = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT INTO agenda_item (uuid, session_id, position, title, duration_minutes,"
                             " owner_person_id, created_at, updated_at) VALUES ('a-1', ?, 0, 'Expert input', 20, ?, 'x', 'x')"));
    q.addBindValue(session);
    q.addBindValue(id);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    const Status s = store.remove(id);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("Agenda blocks owned by this person: 1")), qPrintable(s.error()));
}

QTEST_GUILESS_MAIN(TestPersonStore)
#include "tst_personstore.moc"
