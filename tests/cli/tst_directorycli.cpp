// city2city-cli import-cities, import-people, export-cities, export-people, run as the built
// executable on database files it creates in a temporary folder.
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString seedPath(const QString &name)
{
    return QDir(QStringLiteral(C2C_CSV_DATA)).filePath(name);
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray hashOf(const QString &path)
{
    return QCryptographicHash::hash(contentsOf(path), QCryptographicHash::Sha256);
}

} // namespace

class TestDirectoryCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importsCitiesThenPeople();
    void badRowsAreNamedAndTheFileIsUntouched();
    void tenThousandRowsWithThreeBad();
    void dryRunWritesNothing();
    void brokenFilesAreRefused_data();
    void brokenFilesAreRefused();
    void exportRoundTripsThroughAnotherDatabase();
    void usage_data();
    void usage();
    void exportToAnUnwritablePlaceLeavesNothing();

private:
    CliRun runCli(const QStringList &arguments) const;
    // A new seeded database file, created by the CLI itself.
    QString newDatabase(const QString &name) const;

    QTemporaryDir m_dir;
};

CliRun TestDirectoryCli::runCli(const QStringList &arguments) const
{
    return runCliProgram(QStringLiteral(C2C_CLI_PATH), arguments, m_dir.path());
}

QString TestDirectoryCli::newDatabase(const QString &name) const
{
    const QString path = m_dir.filePath(name + QStringLiteral(".sqlite"));
    const CliRun run = runCli({QStringLiteral("summary"), QStringLiteral("--database"), path});
    if (run.exit != 0)
        qWarning("cannot create %s: %s", qPrintable(path), qPrintable(run.err));
    return path;
}

void TestDirectoryCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(C2C_CLI_PATH)), C2C_CLI_PATH);
}

void TestDirectoryCli::importsCitiesThenPeople()
{
    const QString db = newDatabase(QStringLiteral("import"));
    CliRun run = runCli({QStringLiteral("import-cities"), seedPath(QStringLiteral("cities-excel-semicolon.csv")),
                         QStringLiteral("--database"), db});
    QVERIFY2(run.exit == 0, qPrintable(run.err));
    QCOMPARE(run.out, QByteArray("Imported 4 cities.\n"));
    run = runCli({QStringLiteral("import-people"), QStringLiteral("--database"), db,
                  seedPath(QStringLiteral("people-libreoffice.csv"))});
    QVERIFY2(run.exit == 0, qPrintable(run.err));
    QCOMPARE(run.out, QByteArray("Imported 4 people.\n"));
    QCOMPARE(run.err, QString());

    const QString out = m_dir.filePath(QStringLiteral("people.csv"));
    run = runCli({QStringLiteral("export-people"), QStringLiteral("--out"), out, QStringLiteral("--database"), db});
    QVERIFY2(run.exit == 0, qPrintable(run.err));
    QCOMPARE(QString::fromUtf8(run.out), QStringLiteral("Wrote 4 people to %1.\n").arg(QDir::toNativeSeparators(out)));
    const QByteArray csv = contentsOf(out);
    QVERIFY(csv.startsWith("\xEF\xBB\xBFname,role,organisation,city,country,email,uuid\r\n"));
    QVERIFY(csv.contains("\r\n\"Robert'); DROP TABLE city;--\",observer,\"Bobby Tables & Sons, \"\"Ltd\"\"\",Lviv,UA,robert@example.org,"));
    QVERIFY(csv.contains(QStringLiteral("\r\nAyşe Yılmaz,city_representative,\"Çorlu Municipality\nClimate Office\",Çorlu,TR,").toUtf8()));

    run = runCli({QStringLiteral("export-cities"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("cities.csv")),
                  QStringLiteral("--database"), db});
    QVERIFY2(run.exit == 0, qPrintable(run.err));
    QCOMPARE(run.out, QByteArray("Wrote 55 cities to ") + QDir::toNativeSeparators(m_dir.filePath(QStringLiteral("cities.csv"))).toUtf8() + ".\n");
}

