// The programme as seeded from resources/seed: counts computed from the data, the description's
// names intact, and every city in a real IANA zone.
#include "TestDatabase.h"
#include "domain/TimeZones.h"
#include "store/ProgrammeQueries.h"

#include <QSqlQuery>
#include <QTest>

class TestSeed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void summaryCounts();
    void countsPerTheme_data();
    void countsPerTheme();
    void everyCityHasAValidZone();
    void zonesOfNamedCities_data();
    void zonesOfNamedCities();
    void ukIsStoredAsGb();
    void accentedNamesIntact();
    void sameCountryMayShareAPairing();
    void unknownFactsAreNull();
    void searchKeysAreFolded();

private:
    std::unique_ptr<TestDatabase> m_db;
};

void TestSeed::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
}

void TestSeed::summaryCounts()
{
    const auto summary = ProgrammeQueries(m_db->connection()).summary();
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QCOMPARE(summary->themes, 4);
    QCOMPARE(summary->pairings, 19);
    QCOMPARE(summary->cities, 51);
    QCOMPARE(summary->countries, 26);
    QCOMPARE(summary->byTheme.size(), 4);
    // The same figures straight from the tables, so the summary cannot drift from the data.
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(DISTINCT country_id) FROM city")).toInt(), summary->countries);
    // Each seeded city belongs to exactly one pairing.
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM pairing_city")).toInt(), 51);
    // The totals alone, as the status bar reads them: the same counts, no themes' counts.
    const auto totals = ProgrammeQueries(m_db->connection()).totals();
    QVERIFY2(totals.ok(), qPrintable(totals.error()));
    QCOMPARE(QList<int>({totals->themes, totals->pairings, totals->cities, totals->countries}),
             QList<int>({4, 19, 51, 26}));
    QVERIFY(totals->byTheme.isEmpty());
}

void TestSeed::countsPerTheme_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("pairings");
    QTest::addColumn<int>("cities");
    QTest::newRow("energy") << QStringLiteral("E") << 6 << 17;
    QTest::newRow("resilience") << QStringLiteral("R") << 6 << 16;
    QTest::newRow("C") << QStringLiteral("C") << 3 << 8;
    QTest::newRow("M") << QStringLiteral("M") << 4 << 10;
}

void TestSeed::countsPerTheme()
{
    QFETCH(QString, code);
    QFETCH(int, pairings);
    QFETCH(int, cities);
    const auto summary = ProgrammeQueries(m_db->connection()).summary();
    QVERIFY(summary.ok());
    const auto it = std::find_if(summary->byTheme.cbegin(), summary->byTheme.cend(),
                                 [&](const auto &t) { return t.code == code; });
    QVERIFY(it != summary->byTheme.cend());
    QCOMPARE(it->pairings, pairings);
    QCOMPARE(it->cities, cities);
    QVERIFY(!it->theme.isEmpty());
}

void TestSeed::everyCityHasAValidZone()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT name, time_zone FROM city")));
    int checked = 0;
    while (q.next()) {
        QVERIFY2(TimeZones::isKnown(q.value(1).toString()),
                 qPrintable(q.value(0).toString() + QStringLiteral(": ") + q.value(1).toString()));
        ++checked;
    }
    QCOMPARE(checked, 51);
}

void TestSeed::zonesOfNamedCities_data()
{
    QTest::addColumn<QString>("city");
    QTest::addColumn<QString>("zone");
    QTest::newRow("Leh") << QStringLiteral("Leh") << QStringLiteral("Asia/Kolkata");
    QTest::newRow("Dhankuta") << QStringLiteral("Dhankuta") << QStringLiteral("Asia/Kathmandu");
    QTest::newRow("Chefchaouen") << QStringLiteral("Chefchaouen") << QStringLiteral("Africa/Casablanca");
    QTest::newRow("Ann Arbor") << QStringLiteral("Ann Arbor") << QStringLiteral("America/Detroit");
    QTest::newRow("Lviv") << QStringLiteral("Lviv") << QStringLiteral("Europe/Kyiv");
    QTest::newRow("Birmingham") << QStringLiteral("Birmingham") << QStringLiteral("Europe/London");
}

void TestSeed::zonesOfNamedCities()
{
    QFETCH(QString, city);
    QFETCH(QString, zone);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT time_zone FROM city WHERE name = ?"), {city}).toString(), zone);
}

void TestSeed::ukIsStoredAsGb()
{
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT co.code FROM city c JOIN country co ON co.id = c.country_id"
                                         " WHERE c.name = 'Birmingham'")).toString(),
             QStringLiteral("GB"));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM country WHERE code = 'UK'")).toInt(), 0);
    const auto gb = ProgrammeQueries(m_db->connection()).countryByCode(QStringLiteral("uk"));
    QVERIFY2(gb.ok(), qPrintable(gb.error()));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT code FROM country WHERE id = ?"), {gb.value()}).toString(),
             QStringLiteral("GB"));
}

void TestSeed::accentedNamesIntact()
{
    for (const QString &name : {QStringLiteral("València"), QStringLiteral("Çorlu"),
                                QStringLiteral("Peñalolén"), QStringLiteral("San Luis Potosí"),
                                QStringLiteral("Córdoba")})
        QVERIFY2(m_db->scalar(QStringLiteral("SELECT count(*) FROM city WHERE name = ?"), {name}).toInt() == 1,
                 qPrintable(name));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT name FROM country WHERE code = 'TR'")).toString(),
             QStringLiteral("Türkiye"));
}

void TestSeed::sameCountryMayShareAPairing()
{
    QCOMPARE(m_db->scalar(QStringLiteral(
                 "SELECT count(*) FROM pairing_city pc JOIN pairing p ON p.id = pc.pairing_id"
                 " JOIN city c ON c.id = pc.city_id WHERE p.code = 'R-01'"
                 " AND c.name IN ('Belo Horizonte', 'Salvador')")).toInt(), 2);
}

void TestSeed::unknownFactsAreNull()
{
    // The description gives no populations, GCoM status or plan types: unknown, not invented.
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM city WHERE population IS NOT NULL"
                                         " OR gcom_signatory IS NOT NULL OR plan_type IS NOT NULL")).toInt(), 0);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM person")).toInt(), 0);
}

void TestSeed::searchKeysAreFolded()
{
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM city WHERE search_key LIKE '%valencia%'")).toInt(), 1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM city WHERE search_key LIKE '%corlu%'")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestSeed)
#include "tst_seed.moc"
