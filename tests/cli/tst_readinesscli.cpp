// city2city-cli's readiness commands (rubric, add-pilot, assess, readiness), run as the built
// executable on a seeded database in a temporary folder. Bad input gets a message and exit 2
// and leaves the file byte for byte as it was.
#include "CliRunner.h"
#include "database/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QJsonDocument jsonOf(const QByteArray &out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(error.errorString()));
    return doc;
}
} // namespace

class TestReadinessCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rubricText();
    void rubricJson();
    void addPilotAndAssessPrintIds();
    void readinessJson();
    void readinessTextAndPairingFilter();
    void badInput_data();
    void badInput();
    void assessKeepsLevelsNotGiven();

private:
    CliRun run(const QStringList &arguments) const;
    QTemporaryDir m_dir;
    QString m_database;
    qint64 m_lvivPilot = 0;
    qint64 m_annArborPilot = 0;
};

CliRun TestReadinessCli::run(const QStringList &arguments) const
{
    return runCliProgram(QStringLiteral(C2C_CLI_PATH), arguments, m_dir.path());
}

void TestReadinessCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = m_dir.filePath(QStringLiteral("readiness.sqlite"));
    const CliRun created = run({QStringLiteral("summary"), QStringLiteral("--database"), m_database});
    QVERIFY2(created.exit == 0, qPrintable(created.err));
    const CliRun planned = run({QStringLiteral("plan-cycle"), QStringLiteral("--database"), m_database,
                                QStringLiteral("--pairing"), QStringLiteral("E-04"),
                                QStringLiteral("--start"), QStringLiteral("2027-01-11")});
    QVERIFY2(planned.exit == 0, qPrintable(planned.err));
}

void TestReadinessCli::rubricText()
{
    const CliRun r = run({QStringLiteral("rubric")});
    QCOMPARE(r.exit, 0);
    const QString out = QString::fromUtf8(r.out);
    for (const char *text : {"Solution fit and maturity", "Need and stakeholder acceptance", "Mandate and governance",
                             "Resources and funding", "Team and partners", "Implementation plan and monitoring",
                             "Ready to launch", "Piloting", "lowest level", "Technology Readiness Levels"})
        QVERIFY2(out.contains(QLatin1String(text)), text);
}

void TestReadinessCli::rubricJson()
{
    const CliRun r = run({QStringLiteral("rubric"), QStringLiteral("--json")});
    QCOMPARE(r.exit, 0);
    const QJsonDocument doc = jsonOf(r.out);
    QVERIFY(doc.isArray());
    const QJsonArray dimensions = doc.array();
    QCOMPARE(dimensions.size(), 6);
    for (const QJsonValue &v : dimensions) {
        const QJsonObject d = v.toObject();
        QVERIFY(!d.value(QLatin1String("id")).toString().isEmpty());
        QVERIFY(!d.value(QLatin1String("name")).toString().isEmpty());
        const QJsonArray levels = d.value(QLatin1String("levels")).toArray();
        QCOMPARE(levels.size(), 5);
        for (int i = 0; i < levels.size(); ++i) {
            const QJsonObject l = levels.at(i).toObject();
            QVERIFY(l.value(QLatin1String("level")).isDouble());
            QCOMPARE(l.value(QLatin1String("level")).toInt(), i + 1);
            QVERIFY(!l.value(QLatin1String("descriptor")).toString().isEmpty());
        }
    }
    QCOMPARE(dimensions.at(3).toObject().value(QLatin1String("id")).toString(), QStringLiteral("resources"));
}

