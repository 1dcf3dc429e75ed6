// Importing and exporting cities and people as CSV, on real database files.
#include "TestDatabase.h"
#include "edit/ChangeNotifier.h"
#include "edit/Editor.h"
#include "exchange/DirectoryExport.h"
#include "exchange/DirectoryImport.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

namespace {

QByteArray seedFile(const QString &name)
{
    QFile file(QDir(QStringLiteral(C2C_CSV_DATA)).filePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int count(const TestDatabase &db, const QString &table)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
}

QStringList problemTexts(const ImportPreview &preview)
{
    QStringList texts;
    for (const ImportProblem &problem : preview.problems())
        texts << problem.text();
    return texts;
}

// Every stored field of the directory, by uuid, so that two files can be compared row by row.
QStringList directoryRows(const TestDatabase &db)
{
    QStringList rows;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral(
        "SELECT c.uuid, c.name, co.code, c.search_key, quote(c.population), quote(c.gcom_signatory),"
        " quote(c.plan_type), quote(c.plan_citywide), c.time_zone, quote(c.cohort_status)"
        " FROM city c JOIN country co ON co.id = c.country_id ORDER BY c.uuid"));
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < 10; ++i)
            fields << q.value(i).toString();
        rows << fields.join(u'|');
    }
    q.exec(QStringLiteral(
        "SELECT p.uuid, p.name, p.search_key, p.role, quote(p.organisation), quote(c.uuid), quote(p.email)"
        " FROM person p LEFT JOIN city c ON c.id = p.city_id ORDER BY p.uuid"));
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < 7; ++i)
            fields << q.value(i).toString();
        rows << fields.join(u'|');
    }
    return rows;
}

// A seeded file without pairings, cities or people: countries and themes only.
void clearDirectory(TestDatabase &db)
{
    QSqlQuery q(db.connection());
    for (const char *sql : {"DELETE FROM pairing_city", "DELETE FROM pairing", "DELETE FROM person",
                            "DELETE FROM city_working_hours", "DELETE FROM city"})
        QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
}

// name,role,organisation,city,country,email for `rows` people; bad rows at the given lines.
QByteArray peopleFile(int rows, const QMap<int, QByteArray> &badLines)
{
    QByteArray data("name,role,organisation,city,country,email\r\n");
    for (int i = 0; i < rows; ++i) {
        const int line = i + 2;
        if (badLines.contains(line)) {
            data += badLines.value(line) + "\r\n";
            continue;
        }
        static const char *roles[] = {"expert", "city_representative", "Observer", "facilitator"};
        static const char *cities[] = {"Lviv,UA", "Leh,IN", "Çorlu,", ","};
        data += "Person " + QByteArray::number(i) + ',' + roles[i % 4] + ",\"Office, " + QByteArray::number(i % 13)
                + "\"," + cities[i % 4] + ",p" + QByteArray::number(i) + "@example.org\r\n";
    }
    return data;
}

} // namespace

class TestDirectoryImport : public QObject
{
    Q_OBJECT

private slots:
    void importsExcelCities();
    void importsLibreOfficePeople();
    void injectionLikeNamesAreStoredVerbatim();
    void tenThousandRowsWithThreeBadOnesImportNothing();
    void badRowsNamedWithLineColumnAndReason();
    void duplicates();
    void cityOfAPerson();
    void valuesOfCities_data();
    void valuesOfCities();
    void fileErrors_data();
    void fileErrors();
    void unknownColumnsAreWarnings();
    void wrongFieldCounts();
    void blankLinesAreSkipped();
    void roundTripIntoAFreshDatabase();
    void undoAndRedoAsOneStep();
    void undoRefusedWhileImportedRowsAreUsed();
    void writtenWhileTheEventLoopGoesOn();
    void cityAddedSinceTheCheckImportsNothing();
    void cancelStopsChecking();
};