void TestDirectoryCli::badRowsAreNamedAndTheFileIsUntouched()
{
    const QString db = newDatabase(QStringLiteral("bad"));
    const QByteArray before = hashOf(db);
    const CliRun run = runCli({QStringLiteral("import-people"), seedPath(QStringLiteral("people-bad-rows.csv")),
                               QStringLiteral("--database"), db});
    QCOMPARE(run.exit, 1);
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(run.err.split(u'\n', Qt::SkipEmptyParts), (QStringList{
        QStringLiteral("line 3, column \"email\": “bob@” is not an e-mail address."),
        QStringLiteral("line 4, column \"city\": no city “Atlantis” in the database; import or add it first."),
        QStringLiteral("line 5, column \"role\": unknown role “wizard”; one of: city_representative, expert, facilitator, observer."),
        QStringLiteral("line 6, column \"email\": line 2 has the same address."),
        QStringLiteral("4 of 5 rows have problems; nothing was imported.")}));
    QCOMPARE(hashOf(db), before);
}

void TestDirectoryCli::tenThousandRowsWithThreeBad()
{
    const QString db = newDatabase(QStringLiteral("tenthousand"));
    QByteArray data("name;role;organisation;city;email\r\n");
    for (int i = 0; i < 10000; ++i) {
        const int line = i + 2;
        if (line == 10)
            data += "No Role;;;Lviv;a@example.org\r\n";
        else if (line == 5000)
            data += "\"Two\nLines\";expert;;Lviv;not an address\r\n";
        else if (line == 10001)
            data += "Wrong Country;expert;;Lviv;b@example.org;extra\r\n";
        else
            data += "Person " + QByteArray::number(i) + ";expert;\"A; B\";Lviv;p" + QByteArray::number(i) + "@example.org\r\n";
    }
    const QString file = m_dir.filePath(QStringLiteral("tenthousand.csv"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(data);
    }
    const QByteArray before = hashOf(db);
    const CliRun run = runCli({QStringLiteral("import-people"), file, QStringLiteral("--database"), db});
    QCOMPARE(run.exit, 1);
    QCOMPARE(run.err.split(u'\n', Qt::SkipEmptyParts), (QStringList{
        QStringLiteral("line 10, column \"role\": the role is missing; one of: city_representative, expert, facilitator, observer."),
        QStringLiteral("line 5000, column \"email\": “not an address” is not an e-mail address."),
        QStringLiteral("line 10002: more values (6) than the first line names columns (5)."),
        QStringLiteral("3 of 10,000 rows have problems; nothing was imported.")}));
    QCOMPARE(hashOf(db), before);
}

void TestDirectoryCli::dryRunWritesNothing()
{
    const QString db = newDatabase(QStringLiteral("dryrun"));
    const QByteArray before = hashOf(db);
    CliRun run = runCli({QStringLiteral("import-cities"), QStringLiteral("--dry-run"),
                         seedPath(QStringLiteral("cities-excel-semicolon.csv")), QStringLiteral("--database"), db});
    QVERIFY2(run.exit == 0, qPrintable(run.err));
    QCOMPARE(run.out, QByteArray("4 cities can be imported; nothing was written (dry run).\n"));
    QCOMPARE(hashOf(db), before);
    run = runCli({QStringLiteral("import-people"), QStringLiteral("--dry-run"), seedPath(QStringLiteral("people-bad-rows.csv")),
                  QStringLiteral("--database"), db});
    QCOMPARE(run.exit, 1);
    QVERIFY(run.err.contains(QStringLiteral("line 3, column \"email\"")));
    QCOMPARE(hashOf(db), before);
    run = runCli({QStringLiteral("import-cities"), seedPath(QStringLiteral("cities-excel-semicolon.csv")),
                  QStringLiteral("--database"), db});
    QVERIFY2(run.exit == 0, qPrintable(run.err));
    QVERIFY(hashOf(db) != before);
}

void TestDirectoryCli::brokenFilesAreRefused_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("error");
    QTest::newRow("unterminated quote") << QStringLiteral("import-cities") << seedPath(QStringLiteral("broken-unterminated-quote.csv"))
                                        << QStringLiteral("line 3: the quoted field in column 1 is never closed");
    QTest::newRow("Windows-1252") << QStringLiteral("import-cities") << seedPath(QStringLiteral("broken-windows-1252.csv"))
                                  << QStringLiteral("line 2: the text is not UTF-8");
    QTest::newRow("stray quote") << QStringLiteral("import-people") << seedPath(QStringLiteral("broken-stray-quote.csv"))
                                 << QStringLiteral("line 2: a stray quote in column 2");
    QTest::newRow("cities file given to import-people")
        << QStringLiteral("import-people") << seedPath(QStringLiteral("cities-excel-semicolon.csv"))
        << QStringLiteral("The file has no column \"role\"");
    QTest::newRow("missing file") << QStringLiteral("import-people") << QStringLiteral("/nonexistent/people.csv")
                                  << QStringLiteral("cannot read /nonexistent/people.csv");
}