void TestReadinessCli::addPilotAndAssessPrintIds()
{
    const CliRun lviv = run({QStringLiteral("add-pilot"), QStringLiteral("--database"), m_database,
                             QStringLiteral("--pairing"), QStringLiteral("E-04"), QStringLiteral("--city"), QStringLiteral("Lviv"),
                             QStringLiteral("--title"), QStringLiteral("District heat \"Lviv-Teplo\" pilot; DROP TABLE pilot")});
    QVERIFY2(lviv.exit == 0, qPrintable(lviv.err));
    m_lvivPilot = lviv.out.trimmed().toLongLong();
    QVERIFY(m_lvivPilot > 0);
    const CliRun annArbor = run({QStringLiteral("add-pilot"), QStringLiteral("--database"), m_database,
                                 QStringLiteral("--pairing"), QStringLiteral("E-04"), QStringLiteral("--city"), QStringLiteral("Ann Arbor"),
                                 QStringLiteral("--title"), QStringLiteral("Geothermal loop"),
                                 QStringLiteral("--inspired-by"), QStringLiteral("Lviv"), QStringLiteral("--start"), QStringLiteral("2028-04-01")});
    QVERIFY2(annArbor.exit == 0, qPrintable(annArbor.err));
    m_annArborPilot = annArbor.out.trimmed().toLongLong();
    QVERIFY(m_annArborPilot > m_lvivPilot);

    QStringList first{QStringLiteral("assess"), QStringLiteral("--database"), m_database,
                      QStringLiteral("--pilot"), QString::number(m_lvivPilot), QStringLiteral("--session"), QStringLiteral("E-04#1"),
                      QStringLiteral("--evidence"), QStringLiteral("need=Survey of 400 households, “Сихів” district")};
    for (const char *d : {"solution=2", "need=3", "mandate=2", "resources=1", "team=2", "plan=1"})
        first << QStringLiteral("--level") << QString::fromLatin1(d);
    const CliRun a1 = run(first);
    QVERIFY2(a1.exit == 0, qPrintable(a1.err));
    QVERIFY(a1.out.trimmed().toLongLong() > 0);

    QStringList second{QStringLiteral("assess"), QStringLiteral("--database"), m_database,
                       QStringLiteral("--pilot"), QString::number(m_lvivPilot), QStringLiteral("--session"), QStringLiteral("E-04#2")};
    for (const char *d : {"solution=4", "need=4", "mandate=5", "resources=4", "team=4", "plan=4"})
        second << QStringLiteral("--level") << QString::fromLatin1(d);
    const CliRun a2 = run(second);
    QVERIFY2(a2.exit == 0, qPrintable(a2.err));
    QVERIFY(a2.out.trimmed().toLongLong() > a1.out.trimmed().toLongLong());

    // Partial: one dimension only, on a date.
    const CliRun a3 = run({QStringLiteral("assess"), QStringLiteral("--database"), m_database,
                           QStringLiteral("--pilot"), QString::number(m_annArborPilot), QStringLiteral("--date"), QStringLiteral("2027-02-01"),
                           QStringLiteral("--level"), QStringLiteral("need=5")});
    QVERIFY2(a3.exit == 0, qPrintable(a3.err));
}

void TestReadinessCli::readinessJson()
{
    const CliRun r = run({QStringLiteral("readiness"), QStringLiteral("--json"), QStringLiteral("--database"), m_database});
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    const QJsonArray rows = jsonOf(r.out).array();
    QCOMPARE(rows.size(), 2);
    // By pairing, then city: Ann Arbor first.
    const QJsonObject annArbor = rows.at(0).toObject();
    QCOMPARE(annArbor.value(QLatin1String("pilot")).toInteger(), m_annArborPilot);
    QCOMPARE(annArbor.value(QLatin1String("city")).toString(), QStringLiteral("Ann Arbor"));
    QCOMPARE(annArbor.value(QLatin1String("pairing")).toString(), QStringLiteral("E-04"));
    QCOMPARE(annArbor.value(QLatin1String("overall")).toInt(), 5);
    QCOMPARE(annArbor.value(QLatin1String("ready")), QJsonValue(false)); // five dimensions never assessed
    QCOMPARE(annArbor.value(QLatin1String("levels")).toObject().size(), 1);

    const QJsonObject lviv = rows.at(1).toObject();
    QCOMPARE(lviv.value(QLatin1String("title")).toString(), QStringLiteral("District heat \"Lviv-Teplo\" pilot; DROP TABLE pilot"));
    QCOMPARE(lviv.value(QLatin1String("overall")).toInt(), 4);
    QCOMPARE(lviv.value(QLatin1String("ready")), QJsonValue(true));
    const QJsonObject levels = lviv.value(QLatin1String("levels")).toObject();
    QCOMPARE(levels.size(), 6);
    QCOMPARE(levels.value(QLatin1String("mandate")).toInt(), 5);
    QCOMPARE(levels.value(QLatin1String("resources")).toInt(), 4);
}

void TestReadinessCli::readinessTextAndPairingFilter()
{
    const CliRun r = run({QStringLiteral("readiness"), QStringLiteral("--database"), m_database,
                          QStringLiteral("--pairing"), QStringLiteral("E-04")});
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    const QString out = QString::fromUtf8(r.out);
    QVERIFY(out.contains(QLatin1String("Lviv")));
    QVERIFY(out.contains(QLatin1String("RESOURCES")));
    QVERIFY(out.contains(QLatin1String("lowest level")));
    const CliRun other = run({QStringLiteral("readiness"), QStringLiteral("--json"), QStringLiteral("--database"), m_database,
                              QStringLiteral("--pairing"), QStringLiteral("M-01")});
    QCOMPARE(other.exit, 0);
    QCOMPARE(jsonOf(other.out).array().size(), 0);
}

