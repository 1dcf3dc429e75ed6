// city2city-cli, both in-process (CommandLine) and as the built executable.
#include "commandline/CommandLine.h"
#include "core/AppIdentity.h"
#include "database/Database.h"
#include "database/Migrator.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int exit = -1;
    QString out;
    QString err;
};

Run runInProcess(const QStringList &arguments)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    CommandLine commandLine(out, err);
    run.exit = commandLine.run(QStringList{QStringLiteral("city2city-cli")} + arguments);
    out.flush();
    err.flush();
    return run;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void summaryJson();
    void summaryText();
    void pairingsJson();
    void pairingsByTheme_data();
    void pairingsByTheme();
    void badArguments_data();
    void badArguments();
    void helpAndVersion();
    void refusesForeignFilesUntouched_data();
    void refusesForeignFilesUntouched();
    void executableRuns();

private:
    QString database() const { return m_dir.filePath(QStringLiteral("programme.sqlite")); }
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    AppIdentity::apply();
    QVERIFY(m_dir.isValid());
    QVERIFY(Database::open(database()).ok());
}

void TestCli::summaryJson()
{
    const Run run = runInProcess({QStringLiteral("summary"), QStringLiteral("--json"),
                                  QStringLiteral("--database"), database()});
    QCOMPARE(run.exit, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QLatin1String("themes")).toInt(), 4);
    QCOMPARE(root.value(QLatin1String("pairings")).toInt(), 19);
    QCOMPARE(root.value(QLatin1String("cities")).toInt(), 51);
    QCOMPARE(root.value(QLatin1String("countries")).toInt(), 26);
    const QJsonArray byTheme = root.value(QLatin1String("by_theme")).toArray();
    QCOMPARE(byTheme.size(), 4);
    int pairings = 0;
    for (const QJsonValue &theme : byTheme) {
        QVERIFY(theme.toObject().value(QLatin1String("theme")).isString());
        QVERIFY(theme.toObject().value(QLatin1String("cities")).toInt() > 0);
        pairings += theme.toObject().value(QLatin1String("pairings")).toInt();
    }
    QCOMPARE(pairings, 19);
    QCOMPARE(byTheme.at(0).toObject().value(QLatin1String("theme")).toString(), QStringLiteral("Energy & Infrastructure"));
    QCOMPARE(byTheme.at(0).toObject().value(QLatin1String("cities")).toInt(), 17);
}

void TestCli::summaryText()
{
    const Run run = runInProcess({QStringLiteral("--database"), database(), QStringLiteral("summary")});
    QCOMPARE(run.exit, 0);
    QVERIFY(run.out.contains(QStringLiteral("Pairings   19")));
    QVERIFY(run.out.contains(QStringLiteral("Sustainable Mobility")));
}

void TestCli::pairingsJson()
{
    const Run run = runInProcess({QStringLiteral("pairings"), QStringLiteral("--json"),
                                  QStringLiteral("--database"), database()});
    QCOMPARE(run.exit, 0);
    const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(list.size(), 19);
    QJsonObject e04;
    for (const QJsonValue &value : list) {
        const QJsonObject pairing = value.toObject();
        QVERIFY(pairing.value(QLatin1String("id")).toInt() > 0);
        for (const char *key : {"code", "theme", "challenge"})
            QVERIFY2(!pairing.value(QLatin1String(key)).toString().isEmpty(), key);
        if (pairing.value(QLatin1String("code")).toString() == QLatin1String("E-04"))
            e04 = pairing;
    }
    const QJsonArray cities = e04.value(QLatin1String("cities")).toArray();
    QCOMPARE(cities.size(), 2);
    QCOMPARE(cities.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("Ann Arbor"));
    QCOMPARE(cities.at(0).toObject().value(QLatin1String("country")).toString(), QStringLiteral("US"));
    QCOMPARE(cities.at(0).toObject().value(QLatin1String("time_zone")).toString(), QStringLiteral("America/Detroit"));
    QCOMPARE(cities.at(1).toObject().value(QLatin1String("name")).toString(), QStringLiteral("Lviv"));
    QCOMPARE(cities.at(1).toObject().value(QLatin1String("time_zone")).toString(), QStringLiteral("Europe/Kyiv"));
}

