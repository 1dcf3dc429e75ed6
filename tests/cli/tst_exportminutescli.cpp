// city2city-cli export-minutes, run as the built executable on a database prepared in a
// temporary folder: one session to a file, a pairing's dated sessions to a folder, and bad
// arguments refused with exit 2 before anything is written.
#include "../exchange/MinutesFixture.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace MinutesFixture;

namespace {
struct Run
{
    int exit = -1;
    QString out;
    QString err;
};
} // namespace

class TestExportMinutesCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void oneSession();
    void pairingToFolder();
    void pairingWithoutDatedSessions();
    void missingFolderForOneFile();
    void badArguments_data();
    void badArguments();
    void help();

private:
    Run runCli(QStringList arguments) const;
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_db;
    qint64 m_session = 0;
};

void TestExportMinutesCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    m_session = buildSample(*m_db).sessionId;
    QVERIFY(m_session > 0);
    // Session 1 of E-04, with a date; session 3 has none and gets no minutes.
    SessionStore store(m_db->connection(), m_db->clock());
    SessionRecord first = e04Session(*m_db, 1);
    first.sequence = 1;
    first.kind = QStringLiteral("matchmaking");
    first.startUtc = QDateTime(QDate(2027, 2, 16), QTime(15, 0), QTimeZone::utc());
    QVERIFY(store.insert(first).ok());
    SessionRecord undated = e04Session(*m_db, 1);
    undated.sequence = 3;
    undated.kind = QStringLiteral("learning");
    undated.startUtc = QDateTime();
    undated.status = QStringLiteral("draft");
    QVERIFY(store.insert(undated).ok());
}

void TestExportMinutesCli::cleanupTestCase()
{
    m_db.reset();
}

Run TestExportMinutesCli::runCli(QStringList arguments) const
{
    arguments << QStringLiteral("--database") << m_db->path();
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_dir.filePath(QStringLiteral("xdg-config")));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(C2C_CLI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("city2city-cli did not finish");
        return run;
    }
    run.exit = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TestExportMinutesCli::oneSession()
{
    const QString path = m_dir.filePath(QStringLiteral("one.pdf"));
    const Run run =
        runCli({QStringLiteral("export-minutes"), QStringLiteral("--session"),
                QString::number(m_session), QStringLiteral("--out"), path,
                QStringLiteral("--organisation"), QStringLiteral("UTM Facilitation Team")});
    QVERIFY2(run.exit == 0, qPrintable(run.err));
    QCOMPARE(run.out, QDir::toNativeSeparators(path) + u'\n');
    QVERIFY(QFileInfo(path).size() > 1000);
    if (!hasPoppler())
        QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
    QCOMPARE(pdfInfo(path, QStringLiteral("Title")),
             QStringLiteral("Minutes — E-04 Session 2: Sharing"));
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("Ann Arbor: Tue 16 Mar 2027 10:00 (UTC−04:00)")));
    QVERIFY(text.contains(QStringLiteral("Peñalolén joins the next study visit")));
    QVERIFY(text.contains(QStringLiteral("UTM Facilitation Team")));
    QVERIFY(text.contains(QStringLiteral("page 1 of ")));
}

void TestExportMinutesCli::pairingToFolder()
{
    const QString folder = m_dir.filePath(QStringLiteral("out/e04"));
    QVERIFY(!QFileInfo::exists(folder));
    const Run run = runCli({QStringLiteral("export-minutes"), QStringLiteral("--pairing"),
                            QStringLiteral("E-04"), QStringLiteral("--out-dir"), folder});
    QVERIFY2(run.exit == 0, qPrintable(run.err));
    const QString first = QDir(folder).filePath(QStringLiteral("E-04-session-1.pdf"));
    const QString second = QDir(folder).filePath(QStringLiteral("E-04-session-2.pdf"));
    QCOMPARE(run.out,
             QDir::toNativeSeparators(first) + u'\n' + QDir::toNativeSeparators(second) + u'\n');
    QCOMPARE(
        QDir(folder).entryList(QDir::Files, QDir::Name),
        (QStringList{QStringLiteral("E-04-session-1.pdf"), QStringLiteral("E-04-session-2.pdf")}));
    if (!hasPoppler())
        QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
    QCOMPARE(pdfInfo(first, QStringLiteral("Title")),
             QStringLiteral("Minutes — E-04 Session 1: Matchmaking / kick-off"));
    QVERIFY(pdfText(first).contains(QStringLiteral("No attendance was recorded.")));
    QVERIFY(pdfText(second).contains(QStringLiteral("Send tender template")));
}

