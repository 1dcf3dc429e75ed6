// Read-only listings of the programme, as the CLI and the window show them.
#include "TestDatabase.h"
#include "store/ProgrammeQueries.h"

#include <QTest>

class TestProgrammeQueries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pairingsInProgrammeOrder();
    void pairingsOfTheme_data();
    void pairingsOfTheme();
    void pairingWithMembers();
    void unknownPairing();
    void choices();
    void countryByCode_data();
    void countryByCode();

private:
    std::unique_ptr<TestDatabase> m_db;
};

void TestProgrammeQueries::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
}

void TestProgrammeQueries::pairingsInProgrammeOrder()
{
    const auto list = ProgrammeQueries(m_db->connection()).pairings();
    QVERIFY2(list.ok(), qPrintable(list.error()));
    QCOMPARE(list->size(), 19);
    QStringList codes;
    int members = 0;
    for (const auto &p : list.value()) {
        codes << p.code;
        members += int(p.cities.size());
    }
    QCOMPARE(codes.first(), QStringLiteral("E-01"));
    QCOMPARE(codes.at(6), QStringLiteral("R-01"));
    QCOMPARE(codes.at(12), QStringLiteral("C-01"));
    QCOMPARE(codes.last(), QStringLiteral("M-04"));
    QCOMPARE(members, 51);
}

void TestProgrammeQueries::pairingsOfTheme_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("count");
    QTest::newRow("code") << QStringLiteral("E") << 6;
    QTest::newRow("lower-case code") << QStringLiteral("m") << 4;
    QTest::newRow("name") << QStringLiteral("Cooling & Heat Management") << 3;
    QTest::newRow("name, other case") << QStringLiteral("sustainable mobility") << 4;
    QTest::newRow("unknown") << QStringLiteral("Water") << 0;
    QTest::newRow("quote") << QStringLiteral("E' OR 1=1 --") << 0;
}

void TestProgrammeQueries::pairingsOfTheme()
{
    QFETCH(QString, filter);
    QFETCH(int, count);
    const auto list = ProgrammeQueries(m_db->connection()).pairings(filter);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), count);
}

void TestProgrammeQueries::pairingWithMembers()
{
    const qint64 id = m_db->scalar(QStringLiteral("SELECT id FROM pairing WHERE code = 'M-01'")).toLongLong();
    const auto p = ProgrammeQueries(m_db->connection()).pairing(id);
    QVERIFY(p.ok());
    QCOMPARE(p->theme, QStringLiteral("Sustainable Mobility"));
    QStringList names, zones, countries;
    for (const auto &c : p->cities) {
        names << c.name;
        zones << c.timeZone;
        countries << c.countryCode;
    }
    QCOMPARE(names, (QStringList{QStringLiteral("Baguio"), QStringLiteral("Chefchaouen"),
                                 QStringLiteral("Leh"), QStringLiteral("Dhankuta")}));
    QCOMPARE(zones, (QStringList{QStringLiteral("Asia/Manila"), QStringLiteral("Africa/Casablanca"),
                                 QStringLiteral("Asia/Kolkata"), QStringLiteral("Asia/Kathmandu")}));
    QCOMPARE(countries, (QStringList{QStringLiteral("PH"), QStringLiteral("MA"), QStringLiteral("IN"),
                                     QStringLiteral("NP")}));
    const auto members = ProgrammeQueries(m_db->connection()).membersOf(id);
    QVERIFY(members.ok());
    QCOMPARE(members->size(), 4);
    QCOMPARE(members->at(3).countryName, QStringLiteral("Nepal"));
}

void TestProgrammeQueries::unknownPairing()
{
    QVERIFY(!ProgrammeQueries(m_db->connection()).pairing(987654).ok());
}

void TestProgrammeQueries::choices()
{
    ProgrammeQueries queries(m_db->connection());
    const auto themes = queries.themes();
    QVERIFY(themes.ok());
    QCOMPARE(themes->size(), 4);
    QCOMPARE(themes->first().code, QStringLiteral("E"));
    QCOMPARE(themes->first().label, QStringLiteral("Energy & Infrastructure"));
    const auto countries = queries.countries();
    QVERIFY(countries->size() > 240); // every ISO 3166 country, not only the programme's
    const auto cities = queries.cities();
    QCOMPARE(cities->size(), 51);
    const auto facilitators = queries.facilitators();
    QVERIFY(facilitators.ok());
    QCOMPARE(facilitators->size(), 0);
}

void TestProgrammeQueries::countryByCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name"); // empty: refused
    QTest::newRow("ISO") << QStringLiteral("UA") << QStringLiteral("Ukraine");
    QTest::newRow("lower case") << QStringLiteral("np") << QStringLiteral("Nepal");
    QTest::newRow("alias") << QStringLiteral("UK") << QStringLiteral("United Kingdom");
    QTest::newRow("unknown") << QStringLiteral("XX") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestProgrammeQueries::countryByCode()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    const auto id = ProgrammeQueries(m_db->connection()).countryByCode(code);
    QCOMPARE(id.ok(), !name.isEmpty());
    if (id.ok())
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT name FROM country WHERE id = ?"), {id.value()}).toString(), name);
    else
        QVERIFY(!id.error().isEmpty());
}

QTEST_GUILESS_MAIN(TestProgrammeQueries)
#include "tst_programmequeries.moc"