void TestDirectoryImport::importsExcelCities()
{
    TestDatabase db;
    QVERIFY2(db.ok(), qPrintable(db.error()));
    const int before = count(db, QStringLiteral("city"));
    ImportPreview preview = DirectoryImport::preview(db.connection(), DirectoryKind::Cities,
                                                     seedFile(QStringLiteral("cities-excel-semicolon.csv")));
    QVERIFY2(preview.fileError().isEmpty(), qPrintable(preview.fileError()));
    QCOMPARE(problemTexts(preview), QStringList());
    QCOMPARE(preview.rowCount(), 4);
    QCOMPARE(preview.lineOf(3), 5);
    QVERIFY(preview.canApply());
    QCOMPARE(count(db, QStringLiteral("city")), before); // a preview writes nothing
    const auto imported = DirectoryImport::apply(db.connection(), db.clock(), preview);
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(imported.value(), 4);
    QCOMPARE(count(db, QStringLiteral("city")), before + 4);

    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT c.name, co.code, c.population, c.gcom_signatory, c.plan_type, c.plan_citywide, c.time_zone,"
        " c.cohort_status FROM city c JOIN country co ON co.id = c.country_id"
        " WHERE c.name IN ('São Paulo', 'Kraków', 'Córdoba; Andalucía', 'Tromsø') ORDER BY c.id")));
    QStringList rows;
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < 8; ++i)
            fields << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        rows << fields.join(u'|');
    }
    QCOMPARE(rows, (QStringList{
        QStringLiteral("São Paulo|BR|12325232|1|CAP|1|America/Sao_Paulo|member"),
        QStringLiteral("Kraków|PL|800653|0|SECAP|NULL|Europe/Warsaw|joining"),
        QStringLiteral("Córdoba; Andalucía|ES|NULL|NULL|NULL|NULL|Europe/Madrid|NULL"),
        QStringLiteral("Tromsø|NO|77095|1|SEACAP \"2030\"|0|Europe/Oslo|member")}));
}

void TestDirectoryImport::importsLibreOfficePeople()
{
    TestDatabase db;
    QVERIFY(db.ok());
    const QVariant cacheSize = db.scalar(QStringLiteral("PRAGMA cache_size"));
    const QVariant tempStore = db.scalar(QStringLiteral("PRAGMA temp_store"));
    ImportPreview preview = DirectoryImport::preview(db.connection(), DirectoryKind::People,
                                                     seedFile(QStringLiteral("people-libreoffice.csv")));
    QCOMPARE(problemTexts(preview), QStringList());
    QCOMPARE(preview.rowCount(), 4);
    QCOMPARE(preview.lineOf(2), 5); // the organisation of line 3 runs over two lines
    const auto imported = DirectoryImport::apply(db.connection(), db.clock(), preview);
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(db.scalar(QStringLiteral("SELECT organisation FROM person WHERE email = 'ayse@example.org'")).toString(),
             QStringLiteral("Çorlu Municipality\nClimate Office"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT role FROM person WHERE email = 'ayse@example.org'")).toString(),
             QStringLiteral("city_representative"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT c.name FROM person p JOIN city c ON c.id = p.city_id"
                                      " WHERE p.name = 'Maria Silva'")).toString(),
             QStringLiteral("Rio de Janeiro"));
    QVERIFY(db.scalar(QStringLiteral("SELECT city_id FROM person WHERE name = 'Nobody Inparticular'")).isNull());
    QVERIFY(db.scalar(QStringLiteral("SELECT uuid FROM person WHERE name = 'Maria Silva'")).toString().size() == 36);
    // The import's page cache and in-memory statement journals were for its transaction only.
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA cache_size")), cacheSize);
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA temp_store")), tempStore);
}

