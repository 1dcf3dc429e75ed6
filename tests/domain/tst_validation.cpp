// The rules a record must meet before it is written, and the cohort eligibility verdict.
#include "domain/Eligibility.h"
#include "domain/Records.h"
#include "domain/Validation.h"

#include <QTest>

Q_DECLARE_METATYPE(CityRecord)
Q_DECLARE_METATYPE(PersonRecord)
Q_DECLARE_METATYPE(PairingRecord)

namespace {
CityRecord validCity()
{
    CityRecord city;
    city.name = QStringLiteral("Lviv");
    city.countryId = 1;
    city.timeZone = QStringLiteral("Europe/Kyiv");
    return city;
}

PairingRecord validPairing()
{
    PairingRecord pairing;
    pairing.code = QStringLiteral("E-07");
    pairing.themeId = 1;
    pairing.challenge = QStringLiteral("Deep retrofit of public buildings");
    pairing.cityIds = {1, 2};
    return pairing;
}
} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void city_data();
    void city();
    void person_data();
    void person();
    void pairing_data();
    void pairing();
    void pairingWarnsOutsideTwoToFour_data();
    void pairingWarnsOutsideTwoToFour();
    void eligibility_data();
    void eligibility();
};

void TestValidation::city_data()
{
    QTest::addColumn<CityRecord>("city");
    QTest::addColumn<QString>("error"); // a part of the message, empty when valid

    QTest::newRow("valid") << validCity() << QString();
    CityRecord c = validCity();
    c.name = QStringLiteral("   ");
    QTest::newRow("blank name") << c << QStringLiteral("needs a name");
    c = validCity();
    c.name = QString(201, u'x');
    QTest::newRow("long name") << c << QStringLiteral("too long");
    c = validCity();
    c.countryId = 0;
    QTest::newRow("no country") << c << QStringLiteral("Choose the country of Lviv");
    c = validCity();
    c.population = 0;
    QTest::newRow("zero population") << c << QStringLiteral("positive number");
    c = validCity();
    c.population = 717000;
    QTest::newRow("population known") << c << QString();
    c = validCity();
    c.timeZone.clear();
    QTest::newRow("no zone") << c << QStringLiteral("Choose the time zone");
    c = validCity();
    c.timeZone = QStringLiteral("Europe/Lviv");
    QTest::newRow("unknown zone") << c << QStringLiteral("“Europe/Lviv” is not a known time zone");
    c = validCity();
    c.cohortStatus = QStringLiteral("vip");
    QTest::newRow("unknown cohort status") << c << QStringLiteral("Unknown cohort status");
    c = validCity();
    c.name = QStringLiteral("O'Brien \"Town\"; DROP TABLE city");
    QTest::newRow("quotes are just text") << c << QString();
}

void TestValidation::city()
{
    QFETCH(CityRecord, city);
    QFETCH(QString, error);
    const Status status = Validation::city(city);
    QCOMPARE(status.ok(), error.isEmpty());
    if (!error.isEmpty())
        QVERIFY2(status.error().contains(error), qPrintable(status.error()));
}

void TestValidation::person_data()
{
    QTest::addColumn<PersonRecord>("person");
    QTest::addColumn<QString>("error");

    PersonRecord p;
    p.name = QStringLiteral("Olena Kovalenko");
    QTest::newRow("valid") << p << QString();
    PersonRecord q = p;
    q.name.clear();
    QTest::newRow("no name") << q << QStringLiteral("needs a name");
    q = p;
    q.role = QStringLiteral("mayor");
    QTest::newRow("unknown role") << q << QStringLiteral("Choose the role");
    q = p;
    q.email = QStringLiteral("olena@lviv");
    QTest::newRow("bad e-mail") << q << QStringLiteral("is not an e-mail address");
    q = p;
    q.email = QStringLiteral(" olena.kovalenko@city-adm.lviv.ua ");
    QTest::newRow("good e-mail") << q << QString();
    q = p;
    q.role = QStringLiteral("facilitator");
    QTest::newRow("facilitator") << q << QString();
}

void TestValidation::person()
{
    QFETCH(PersonRecord, person);
    QFETCH(QString, error);
    const Status status = Validation::person(person);
    QCOMPARE(status.ok(), error.isEmpty());
    if (!error.isEmpty())
        QVERIFY2(status.error().contains(error), qPrintable(status.error()));
}