void TestReadinessCli::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exit");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown dimension") << QStringList{"assess", "--pilot", "1", "--date", "2027-01-01", "--level", "funding=3"} << 2 << "no dimension \"funding\"";
    QTest::newRow("level off the scale") << QStringList{"assess", "--pilot", "1", "--date", "2027-01-01", "--level", "need=6"} << 2 << "from 1 to 5";
    QTest::newRow("level not a number") << QStringList{"assess", "--pilot", "1", "--date", "2027-01-01", "--level", "need=high"} << 2 << "must be a number";
    QTest::newRow("no equals") << QStringList{"assess", "--pilot", "1", "--date", "2027-01-01", "--level", "need"} << 2 << "DIMENSION=LEVEL";
    QTest::newRow("twice") << QStringList{"assess", "--pilot", "1", "--date", "2027-01-01", "--level", "need=2", "--level", "need=3"} << 2 << "twice";
    QTest::newRow("no session nor date") << QStringList{"assess", "--pilot", "1", "--level", "need=2"} << 2 << "--session";
    QTest::newRow("bad date") << QStringList{"assess", "--pilot", "1", "--date", "2027-02-30", "--level", "need=2"} << 2 << "YYYY-MM-DD";
    QTest::newRow("evidence without level") << QStringList{"assess", "--pilot", "1", "--date", "2027-01-01", "--level", "need=2", "--evidence", "team=x"} << 2 << "needs a --level";
    QTest::newRow("session of another pairing") << QStringList{"assess", "--pilot", "1", "--session", "M-01#1", "--level", "need=2"} << 2 << "no session";
    QTest::newRow("unknown pilot") << QStringList{"assess", "--pilot", "9999", "--date", "2027-01-01", "--level", "need=2"} << 1 << "pilot no longer exists";
    QTest::newRow("city not in pairing") << QStringList{"add-pilot", "--pairing", "E-04", "--city", "Kisumu", "--title", "x"} << 1 << "not a member";
    QTest::newRow("second pilot of a city") << QStringList{"add-pilot", "--pairing", "E-04", "--city", "Lviv", "--title", "again"} << 1 << "already has a pilot";
    QTest::newRow("empty title") << QStringList{"add-pilot", "--pairing", "E-04", "--city", "Lviv", "--title", "  "} << 2 << "needs a title";
    QTest::newRow("missing city") << QStringList{"add-pilot", "--pairing", "E-04", "--title", "x"} << 2 << "required";
    QTest::newRow("unknown pairing") << QStringList{"readiness", "--pairing", "Z-99"} << 2 << "Z-99";
}

void TestReadinessCli::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exit);
    QFETCH(QString, message);
    const QByteArray before = fileHash(m_database);
    QVERIFY(!before.isEmpty());
    const CliRun r = run(arguments + QStringList{QStringLiteral("--database"), m_database});
    QCOMPARE(r.exit, exit);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(fileHash(m_database), before);
}

// The levels not given come from the pilot's latest assessment, as in the app's dialog.
void TestReadinessCli::assessKeepsLevelsNotGiven()
{
    const CliRun r = run({QStringLiteral("assess"), QStringLiteral("--database"), m_database,
                          QStringLiteral("--pilot"), QString::number(m_lvivPilot), QStringLiteral("--session"), QStringLiteral("E-04#3"),
                          QStringLiteral("--level"), QStringLiteral("resources=2")});
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    const CliRun after = run({QStringLiteral("readiness"), QStringLiteral("--json"), QStringLiteral("--database"), m_database,
                              QStringLiteral("--pairing"), QStringLiteral("E-04")});
    const QJsonObject lviv = jsonOf(after.out).array().at(1).toObject();
    const QJsonObject levels = lviv.value(QLatin1String("levels")).toObject();
    QCOMPARE(levels.size(), 6);
    QCOMPARE(levels.value(QLatin1String("resources")).toInt(), 2);
    QCOMPARE(levels.value(QLatin1String("mandate")).toInt(), 5); // from E-04#2
    QCOMPARE(lviv.value(QLatin1String("overall")).toInt(), 2);
    QCOMPARE(lviv.value(QLatin1String("ready")), QJsonValue(false));
}

QTEST_GUILESS_MAIN(TestReadinessCli)
#include "tst_readinesscli.moc"