void TestDirectoryImport::injectionLikeNamesAreStoredVerbatim()
{
    TestDatabase db;
    QVERIFY(db.ok());
    const int cities = count(db, QStringLiteral("city"));
    const QString bobby = QStringLiteral("Robert'); DROP TABLE city;--");
    const QByteArray citiesCsv = "name,country,time_zone\n\"Robert'); DROP TABLE city;--\",UA,Europe/Kyiv\n"
                                 "\"x\"\" OR 1=1; --\",UA,Europe/Kyiv\n"
                                 "50%1 off %2,UA,Europe/Kyiv\n";
    ImportPreview cityPreview = DirectoryImport::preview(db.connection(), DirectoryKind::Cities, citiesCsv);
    QVERIFY2(DirectoryImport::apply(db.connection(), db.clock(), cityPreview).ok(), qPrintable(problemTexts(cityPreview).join('\n')));
    ImportPreview people = DirectoryImport::preview(db.connection(), DirectoryKind::People,
                                                    seedFile(QStringLiteral("people-libreoffice.csv")));
    QVERIFY(DirectoryImport::apply(db.connection(), db.clock(), people).ok());

    QCOMPARE(count(db, QStringLiteral("city")), cities + 3); // the table is still there
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM city WHERE name = ?"), {bobby}).toInt(), 1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM city WHERE name = ?"), {QStringLiteral("x\" OR 1=1; --")}).toInt(), 1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM person WHERE email = 'robert@example.org'")).toString(), bobby);
    QCOMPARE(db.scalar(QStringLiteral("SELECT organisation FROM person WHERE email = 'robert@example.org'")).toString(),
             QStringLiteral("Bobby Tables & Sons, \"Ltd\""));
    // Names holding placeholders stay as they are, in the database and in messages.
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM city WHERE name = '50%1 off %2'")).toInt(), 1);
    const ImportPreview again = DirectoryImport::preview(db.connection(), DirectoryKind::Cities, citiesCsv);
    QCOMPARE(problemTexts(again).last(), QStringLiteral("line 4, column \"name\": 50%1 off %2 (UA) is already in the database."));
    // A person in the city named like an injection finds it by that name.
    const QByteArray inBobby = "name,role,city,country\nResident,observer,\"Robert'); DROP TABLE city;--\",UA\n";
    ImportPreview resident = DirectoryImport::preview(db.connection(), DirectoryKind::People, inBobby);
    QCOMPARE(problemTexts(resident), QStringList());
    QVERIFY(DirectoryImport::apply(db.connection(), db.clock(), resident).ok());
    QCOMPARE(db.scalar(QStringLiteral("SELECT c.name FROM person p JOIN city c ON c.id = p.city_id WHERE p.name = 'Resident'")).toString(),
             bobby);
}

void TestDirectoryImport::tenThousandRowsWithThreeBadOnesImportNothing()
{
    TestDatabase db;
    QVERIFY(db.ok());
    const QByteArray data = peopleFile(10000, {{1201, "Bad Mail,expert,,Lviv,UA,bob@"},
                                               {5002, "Lost Soul,observer,,Atlantis,,lost@example.org"},
                                               {9999, "Odd Role,wizard,,Leh,IN,odd@example.org"}});
    const QString before = db.scalar(QStringLiteral("SELECT count(*) || '/' || coalesce(max(id), 0) FROM person")).toString();
    ImportPreview preview = DirectoryImport::preview(db.connection(), DirectoryKind::People, data);
    QCOMPARE(preview.rowCount(), 10000);
    QCOMPARE(preview.badRowCount(), 3);
    QVERIFY(!preview.canApply());
    QCOMPARE(problemTexts(preview), (QStringList{
        QStringLiteral("line 1201, column \"email\": “bob@” is not an e-mail address."),
        QStringLiteral("line 5002, column \"city\": no city “Atlantis” in the database; import or add it first."),
        QStringLiteral("line 9999, column \"role\": unknown role “wizard”; one of: city_representative, expert, facilitator, observer.")}));
    QVERIFY(preview.isBad(1199));
    QVERIFY(!preview.isBad(1200));

    const auto applied = DirectoryImport::apply(db.connection(), db.clock(), preview);
    QVERIFY(!applied.ok());
    QCOMPARE(applied.error(), QStringLiteral("3 of 10000 rows have problems; nothing was imported."));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) || '/' || coalesce(max(id), 0) FROM person")).toString(), before);

    // Corrected, the same file goes in whole.
    ImportPreview fixed = DirectoryImport::preview(db.connection(), DirectoryKind::People, peopleFile(10000, {}));
    QVERIFY(fixed.canApply());
    const auto imported = DirectoryImport::apply(db.connection(), db.clock(), fixed);
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(count(db, QStringLiteral("person")), 10000);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM person WHERE city_id IS NULL")).toInt(), 2500);
    // Every row has its own random (version 4) uuid.
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(DISTINCT uuid) FROM person WHERE length(uuid) = 36"
                                      " AND substr(uuid, 15, 1) = '4' AND substr(uuid, 20, 1) IN ('8', '9', 'a', 'b')")).toInt(), 10000);
}

void TestDirectoryImport::badRowsNamedWithLineColumnAndReason()
{
    TestDatabase db;
    QVERIFY(db.ok());
    const ImportPreview preview = DirectoryImport::preview(db.connection(), DirectoryKind::People,
                                                           seedFile(QStringLiteral("people-bad-rows.csv")));
    QCOMPARE(preview.rowCount(), 5);
    QCOMPARE(preview.badRowCount(), 4);
    QCOMPARE(problemTexts(preview), (QStringList{
        QStringLiteral("line 3, column \"email\": “bob@” is not an e-mail address."),
        QStringLiteral("line 4, column \"city\": no city “Atlantis” in the database; import or add it first."),
        QStringLiteral("line 5, column \"role\": unknown role “wizard”; one of: city_representative, expert, facilitator, observer."),
        QStringLiteral("line 6, column \"email\": line 2 has the same address.")}));
    QCOMPARE(preview.problemsOf(2).size(), 1);
    QCOMPARE(preview.problemsOf(2).constFirst().column, QStringLiteral("city"));
    QVERIFY(preview.problemsOf(0).isEmpty());
}