void TestExportMinutesCli::pairingWithoutDatedSessions()
{
    const QString folder = m_dir.filePath(QStringLiteral("m01"));
    const Run run = runCli({QStringLiteral("export-minutes"), QStringLiteral("--pairing"),
                            QStringLiteral("M-01"), QStringLiteral("--out-dir"), folder});
    QCOMPARE(run.exit, 1);
    QVERIFY2(run.err.contains(QStringLiteral("no session with a date")), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(folder));
}

void TestExportMinutesCli::missingFolderForOneFile()
{
    const QString path = m_dir.filePath(QStringLiteral("nowhere/one.pdf"));
    const Run run = runCli({QStringLiteral("export-minutes"), QStringLiteral("--session"),
                            QString::number(m_session), QStringLiteral("--out"), path});
    QCOMPARE(run.exit, 1);
    QVERIFY2(run.err.contains(QStringLiteral("does not exist")), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("nowhere"))));
}

void TestExportMinutesCli::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString out = QStringLiteral("bad.pdf");
    QTest::newRow("nothing") << QStringList{} << QStringLiteral("give either");
    QTest::newRow("session without out")
        << QStringList{QStringLiteral("--session"), QStringLiteral("1")}
        << QStringLiteral("give either");
    QTest::newRow("session with out-dir")
        << QStringList{QStringLiteral("--session"), QStringLiteral("1"),
                       QStringLiteral("--out-dir"), out}
        << QStringLiteral("give either");
    QTest::newRow("pairing with out")
        << QStringList{QStringLiteral("--pairing"), QStringLiteral("E-04"), QStringLiteral("--out"),
                       out}
        << QStringLiteral("give either");
    QTest::newRow("both") << QStringList{QStringLiteral("--session"), QStringLiteral("1"),
                                         QStringLiteral("--pairing"), QStringLiteral("E-04"),
                                         QStringLiteral("--out"),     out}
                          << QStringLiteral("give either");
    QTest::newRow("session not a number")
        << QStringList{QStringLiteral("--session"), QStringLiteral("two"), QStringLiteral("--out"),
                       out}
        << QStringLiteral("number");
    QTest::newRow("unknown session")
        << QStringList{QStringLiteral("--session"), QStringLiteral("99999"),
                       QStringLiteral("--out"), out}
        << QStringLiteral("no longer exists");
    QTest::newRow("unknown pairing")
        << QStringList{QStringLiteral("--pairing"), QStringLiteral("Z-99"),
                       QStringLiteral("--out-dir"), out}
        << QStringLiteral("Z-99");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--colour")} << QStringLiteral("colour");
    QTest::newRow("stray argument")
        << QStringList{QStringLiteral("minutes.pdf")} << QStringLiteral("minutes.pdf");
}

void TestExportMinutesCli::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QDir::setCurrent(m_dir.path());
    const Run run = runCli(QStringList{QStringLiteral("export-minutes")} + arguments);
    QCOMPARE(run.exit, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.out, QString());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("bad.pdf"))));
}

void TestExportMinutesCli::help()
{
    const Run run = runCli({QStringLiteral("export-minutes"), QStringLiteral("--help")});
    QCOMPARE(run.exit, 0);
    for (const char *option : {"--session", "--pairing", "--out", "--out-dir", "--organisation"})
        QVERIFY2(run.out.contains(QLatin1String(option)), option);
    const Run usage = runCli({QStringLiteral("--help")});
    QVERIFY(usage.out.contains(QStringLiteral("export-minutes")));
}

QTEST_MAIN(TestExportMinutesCli)
#include "tst_exportminutescli.moc"