void TestCli::pairingsByTheme_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<int>("count");
    QTest::addRow("code") << QStringLiteral("E") << 6;
    QTest::addRow("lower-case code") << QStringLiteral("r") << 6;
    QTest::addRow("name") << QStringLiteral("Cooling & Heat Management") << 3;
    QTest::addRow("name any case") << QStringLiteral("sustainable mobility") << 4;
}

void TestCli::pairingsByTheme()
{
    QFETCH(QString, theme);
    QFETCH(int, count);
    const Run run = runInProcess({QStringLiteral("pairings"), QStringLiteral("--theme"), theme,
                                  QStringLiteral("--json"), QStringLiteral("--database"), database()});
    QCOMPARE(run.exit, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), count);
}

void TestCli::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addRow("no command") << QStringList() << QStringLiteral("no command");
    QTest::addRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown command");
    QTest::addRow("unknown option") << QStringList{QStringLiteral("summary"), QStringLiteral("--colour")}
                                    << QStringLiteral("colour");
    QTest::addRow("unknown theme") << QStringList{QStringLiteral("pairings"), QStringLiteral("--theme"), QStringLiteral("Z")}
                                   << QStringLiteral("no theme");
    QTest::addRow("stray argument") << QStringList{QStringLiteral("summary"), QStringLiteral("extra")}
                                    << QStringLiteral("unexpected argument");
    QTest::addRow("missing value") << QStringList{QStringLiteral("pairings"), QStringLiteral("--theme")}
                                   << QStringLiteral("theme");
}

void TestCli::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = runInProcess(QStringList{QStringLiteral("--database"), database()} + arguments);
    QCOMPARE(run.exit, int(CommandLine::Usage));
    QVERIFY2(run.err.contains(message, Qt::CaseInsensitive), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCli::helpAndVersion()
{
    Run run = runInProcess({QStringLiteral("--help")});
    QCOMPARE(run.exit, 0);
    QVERIFY(run.out.contains(QStringLiteral("summary")));
    QVERIFY(run.out.contains(QStringLiteral("pairings")));
    run = runInProcess({QStringLiteral("--version")});
    QCOMPARE(run.exit, 0);
    QVERIFY(run.out.contains(QStringLiteral(C2C_VERSION)));
    run = runInProcess({QStringLiteral("pairings"), QStringLiteral("--help")});
    QCOMPARE(run.exit, 0);
    QVERIFY(run.out.contains(QStringLiteral("--theme")));
}

void TestCli::refusesForeignFilesUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::addRow("text file") << QStringLiteral("text") << QStringLiteral("not an SQLite file");
    QTest::addRow("other application") << QStringLiteral("foreign") << QStringLiteral("another application");
    QTest::addRow("newer schema") << QStringLiteral("newer") << QStringLiteral("newer version");
}

void TestCli::refusesForeignFilesUntouched()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(kind + QStringLiteral(".sqlite"));
    if (kind == QLatin1String("text")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name;population\nÇorlu;280000\n");
    } else {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kind);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            if (kind == QLatin1String("foreign")) {
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE recipe (id INTEGER PRIMARY KEY, name TEXT)")));
            } else {
                QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId)));
                QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrator::latestVersion() + 1)));
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE future (id INTEGER PRIMARY KEY)")));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(kind);
    }
    const QByteArray before = fileHash(path);
    const Run run = runInProcess({QStringLiteral("summary"), QStringLiteral("--database"), path});
    QCOMPARE(run.exit, int(CommandLine::Failed));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestCli::executableRuns()
{
    QProcess process;
    process.start(QStringLiteral(C2C_CLI_PATH),
                  {QStringLiteral("pairings"), QStringLiteral("--theme"), QStringLiteral("M"),
                   QStringLiteral("--database"), database()});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY(out.contains(QStringLiteral("Chefchaouen (MA, Africa/Casablanca)")));
    QVERIFY(out.contains(QStringLiteral("4 pairings")));

    process.start(QStringLiteral(C2C_CLI_PATH), {QStringLiteral("nonsense")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(!process.readAllStandardError().isEmpty());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