void TestDirectoryImport::duplicates()
{
    TestDatabase db;
    QVERIFY(db.ok());
    // Cities: the same name, ignoring case and accents, in the same country; in the file or stored.
    const QByteArray cities = "name,country,time_zone,uuid\n"
                              "VALENCIA,ES,Europe/Madrid,\n"          // València is seeded
                              "Valencia,VE,America/Caracas,\n"        // another country: fine
                              "Nowa Huta,PL,Europe/Warsaw,\n"
                              "nowa huta,Poland,Europe/Warsaw,\n"
                              "Gdańsk,PL,Europe/Warsaw,not-a-uuid\n";
    const ImportPreview cityPreview = DirectoryImport::preview(db.connection(), DirectoryKind::Cities, cities);
    QCOMPARE(problemTexts(cityPreview), (QStringList{
        QStringLiteral("line 2, column \"name\": València (ES) is already in the database."),
        QStringLiteral("line 5, column \"name\": line 4 has nowa huta (PL) already."),
        QStringLiteral("line 6, column \"uuid\": “not-a-uuid” is not a UUID; leave it empty for a new one.")}));

    // People: the same address; without one, the same name and city; the same uuid.
    const QByteArray seed = "name,role,city,email,uuid\n"
                            "Ann Lee,expert,Lviv,ann@example.org,0b5f4d1e-8d4c-4a39-a4b3-64a3d6a1b001\n"
                            "Bo Chen,expert,Leh,,\n";
    ImportPreview first = DirectoryImport::preview(db.connection(), DirectoryKind::People, seed);
    QVERIFY(DirectoryImport::apply(db.connection(), db.clock(), first).ok());
    const QByteArray again = "name,role,city,email,uuid\n"
                             "Ann Lee (new job),expert,Lviv,ANN@example.org,\n"
                             "bo chen,observer,Leh,,\n"
                             "Bo Chen,observer,Lviv,,\n"   // another city: another person
                             "Cy Dee,expert,,cy@example.org,{0b5f4d1e-8d4c-4a39-a4b3-64a3d6a1b001}\n"
                             "Di Eck,expert,,di@example.org,\n"
                             "Di Eck,expert,,DI@EXAMPLE.ORG,\n"
                             "Ed Fox,expert,,,\n"
                             "ed fox,expert,,,\n";
    const ImportPreview second = DirectoryImport::preview(db.connection(), DirectoryKind::People, again);
    QCOMPARE(problemTexts(second), (QStringList{
        QStringLiteral("line 2, column \"email\": Ann Lee in the database has this address already."),
        QStringLiteral("line 3, column \"name\": Bo Chen of the same city is in the database already; give an e-mail address to tell them apart."),
        QStringLiteral("line 5, column \"uuid\": “Ann Lee” in the database has this uuid already."),
        QStringLiteral("line 7, column \"email\": line 6 has the same address."),
        QStringLiteral("line 9, column \"name\": line 8 has the same name and city; give an e-mail address to tell them apart.")}));
}

void TestDirectoryImport::cityOfAPerson()
{
    TestDatabase db;
    QVERIFY(db.ok());
    ImportPreview cities = DirectoryImport::preview(db.connection(), DirectoryKind::Cities,
                                                    "name,country,time_zone\nCórdoba,ES,Europe/Madrid\n");
    QVERIFY(DirectoryImport::apply(db.connection(), db.clock(), cities).ok()); // Córdoba, AR is seeded
    const QByteArray people = "name,role,city,country\n"
                              "A,expert,cordoba,\n"
                              "B,expert,Córdoba,Spain\n"
                              "C,expert,CÓRDOBA,ar\n"
                              "D,expert,Córdoba,FR\n"
                              "E,expert,Córdoba,Narnia\n"
                              "F,expert,,UA\n"
                              "G,expert,Birmingham,UK\n";
    const ImportPreview preview = DirectoryImport::preview(db.connection(), DirectoryKind::People, people);
    QCOMPARE(problemTexts(preview), (QStringList{
        QStringLiteral("line 2, column \"city\": several cities are called “cordoba” (AR, ES); add a \"country\" column."),
        QStringLiteral("line 5, column \"city\": no city “Córdoba” in FR in the database; import or add it first."),
        QStringLiteral("line 6, column \"country\": unknown country “Narnia”; give its ISO code (such as UA) or its name."),
        QStringLiteral("line 7, column \"country\": a country without a city; the country only tells cities of the same name apart.")}));
}

