// city2city-cli history, run as the built executable on a database the CLI itself changed:
// the changes of a pairing and of a session, newest first, as text and as JSON, with the
// facilitator's name from the settings written verbatim; clear errors for unknown ids.
#include "CliRunner.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString Facilitator = QStringLiteral("Robert'); DROP TABLE city;--");
} // namespace

class TestHistoryCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pairingHistoryAsText();
    void pairingHistoryAsJson();
    void sessionHistory();
    void badInput_data();
    void badInput();

private:
    CliRun run(QStringList arguments) const
    {
        arguments << QStringLiteral("--database") << m_database;
        return runCliProgram(QStringLiteral(C2C_CLI_PATH), arguments, m_dir.path());
    }
    QTemporaryDir m_dir;
    QString m_database;
};

void TestHistoryCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = m_dir.filePath(QStringLiteral("history.sqlite"));
    // The CLI's settings file (XDG_CONFIG_HOME is inside the folder), as the window writes it.
    {
        QSettings settings(QDir(m_dir.path()).filePath(QStringLiteral("xdg-config/utm-city2city/facilitator.conf")),
                           QSettings::IniFormat);
        settings.setValue(QStringLiteral("preferences/facilitatorName"), Facilitator);
    }
    const CliRun planned = run({QStringLiteral("plan-cycle"), QStringLiteral("--pairing"), QStringLiteral("E-04"),
                                QStringLiteral("--start"), QStringLiteral("2027-01-11")});
    QVERIFY2(planned.exit == 0, qPrintable(planned.err));
    const CliRun pilot = run({QStringLiteral("add-pilot"), QStringLiteral("--pairing"), QStringLiteral("E-04"),
                              QStringLiteral("--city"), QStringLiteral("Lviv"), QStringLiteral("--title"),
                              QStringLiteral("Heat pumps for a school")});
    QVERIFY2(pilot.exit == 0, qPrintable(pilot.err));
}

void TestHistoryCli::pairingHistoryAsText()
{
    const CliRun r = run({QStringLiteral("history"), QStringLiteral("--pairing"), QStringLiteral("E-04")});
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    // The pilot, then the four sessions with their agenda blocks from the templates.
    QVERIFY2(lines.at(0).contains(QStringLiteral("Pilot “Heat pumps for a school”: created")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(0).contains(Facilitator.left(16)), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).contains(QStringLiteral("Agenda block “")), qPrintable(lines.at(1)));
    QCOMPARE(lines.filter(QStringLiteral(" Session 4: created")).size(), 1);
    QCOMPARE(lines.filter(QStringLiteral(": created")).size(), lines.size() - 1);
    QCOMPARE(lines.constLast(), QStringLiteral("%1 changes").arg(lines.size() - 1));
}

void TestHistoryCli::pairingHistoryAsJson()
{
    const CliRun r = run({QStringLiteral("history"), QStringLiteral("--pairing"), QStringLiteral("E-04"),
                          QStringLiteral("--json")});
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    const QJsonArray changes = QJsonDocument::fromJson(r.out).array();
    QMap<QString, int> tables;
    for (const QJsonValue &value : changes)
        ++tables[value.toObject().value(QStringLiteral("table")).toString()];
    QCOMPARE(tables.keys(), (QStringList{QStringLiteral("agenda_item"), QStringLiteral("pilot"), QStringLiteral("session")}));
    QCOMPARE(tables.value(QStringLiteral("session")), 4);
    QCOMPARE(tables.value(QStringLiteral("pilot")), 1);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const QJsonValue &value : changes) {
        const QJsonObject change = value.toObject();
        QCOMPARE(change.value(QStringLiteral("actor")).toString(), Facilitator);
        QCOMPARE(change.value(QStringLiteral("operation")).toString(), QStringLiteral("insert"));
        QVERIFY(!change.value(QStringLiteral("record")).toString().isEmpty());
        QVERIFY(change.value(QStringLiteral("changedAt")).toString().endsWith(u'Z'));
        QVERIFY(change.value(QStringLiteral("field")).isNull());
        QVERIFY(change.value(QStringLiteral("new")).toString().startsWith(u'{')); // the row as JSON
        QVERIFY(!change.value(QStringLiteral("pairing")).toString().isEmpty());
        const qint64 id = change.value(QStringLiteral("id")).toInteger();
        QVERIFY(id < previous);
        previous = id;
    }
    const QJsonObject pilot = changes.at(0).toObject();
    QCOMPARE(pilot.value(QStringLiteral("table")).toString(), QStringLiteral("pilot"));
    QCOMPARE(pilot.value(QStringLiteral("recordLabel")).toString(), QStringLiteral("Heat pumps for a school"));
    QVERIFY(!pilot.value(QStringLiteral("pilot")).toString().isEmpty());
}

void TestHistoryCli::sessionHistory()
{
    const CliRun r = run({QStringLiteral("history"), QStringLiteral("--session"), QStringLiteral("E-04#2"),
                          QStringLiteral("--json")});
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    const QJsonArray changes = QJsonDocument::fromJson(r.out).array();
    QVERIFY(changes.size() > 1); // the session, then its agenda blocks
    QCOMPARE(changes.last().toObject().value(QStringLiteral("recordText")).toString(), QStringLiteral("Session 2"));
    for (const QJsonValue &value : changes)
        QCOMPARE(value.toObject().value(QStringLiteral("session")), changes.last().toObject().value(QStringLiteral("record")));
}

void TestHistoryCli::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown pairing") << QStringList{QStringLiteral("--pairing"), QStringLiteral("X-99")} << QStringLiteral("X-99");
    QTest::newRow("unknown session") << QStringList{QStringLiteral("--session"), QStringLiteral("E-04#9")} << QStringLiteral("no session number 9");
    QTest::newRow("neither") << QStringList{} << QStringLiteral("either --pairing ID or --session ID");
    QTest::newRow("both") << QStringList{QStringLiteral("--pairing"), QStringLiteral("E-04"), QStringLiteral("--session"),
                                         QStringLiteral("1")} << QStringLiteral("either --pairing ID or --session ID");
}

void TestHistoryCli::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun r = run(QStringList{QStringLiteral("history")} + arguments);
    QCOMPARE(r.exit, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestHistoryCli)
#include "tst_historycli.moc"