void TestValidation::pairing_data()
{
    QTest::addColumn<PairingRecord>("pairing");
    QTest::addColumn<QString>("error");

    QTest::newRow("valid") << validPairing() << QString();
    PairingRecord p = validPairing();
    p.code = QStringLiteral(" ");
    QTest::newRow("no code") << p << QStringLiteral("needs a code");
    p = validPairing();
    p.code = QString(21, u'E');
    QTest::newRow("long code") << p << QStringLiteral("too long");
    p = validPairing();
    p.themeId = 0;
    QTest::newRow("no theme") << p << QStringLiteral("Choose the theme");
    p = validPairing();
    p.challenge.clear();
    QTest::newRow("no challenge") << p << QStringLiteral("Describe the challenge");
    p = validPairing();
    p.status = QStringLiteral("paused");
    QTest::newRow("unknown status") << p << QStringLiteral("Unknown pairing status");
    p = validPairing();
    p.cityIds = {1, 2, 1};
    QTest::newRow("city twice") << p << QStringLiteral("only once");
    p = validPairing();
    p.cityIds = {1, 2, 3, 4, 5};
    QTest::newRow("five cities is a warning, not an error") << p << QString();
}

void TestValidation::pairing()
{
    QFETCH(PairingRecord, pairing);
    QFETCH(QString, error);
    const Status status = Validation::pairing(pairing);
    QCOMPARE(status.ok(), error.isEmpty());
    if (!error.isEmpty())
        QVERIFY2(status.error().contains(error), qPrintable(status.error()));
}

void TestValidation::pairingWarnsOutsideTwoToFour_data()
{
    QTest::addColumn<int>("cities");
    QTest::addColumn<bool>("warns");
    QTest::newRow("0") << 0 << true;
    QTest::newRow("1") << 1 << true;
    QTest::newRow("2") << 2 << false;
    QTest::newRow("4") << 4 << false;
    QTest::newRow("5") << 5 << true;
}

void TestValidation::pairingWarnsOutsideTwoToFour()
{
    QFETCH(int, cities);
    QFETCH(bool, warns);
    PairingRecord p = validPairing();
    p.cityIds.clear();
    for (int i = 1; i <= cities; ++i)
        p.cityIds << i;
    const QStringList warnings = Validation::pairingWarnings(p);
    QCOMPARE(!warnings.isEmpty(), warns);
    if (warns)
        QVERIFY2(warnings.first().contains(QStringLiteral("this one has %1").arg(cities)),
                 qPrintable(warnings.first()));
}

void TestValidation::eligibility_data()
{
    QTest::addColumn<CityRecord>("city");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("reason");

    CityRecord c = validCity();
    c.population = 717000;
    c.gcomSignatory = true;
    c.planCitywide = true;
    QTest::newRow("eligible") << c << int(Eligibility::Verdict::Eligible) << QString();
    CityRecord small = c;
    small.population = 49999;
    QTest::newRow("too small") << small << int(Eligibility::Verdict::NotEligible) << QStringLiteral("under");
    CityRecord exactly = c;
    exactly.population = 50000;
    QTest::newRow("exactly 50,000") << exactly << int(Eligibility::Verdict::Eligible) << QString();
    CityRecord noGcom = c;
    noGcom.gcomSignatory = false;
    QTest::newRow("not a signatory") << noGcom << int(Eligibility::Verdict::NotEligible)
                                     << QStringLiteral("Global Covenant of Mayors");
    CityRecord partialPlan = c;
    partialPlan.planCitywide = false;
    QTest::newRow("plan not city-wide") << partialPlan << int(Eligibility::Verdict::NotEligible)
                                        << QStringLiteral("whole city");
    CityRecord unknown = validCity();
    QTest::newRow("all unknown") << unknown << int(Eligibility::Verdict::Unknown) << QStringLiteral("unknown: population");
    CityRecord mixed = validCity();
    mixed.population = 20000;
    QTest::newRow("known failure beats unknowns") << mixed << int(Eligibility::Verdict::NotEligible)
                                                  << QStringLiteral("under");
}

void TestValidation::eligibility()
{
    QFETCH(CityRecord, city);
    QFETCH(int, verdict);
    QFETCH(QString, reason);
    const Eligibility e = Eligibility::of(city);
    QCOMPARE(int(e.verdict), verdict);
    if (reason.isEmpty())
        QVERIFY(e.reasons.isEmpty());
    else
        QVERIFY2(e.summary().contains(reason), qPrintable(e.summary()));
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