void TestDirectoryImport::valuesOfCities_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("problem");
    const QString ok;
    QTest::newRow("all given") << QByteArray("Testville,UA,50000,yes,SECAP,no,Europe/Kyiv,member") << ok;
    QTest::newRow("unknowns empty") << QByteArray("Testville,UA,,,,,Europe/Kyiv,") << ok;
    QTest::newRow("population grouped by dots") << QByteArray("Testville,DE,1.234.567,,,,Europe/Berlin,") << ok;
    QTest::newRow("population with decimals")
        << QByteArray("Testville,UA,12.5,,,,Europe/Kyiv,") << QStringLiteral("column \"population\": “12.5” is not a population");
    QTest::newRow("population zero")
        << QByteArray("Testville,UA,0,,,,Europe/Kyiv,") << QStringLiteral("column \"population\": “0” is not a population");
    QTest::newRow("flag") << QByteArray("Testville,UA,,maybe,,,Europe/Kyiv,")
                          << QStringLiteral("column \"gcom_signatory\": “maybe” is not yes or no");
    QTest::newRow("time zone") << QByteArray("Testville,UA,,,,,Europe/Atlantis,")
                               << QStringLiteral("column \"time_zone\": “Europe/Atlantis” is not a known time zone");
    QTest::newRow("no time zone") << QByteArray("Testville,UA,,,,,,")
                                  << QStringLiteral("column \"time_zone\": Choose the time zone of Testville");
    QTest::newRow("cohort") << QByteArray("Testville,UA,,,,,Europe/Kyiv,alumni")
                            << QStringLiteral("column \"cohort_status\": Unknown cohort status “alumni”.");
    QTest::newRow("no name") << QByteArray(",UA,,,,,Europe/Kyiv,") << QStringLiteral("column \"name\": A city needs a name.");
    QTest::newRow("no country") << QByteArray("Testville,,,,,,Europe/Kyiv,")
                                << QStringLiteral("column \"country\": the country is missing");
    QTest::newRow("alias UK") << QByteArray("Testville,UK,,,,,Europe/London,") << ok;
    QTest::newRow("name too long") << QByteArray(QByteArray(201, 'x') + ",UA,,,,,Europe/Kyiv,")
                                   << QStringLiteral("column \"name\": The city name is too long");
}

void TestDirectoryImport::valuesOfCities()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, problem);
    TestDatabase db;
    QVERIFY(db.ok());
    const QByteArray data = "name,country,population,gcom_signatory,plan_type,plan_citywide,time_zone,cohort_status\n" + row + '\n';
    const ImportPreview preview = DirectoryImport::preview(db.connection(), DirectoryKind::Cities, data);
    QCOMPARE(preview.rowCount(), 1);
    if (problem.isEmpty()) {
        QCOMPARE(problemTexts(preview), QStringList());
    } else {
        QCOMPARE(preview.problems().size(), 1);
        const QString text = preview.problems().constFirst().text();
        QVERIFY2(text.startsWith(QStringLiteral("line 2, ") + problem), qPrintable(text));
    }
}

void TestDirectoryImport::fileErrors_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << int(DirectoryKind::People) << QByteArray()
                           << QStringLiteral("The file is empty: its first line should name the columns.");
    QTest::newRow("required column missing")
        << int(DirectoryKind::Cities) << QByteArray("name,country\nLviv,UA\n")
        << QStringLiteral("The file has no column \"time_zone\". The first line must name the columns; cities need name, country, time_zone.");
    QTest::newRow("data without a header line")
        << int(DirectoryKind::People) << QByteArray("Ann Lee,expert\n")
        << QStringLiteral("The file has no column \"name\", \"role\". The first line must name the columns; people need name, role.");
    QTest::newRow("a column twice")
        << int(DirectoryKind::People) << QByteArray("name,role,E-mail,email\n")
        << QStringLiteral("The columns \"E-mail\" and \"email\" are the same column (email).");
    QTest::newRow("not CSV") << int(DirectoryKind::People) << seedFile(QStringLiteral("broken-unterminated-quote.csv"))
                             << QStringLiteral("line 3: the quoted field in column 1 is never closed (a quote is missing).");
    QTest::newRow("Windows code page") << int(DirectoryKind::Cities) << seedFile(QStringLiteral("broken-windows-1252.csv"))
                                       << QStringLiteral("line 2: the text is not UTF-8");
}

