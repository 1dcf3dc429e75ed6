// Cities as stored: round trips with unknowns and hostile names, uniqueness, and deletions
// that would orphan a pairing or a person refused with the reason.
#include "TestDatabase.h"
#include "store/CityStore.h"
#include "store/PersonStore.h"
#include "store/ProgrammeQueries.h"

#include <QTest>

class TestCityStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTripKeepsUnknownsAsNull();
    void hostileNamesAreJustText_data();
    void hostileNamesAreJustText();
    void nameIsUniqueWithinCountry();
    void insertKeepsGivenIdAndUuid();
    void invalidCityWritesNothing();
    void updateChangesSearchKeyAndStamp();
    void updateOfMissingCityFails();
    void removeRefusedWhileInPairing();
    void removeRefusedWhilePeopleBelong();
    void removeUnusedCity();

private:
    qint64 country(const QString &code) const;
    CityRecord newCity(const QString &name) const;
    std::unique_ptr<TestDatabase> m_db;
};

void TestCityStore::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
}

void TestCityStore::cleanup() { m_db.reset(); }

qint64 TestCityStore::country(const QString &code) const
{
    return ProgrammeQueries(m_db->connection()).countryByCode(code).value();
}

CityRecord TestCityStore::newCity(const QString &name) const
{
    CityRecord city;
    city.name = name;
    city.countryId = country(QStringLiteral("UA"));
    city.timeZone = QStringLiteral("Europe/Kyiv");
    return city;
}

void TestCityStore::roundTripKeepsUnknownsAsNull()
{
    CityStore store(m_db->connection(), m_db->clock());
    CityRecord city = newCity(QStringLiteral("Kharkiv"));
    city.population = 1421125;
    city.gcomSignatory = false;
    auto id = store.insert(city);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    const auto fetched = store.fetch(id.value());
    QVERIFY(fetched.ok());
    QCOMPARE(fetched->name, QStringLiteral("Kharkiv"));
    QCOMPARE(fetched->countryCode, QStringLiteral("UA"));
    QCOMPARE(fetched->population, std::optional<qint64>(1421125));
    QCOMPARE(fetched->gcomSignatory, std::optional<bool>(false));
    QVERIFY(!fetched->planCitywide.has_value());
    QVERIFY(fetched->planType.isEmpty());
    QCOMPARE(fetched->uuid.size(), 36);
    QCOMPARE(fetched->createdAt, QStringLiteral("2027-03-20T13:12:00.000Z"));
    QVERIFY(m_db->scalar(QStringLiteral("SELECT plan_citywide IS NULL AND plan_type IS NULL FROM city WHERE id = ?"),
                         {id.value()}).toBool());
    QVERIFY(fetched.value() == city);
}

void TestCityStore::hostileNamesAreJustText_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("quote") << QStringLiteral("L'Aquila");
    QTest::newRow("double quotes") << QStringLiteral("\"Little\" Lviv");
    QTest::newRow("injection") << QStringLiteral("x'); DROP TABLE city; --");
    QTest::newRow("wildcards") << QStringLiteral("100% _city_ \\ done");
    QTest::newRow("accents and cedilla") << QStringLiteral("Çorlu-Peñalolén");
}

void TestCityStore::hostileNamesAreJustText()
{
    QFETCH(QString, name);
    CityStore store(m_db->connection(), m_db->clock());
    CityRecord city = newCity(name);
    auto id = store.insert(city);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(store.fetch(id.value())->name, name);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM city")).toInt(), 52);
}

void TestCityStore::nameIsUniqueWithinCountry()
{
    CityStore store(m_db->connection(), m_db->clock());
    CityRecord twin = newCity(QStringLiteral(" Lviv "));
    const auto refused = store.insert(twin);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("already a city named Lviv")), qPrintable(refused.error()));
    // Another country may have a city of the same name.
    CityRecord elsewhere = newCity(QStringLiteral("Lviv"));
    elsewhere.countryId = country(QStringLiteral("PL"));
    elsewhere.timeZone = QStringLiteral("Europe/Warsaw");
    QVERIFY(store.insert(elsewhere).ok());
}