void TestDirectoryCli::brokenFilesAreRefused()
{
    QFETCH(QString, command);
    QFETCH(QString, file);
    QFETCH(QString, error);
    const QString db = newDatabase(QStringLiteral("broken-%1").arg(QTest::currentDataTag()).replace(u' ', u'-'));
    const QByteArray before = hashOf(db);
    const CliRun run = runCli({command, file, QStringLiteral("--database"), db});
    QCOMPARE(run.exit, 1);
    QVERIFY2(run.err.contains(error), qPrintable(run.err));
    QCOMPARE(hashOf(db), before);
}

void TestDirectoryCli::exportRoundTripsThroughAnotherDatabase()
{
    const QString first = newDatabase(QStringLiteral("first"));
    CliRun run = runCli({QStringLiteral("import-people"), seedPath(QStringLiteral("people-libreoffice.csv")),
                         QStringLiteral("--database"), first});
    QVERIFY2(run.exit == 0, qPrintable(run.err));
    const QString exported = m_dir.filePath(QStringLiteral("first-people.csv"));
    run = runCli({QStringLiteral("export-people"), QStringLiteral("--out"), exported, QStringLiteral("--database"), first});
    QVERIFY2(run.exit == 0, qPrintable(run.err));

    const QString second = newDatabase(QStringLiteral("second"));
    run = runCli({QStringLiteral("import-people"), exported, QStringLiteral("--database"), second});
    QVERIFY2(run.exit == 0, qPrintable(run.err));
    QCOMPARE(run.out, QByteArray("Imported 4 people.\n"));
    const QString again = m_dir.filePath(QStringLiteral("second-people.csv"));
    run = runCli({QStringLiteral("export-people"), QStringLiteral("--out"), again, QStringLiteral("--database"), second});
    QVERIFY2(run.exit == 0, qPrintable(run.err));
    QCOMPARE(contentsOf(again), contentsOf(exported));

    // Into the first file again: every row is there already (same uuids and addresses).
    const QByteArray before = hashOf(first);
    run = runCli({QStringLiteral("import-people"), exported, QStringLiteral("--database"), first});
    QCOMPARE(run.exit, 1);
    QVERIFY(run.err.endsWith(QStringLiteral("4 of 4 rows have problems; nothing was imported.\n")));
    QCOMPARE(hashOf(first), before);
}

void TestDirectoryCli::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exit");
    QTest::addColumn<QString>("message");
    QTest::newRow("no file") << QStringList{QStringLiteral("import-cities")} << 2 << QStringLiteral("FILE is missing");
    QTest::newRow("two files") << QStringList{QStringLiteral("import-people"), QStringLiteral("a.csv"), QStringLiteral("b.csv")}
                               << 2 << QStringLiteral("unexpected argument “b.csv”");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("import-people"), QStringLiteral("--force"), QStringLiteral("a.csv")}
                                    << 2 << QStringLiteral("Unknown option 'force'");
    QTest::newRow("export without --out") << QStringList{QStringLiteral("export-cities")} << 2
                                          << QStringLiteral("give the file to write with --out FILE");
    QTest::newRow("export with a file argument")
        << QStringList{QStringLiteral("export-people"), QStringLiteral("people.csv")} << 2 << QStringLiteral("unexpected argument");
}

void TestDirectoryCli::usage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exit);
    QFETCH(QString, message);
    const CliRun run = runCli(arguments + QStringList{QStringLiteral("--database"), m_dir.filePath(QStringLiteral("usage.sqlite"))});
    QCOMPARE(run.exit, exit);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("usage.sqlite")))); // nothing opened

    const CliRun help = runCli({arguments.constFirst(), QStringLiteral("--help")});
    QCOMPARE(help.exit, 0);
    QVERIFY(help.out.contains(arguments.constFirst().toUtf8() + " [options]"));
}

void TestDirectoryCli::exportToAnUnwritablePlaceLeavesNothing()
{
    const QString db = newDatabase(QStringLiteral("unwritable"));
    const QString out = m_dir.filePath(QStringLiteral("no-such-folder/cities.csv"));
    const CliRun run = runCli({QStringLiteral("export-cities"), QStringLiteral("--out"), out, QStringLiteral("--database"), db});
    QCOMPARE(run.exit, 1);
    QVERIFY2(run.err.contains(QStringLiteral("Cannot write")), qPrintable(run.err));
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestDirectoryCli)
#include "tst_directorycli.moc"