void TestDirectoryImport::fileErrors()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    TestDatabase db;
    QVERIFY(db.ok());
    ImportPreview preview = DirectoryImport::preview(db.connection(), DirectoryKind(kind), data);
    QVERIFY2(preview.fileError().startsWith(error), qPrintable(preview.fileError()));
    QCOMPARE(preview.rowCount(), 0);
    QVERIFY(!preview.canApply());
    QVERIFY(!DirectoryImport::apply(db.connection(), db.clock(), preview).ok());
}

void TestDirectoryImport::unknownColumnsAreWarnings()
{
    TestDatabase db;
    QVERIFY(db.ok());
    const QByteArray data = "Full name;Organization;Role;Phone;;E-Mail;id\nAnn Lee;Lviv City;Expert;+380 1;;ann@example.org;7\n";
    ImportPreview preview = DirectoryImport::preview(db.connection(), DirectoryKind::People, data);
    QCOMPARE(preview.fileError(), QString());
    QCOMPARE(preview.warnings(), QStringList{QStringLiteral(
        "Not imported (unknown columns): \"Phone\", \"id\". Known columns: name, role, organisation, city, country, email, uuid.")});
    QVERIFY(preview.canApply());
    QVERIFY(DirectoryImport::apply(db.connection(), db.clock(), preview).ok());
    QCOMPARE(db.scalar(QStringLiteral("SELECT organisation || '/' || role || '/' || email FROM person WHERE name = 'Ann Lee'")).toString(),
             QStringLiteral("Lviv City/expert/ann@example.org"));
}

void TestDirectoryImport::wrongFieldCounts()
{
    TestDatabase db;
    QVERIFY(db.ok());
    const QByteArray data = "name,role,email\n"
                            "Ann,expert\n"
                            "Bo,expert,bo@example.org,,\n"       // empty extra fields: fine
                            "Cy,expert,cy@example.org,surprise\n";
    const ImportPreview preview = DirectoryImport::preview(db.connection(), DirectoryKind::People, data);
    QCOMPARE(problemTexts(preview), (QStringList{
        QStringLiteral("line 2: 2 values where the first line names 3 columns."),
        QStringLiteral("line 4: more values (4) than the first line names columns (3).")}));
}

void TestDirectoryImport::blankLinesAreSkipped()
{
    TestDatabase db;
    QVERIFY(db.ok());
    const QByteArray data = "name;role\r\n\r\nAnn;expert\r\n;\r\nBo;expert\r\n\r\n";
    const ImportPreview preview = DirectoryImport::preview(db.connection(), DirectoryKind::People, data);
    QCOMPARE(preview.rowCount(), 2);
    QCOMPARE(preview.lineOf(0), 3);
    QCOMPARE(preview.lineOf(1), 5);
    QVERIFY(preview.canApply());
}