void TestCityStore::insertKeepsGivenIdAndUuid()
{
    CityStore store(m_db->connection(), m_db->clock());
    CityRecord city = newCity(QStringLiteral("Odesa"));
    city.id = 5000;
    city.uuid = QStringLiteral("0b7c1b1e-3f52-4c55-9a3e-1d1c0f9a0001");
    city.createdAt = QStringLiteral("2026-01-02T03:04:05.000Z");
    QCOMPARE(store.insert(city).value(), qint64(5000));
    const auto fetched = store.fetch(5000);
    QCOMPARE(fetched->uuid, city.uuid);
    QCOMPARE(fetched->createdAt, QStringLiteral("2026-01-02T03:04:05.000Z"));
}

void TestCityStore::invalidCityWritesNothing()
{
    CityStore store(m_db->connection(), m_db->clock());
    CityRecord city = newCity(QStringLiteral("Atlantis"));
    city.timeZone = QStringLiteral("Ocean/Atlantis");
    const auto refused = store.insert(city);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("not a known time zone")), qPrintable(refused.error()));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM city")).toInt(), 51);
}

void TestCityStore::updateChangesSearchKeyAndStamp()
{
    CityStore store(m_db->connection(), m_db->clock());
    const qint64 id = m_db->scalar(QStringLiteral("SELECT id FROM city WHERE name = 'Lviv'")).toLongLong();
    CityRecord city = store.fetch(id).value();
    city.name = QStringLiteral("Lwów");
    m_db->clock().set(TestDatabase::defaultNow().addDays(1));
    QVERIFY(store.update(city).ok());
    const auto fetched = store.fetch(id);
    QCOMPARE(fetched->name, QStringLiteral("Lwów"));
    QCOMPARE(fetched->updatedAt, QStringLiteral("2027-03-21T13:12:00.000Z"));
    QCOMPARE(fetched->createdAt, QStringLiteral("2027-03-20T13:12:00.000Z"));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT search_key FROM city WHERE id = ?"), {id}).toString(),
             QStringLiteral("lwow ukraine europe/kyiv"));
}

void TestCityStore::updateOfMissingCityFails()
{
    CityStore store(m_db->connection(), m_db->clock());
    CityRecord ghost = newCity(QStringLiteral("Ghost"));
    ghost.id = 987654;
    const Status s = store.update(ghost);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("no longer exists")), qPrintable(s.error()));
}

void TestCityStore::removeRefusedWhileInPairing()
{
    CityStore store(m_db->connection(), m_db->clock());
    const qint64 id = m_db->scalar(QStringLiteral("SELECT id FROM city WHERE name = 'Ann Arbor'")).toLongLong();
    const Status s = store.remove(id);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("E-04")), qPrintable(s.error()));
    QVERIFY(store.fetch(id).ok());
}

void TestCityStore::removeRefusedWhilePeopleBelong()
{
    CityStore store(m_db->connection(), m_db->clock());
    CityRecord city = newCity(QStringLiteral("Vinnytsia"));
    const qint64 id = store.insert(city).value();
    PersonRecord person;
    person.name = QStringLiteral("Iryna Bondar");
    person.cityId = id;
    QVERIFY(PersonStore(m_db->connection(), m_db->clock()).insert(person).ok());
    const Status s = store.remove(id);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("People who belong to this city: 1")), qPrintable(s.error()));
}

void TestCityStore::removeUnusedCity()
{
    CityStore store(m_db->connection(), m_db->clock());
    CityRecord city = newCity(QStringLiteral("Dnipro"));
    const qint64 id = store.insert(city).value();
    QVERIFY(store.remove(id).ok());
    QVERIFY(!store.fetch(id).ok());
}

QTEST_GUILESS_MAIN(TestCityStore)
#include "tst_citystore.moc"