// Export, import into a fresh file, export again: the same rows (uuids included) and the very
// same bytes.
void TestDirectoryImport::roundTripIntoAFreshDatabase()
{
    TestDatabase source;
    QVERIFY(source.ok());
    for (const auto &[kind, file] : {std::pair{DirectoryKind::Cities, QStringLiteral("cities-excel-semicolon.csv")},
                                     std::pair{DirectoryKind::People, QStringLiteral("people-libreoffice.csv")},
                                     std::pair{DirectoryKind::People, QStringLiteral("people-export.csv")}}) {
        ImportPreview preview = DirectoryImport::preview(source.connection(), kind, seedFile(file));
        const auto imported = DirectoryImport::apply(source.connection(), source.clock(), preview);
        QVERIFY2(imported.ok(), qPrintable(file + u' ' + imported.error() + problemTexts(preview).join(u'\n')));
    }
    const auto cities = DirectoryExport::csv(source.connection(), DirectoryKind::Cities);
    const auto people = DirectoryExport::csv(source.connection(), DirectoryKind::People);
    QVERIFY(cities.ok() && people.ok());
    QCOMPARE(cities->rows, count(source, QStringLiteral("city")));
    QCOMPARE(people->rows, 6);
    QVERIFY(cities->csv.startsWith("\xEF\xBB\xBFname,country,population,gcom_signatory,plan_type,plan_citywide,time_zone,cohort_status,uuid\r\n"));
    QVERIFY(cities->csv.contains("\r\nS\xC3\xA3o Paulo,BR,12325232,yes,CAP,yes,America/Sao_Paulo,member,"));

    TestDatabase copy;
    QVERIFY(copy.ok());
    clearDirectory(copy);
    for (const auto &[kind, data] : {std::pair{DirectoryKind::Cities, cities->csv}, std::pair{DirectoryKind::People, people->csv}}) {
        ImportPreview preview = DirectoryImport::preview(copy.connection(), kind, data);
        QCOMPARE(preview.warnings(), QStringList());
        const auto imported = DirectoryImport::apply(copy.connection(), copy.clock(), preview);
        QVERIFY2(imported.ok(), qPrintable(imported.error() + problemTexts(preview).join(u'\n')));
    }
    QCOMPARE(directoryRows(copy), directoryRows(source));
    QCOMPARE(DirectoryExport::csv(copy.connection(), DirectoryKind::Cities)->csv, cities->csv);
    QCOMPARE(DirectoryExport::csv(copy.connection(), DirectoryKind::People)->csv, people->csv);

    // Importing the export again into its own file finds every row there already.
    const ImportPreview again = DirectoryImport::preview(source.connection(), DirectoryKind::People, people->csv);
    QCOMPARE(again.badRowCount(), again.rowCount());
}

void TestDirectoryImport::undoAndRedoAsOneStep()
{
    TestDatabase db;
    QVERIFY(db.ok());
    QUndoStack stack;
    ChangeNotifier notifier;
    Editor editor(db.database(), &stack, &notifier);
    QSignalSpy changes(&notifier, &ChangeNotifier::changed);
    ImportPreview preview = DirectoryImport::preview(db.connection(), DirectoryKind::People, peopleFile(500, {}));
    QVERIFY(preview.canApply());
    const auto imported = editor.importRecords(preview.records());
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(imported.value(), 500);
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.undoText(), QStringLiteral("Import 500 people"));
    QCOMPARE(changes.size(), 1); // once for all rows
    QCOMPARE(changes.constFirst().at(0).value<ChangeNotifier::Entity>(), ChangeNotifier::Entity::Person);
    QCOMPARE(changes.constFirst().at(1).toLongLong(), ChangeNotifier::ManyRows);
    const QStringList rows = directoryRows(db);
    QCOMPARE(count(db, QStringLiteral("person")), 500);

    stack.undo();
    QCOMPARE(count(db, QStringLiteral("person")), 0);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.last().at(2).value<ChangeNotifier::Change>(), ChangeNotifier::Change::Removed);
    stack.redo();
    QCOMPARE(directoryRows(db), rows); // the same ids, uuids and values
    QCOMPARE(changes.size(), 3);
}

// The import's write, its undo and its redo run away from this thread, whose event loop goes
// on meanwhile (a timer ticks), and every other edit is refused until they are done.
void TestDirectoryImport::writtenWhileTheEventLoopGoesOn()
{
    TestDatabase db;
    QVERIFY(db.ok());
    QUndoStack stack;
    ChangeNotifier notifier;
    Editor editor(db.database(), &stack, &notifier);
    QSignalSpy writing(&editor, &Editor::writingAwayChanged);
    ImportPreview preview = DirectoryImport::preview(db.connection(), DirectoryKind::People, peopleFile(3000, {}));
    QVERIFY(preview.canApply());
    const int cities = count(db, QStringLiteral("city"));
    QSqlQuery country(db.connection());
    QVERIFY(country.exec(QStringLiteral("SELECT id FROM country WHERE code = 'UA'")) && country.next());
    const qint64 ukraine = country.value(0).toLongLong();
    country.finish(); // a statement left open would keep this connection on the snapshot before the import

    int writingTicks = 0;
    QStringList refusals;
    const auto town = [ukraine](const QString &name) {
        CityRecord city;
        city.name = name;
        city.countryId = ukraine;
        city.timeZone = QStringLiteral("Europe/Kyiv");
        return city;
    };
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (!editor.isWritingAway())
            return;
        ++writingTicks;
        if (const auto added = editor.addCity(town(QStringLiteral("Tick Town %1").arg(writingTicks))); !added)
            refusals << added.error();
    });
    timer.start(0);
    const auto imported = editor.importRecords(preview.records());
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QVERIFY2(writingTicks > 0, "the event loop did not run while the rows were written");
    QVERIFY(!refusals.isEmpty());
    QCOMPARE(refusals.constFirst(), QStringLiteral("An import is being written; try again when it is done."));
    QCOMPARE(count(db, QStringLiteral("city")), cities);
    QCOMPARE(count(db, QStringLiteral("person")), 3000);
    QCOMPARE(writing.size(), 2);
    QCOMPARE(writing.at(0).at(0).toBool(), true);
    QCOMPARE(writing.at(1).at(0).toBool(), false);
    QVERIFY(!editor.isWritingAway());

    writingTicks = 0;
    stack.undo();
    QVERIFY2(writingTicks > 0, "the event loop did not run while the rows were taken out");
    QCOMPARE(count(db, QStringLiteral("person")), 0);
    writingTicks = 0;
    stack.redo();
    QVERIFY(writingTicks > 0);
    QCOMPARE(count(db, QStringLiteral("person")), 3000);
    QCOMPARE(count(db, QStringLiteral("city")), cities);
    QCOMPARE(stack.count(), 1);

    // Once done, edits are taken again.
    timer.stop();
    QVERIFY(editor.addCity(town(QStringLiteral("After Town"))).ok());
}

void TestDirectoryImport::undoRefusedWhileImportedRowsAreUsed()
{
    TestDatabase db;
    QVERIFY(db.ok());
    QUndoStack stack;
    ChangeNotifier notifier;
    Editor editor(db.database(), &stack, &notifier);
    QSignalSpy failures(&notifier, &ChangeNotifier::failed);
    ImportPreview preview = DirectoryImport::preview(db.connection(), DirectoryKind::Cities,
                                                     "name,country,time_zone\nNew Town,UA,Europe/Kyiv\nOld Town,UA,Europe/Kyiv\n");
    QVERIFY(editor.importRecords(preview.records()).ok());
    // Another program (the command line) gives New Town a resident; the undo cannot take it out.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO person (uuid, name, search_key, role, city_id, created_at, updated_at)"
                                  " SELECT 'u-1', 'Resident', 'resident', 'expert', id, 'x', 'x' FROM city WHERE name = 'New Town'")));
    stack.undo();
    QCOMPARE(failures.size(), 1);
    QVERIFY2(failures.constFirst().at(0).toString().contains(QStringLiteral("used now")), qPrintable(failures.constFirst().at(0).toString()));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM city WHERE name IN ('New Town', 'Old Town')")).toInt(), 2);
}

void TestDirectoryImport::cityAddedSinceTheCheckImportsNothing()
{
    TestDatabase db;
    QVERIFY(db.ok());
    ImportPreview preview = DirectoryImport::preview(db.connection(), DirectoryKind::Cities,
                                                     "name,country,time_zone\nNew Town,UA,Europe/Kyiv\nOld Town,UA,Europe/Kyiv\n");
    QVERIFY(preview.canApply());
    // Between the check and the import, another program adds Old Town to Ukraine.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO city (uuid, name, search_key, country_id, time_zone, created_at, updated_at)"
                                  " SELECT 'u-old', 'Old Town', 'old town', id, 'Europe/Kyiv', 'x', 'x' FROM country WHERE code = 'UA'")));
    const int before = count(db, QStringLiteral("city"));
    const auto imported = DirectoryImport::apply(db.connection(), db.clock(), preview);
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().contains(QStringLiteral("added to the database since")), qPrintable(imported.error()));
    QCOMPARE(count(db, QStringLiteral("city")), before);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM city WHERE name = 'New Town'")).toInt(), 0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE record_label = 'New Town'")).toInt(), 0);
}

void TestDirectoryImport::cancelStopsChecking()
{
    TestDatabase db;
    QVERIFY(db.ok());
    std::atomic_bool cancelled(false);
    int reports = 0;
    DirectoryImport::Options options;
    options.cancelled = &cancelled;
    options.progress = [&](int done, int total) {
        QCOMPARE(total, 5000);
        QVERIFY(done <= total);
        if (++reports == 2)
            cancelled = true;
    };
    const ImportPreview preview = DirectoryImport::preview(db.connection(), DirectoryKind::People, peopleFile(5000, {}), options);
    QVERIFY(preview.wasCancelled());
    QVERIFY(!preview.canApply());
    QVERIFY(preview.rowCount() < 5000);
}

QTEST_MAIN(TestDirectoryImport)
#include "tst_directoryimport.moc"
