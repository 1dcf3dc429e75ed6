// city2city-cli report and chart, run as the built executable on a database prepared in a
// temporary folder: files written and their paths printed, bad arguments refused with exit 2
// before anything is written (or a database created).
#include "../exchange/MinutesFixture.h"
#include "CliRunner.h"
#include "ProgressFixture.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>

class TestReportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void helpListsTheCommands();
    void programmeReport();
    void themeReport();
    void pairingReport();
    void missingFolderFails();
    void badReportArguments_data();
    void badReportArguments();
    void radarPng();
    void trendPdf();
    void chartOfAPilotNeverAssessed();
    void badChartArguments_data();
    void badChartArguments();

private:
    CliRun run(QStringList arguments, bool withDatabase = true) const;
    QByteArray databaseHash() const;

    QTemporaryDir m_dir;
    std::unique_ptr<ProgressFixture> m_f;
};

void TestReportCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_f = std::make_unique<ProgressFixture>();
    QVERIFY2(m_f->ok(), qPrintable(m_f->error()));
    QVERIFY(m_f->built());
}

void TestReportCli::cleanupTestCase()
{
    m_f.reset();
}

CliRun TestReportCli::run(QStringList arguments, bool withDatabase) const
{
    if (withDatabase)
        arguments << QStringLiteral("--database") << m_f->db.path();
    return runCliProgram(QStringLiteral(C2C_CLI_PATH), arguments, m_dir.path());
}

// What the database holds, table by table (the file's bytes move with SQLite's own upkeep).
QByteArray TestReportCli::databaseHash() const
{
    QByteArray all;
    for (const char *table : {"pairing", "city", "person", "session", "attendance", "action_item",
                              "pilot", "readiness_assessment", "readiness_level"}) {
        all += table;
        all +=
            m_f->db
                .scalar(QStringLiteral("SELECT count(*) || ':' || coalesce(max(rowid), 0) FROM %1")
                            .arg(QLatin1String(table)))
                .toByteArray();
    }
    return all;
}

void TestReportCli::helpListsTheCommands()
{
    const CliRun help = run({QStringLiteral("--help")}, false);
    QCOMPARE(help.exit, 0);
    QVERIFY(help.out.contains("  report "));
    QVERIFY(help.out.contains("  chart "));
    const CliRun reportHelp = run({QStringLiteral("report"), QStringLiteral("--help")}, false);
    QCOMPARE(reportHelp.exit, 0);
    QVERIFY(reportHelp.out.contains("--theme"));
    QVERIFY(reportHelp.out.contains("--pairing"));
}

void TestReportCli::programmeReport()
{
    const QString path = m_dir.filePath(QStringLiteral("programme.pdf"));
    const CliRun r = run({QStringLiteral("report"), QStringLiteral("--out"), path});
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    QCOMPARE(r.out, QDir::toNativeSeparators(path).toUtf8() + '\n');
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    if (MinutesFixture::hasPoppler()) {
        const QString text = MinutesFixture::pdfText(path);
        QVERIFY(text.contains(QStringLiteral("Progress report")));
        QVERIFY(text.contains(QStringLiteral("E-04")));
        QVERIFY(text.contains(QStringLiteral("R-06")));
    }
}

void TestReportCli::themeReport()
{
    if (!MinutesFixture::hasPoppler())
        QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
    // By name, without regard to case; and by code.
    for (const QString &theme : {QStringLiteral("sustainable mobility"), QStringLiteral("M")}) {
        const QString path = m_dir.filePath(QStringLiteral("theme.pdf"));
        const CliRun r = run({QStringLiteral("report"), QStringLiteral("--theme"), theme,
                              QStringLiteral("--out"), path});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        const QString text = MinutesFixture::pdfText(path);
        QVERIFY(text.contains(QStringLiteral("M-01")));
        QVERIFY(text.contains(QStringLiteral("M-04")));
        QVERIFY(!text.contains(QStringLiteral("E-04")));
    }
}

void TestReportCli::pairingReport()
{
    if (!MinutesFixture::hasPoppler())
        QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
    for (const QString &pairing : {QStringLiteral("E-04"), QString::number(m_f->e04)}) {
        const QString path = m_dir.filePath(QStringLiteral("pairing.pdf"));
        const CliRun r = run({QStringLiteral("report"), QStringLiteral("--pairing"), pairing,
                              QStringLiteral("--out"), path});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        const QString text = MinutesFixture::pdfText(path);
        QVERIFY(text.contains(QStringLiteral("E-04 · Ann Arbor (US) · Lviv (UA)")));
        QVERIFY(!text.contains(QStringLiteral("E-01")));
    }
}

void TestReportCli::missingFolderFails()
{
    const QString path = m_dir.filePath(QStringLiteral("missing/report.pdf"));
    const CliRun r = run({QStringLiteral("report"), QStringLiteral("--out"), path});
    QCOMPARE(r.exit, 1);
    QVERIFY(r.err.contains(QStringLiteral("does not exist")));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("missing"))));
}

void TestReportCli::badReportArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString out = QStringLiteral("--out");
    const QString file = QStringLiteral("bad.pdf");
    QTest::newRow("no --out") << QStringList{} << QStringLiteral("--out FILE.pdf");
    QTest::newRow("empty --out") << QStringList{out, QString()} << QStringLiteral("--out FILE.pdf");
    QTest::newRow("theme and pairing") << QStringList{out,
                                                      file,
                                                      QStringLiteral("--theme"),
                                                      QStringLiteral("M"),
                                                      QStringLiteral("--pairing"),
                                                      QStringLiteral("M-01")}
                                       << QStringLiteral("not both");
    QTest::newRow("unknown theme")
        << QStringList{out, file, QStringLiteral("--theme"), QStringLiteral("Oceans")}
        << QStringLiteral("no theme “Oceans”");
    QTest::newRow("unknown pairing")
        << QStringList{out, file, QStringLiteral("--pairing"), QStringLiteral("Z-99")}
        << QStringLiteral("Z-99");
    QTest::newRow("stray argument")
        << QStringList{out, file, QStringLiteral("extra")} << QStringLiteral("extra");
    QTest::newRow("unknown option")
        << QStringList{out, file, QStringLiteral("--colour")} << QStringLiteral("colour");
}

void TestReportCli::badReportArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    for (QString &a : arguments) {
        if (a == QLatin1String("bad.pdf"))
            a = m_dir.filePath(a);
    }
    const QByteArray before = databaseHash();
    const CliRun r = run(QStringList{QStringLiteral("report")} + arguments);
    QCOMPARE(r.exit, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("bad.pdf"))));
    QCOMPARE(databaseHash(), before);
    // Refused before a database is opened: none is created either.
    if (!message.contains(QChar(0x201C)) && message != QLatin1String("Z-99")) {
        const QString fresh = m_dir.filePath(QStringLiteral("never-%1.sqlite")
                                                 .arg(QString::fromLatin1(QTest::currentDataTag()))
                                                 .replace(u' ', u'-'));
        const CliRun again = run(QStringList{QStringLiteral("report")} + arguments +
                                     QStringList{QStringLiteral("--database"), fresh},
                                 false);
        QCOMPARE(again.exit, 2);
        QVERIFY(!QFileInfo::exists(fresh));
    }
}

void TestReportCli::radarPng()
{
    const QString path = m_dir.filePath(QStringLiteral("radar.png"));
    const CliRun r = run({QStringLiteral("chart"), QStringLiteral("--pilot"),
                          QString::number(m_f->annArbor), QStringLiteral("--out"), path});
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    QCOMPARE(r.out, QDir::toNativeSeparators(path).toUtf8() + '\n');
    QImage image;
    QVERIFY(image.load(path, "PNG"));
    QCOMPARE(image.size(), QSize(960, 600));
    QCOMPARE(image.pixelColor(1, 1), QColor(Qt::white));

    const CliRun small =
        run({QStringLiteral("chart"), QStringLiteral("--pilot"), QString::number(m_f->annArbor),
             QStringLiteral("--out"), path, QStringLiteral("--size"), QStringLiteral("400x300"),
             QStringLiteral("--kind"), QStringLiteral("radar")});
    QVERIFY2(small.exit == 0, qPrintable(small.err));
    QCOMPARE(QImage(path).size(), QSize(400, 300));
}

void TestReportCli::trendPdf()
{
    const QString path = m_dir.filePath(QStringLiteral("trend.pdf"));
    const CliRun r =
        run({QStringLiteral("chart"), QStringLiteral("--pilot"), QString::number(m_f->annArbor),
             QStringLiteral("--kind"), QStringLiteral("trend"), QStringLiteral("--out"), path});
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    if (!MinutesFixture::hasPoppler())
        QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
    QCOMPARE(MinutesFixture::pdfInfo(path, QStringLiteral("Pages")), QStringLiteral("1"));
    const QString text = MinutesFixture::pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("E-04 · Ann Arbor — Overall readiness over the cycle")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("S2")));
}

void TestReportCli::chartOfAPilotNeverAssessed()
{
    const QString path = m_dir.filePath(QStringLiteral("never.png"));
    const CliRun r = run({QStringLiteral("chart"), QStringLiteral("--pilot"),
                          QString::number(m_f->barranquilla), QStringLiteral("--out"), path});
    QVERIFY2(r.exit == 0, qPrintable(r.err));
    QVERIFY(!QImage(path).isNull());
}

void TestReportCli::badChartArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString pilot = QStringLiteral("--pilot");
    const QString out = QStringLiteral("--out");
    const QString file = QStringLiteral("bad.png");
    QTest::newRow("no pilot") << QStringList{out, file} << QStringLiteral("--pilot ID");
    QTest::newRow("pilot not a number")
        << QStringList{pilot, QStringLiteral("Lviv"), out, file} << QStringLiteral("--pilot ID");
    QTest::newRow("unknown pilot") << QStringList{pilot, QStringLiteral("987654"), out, file}
                                   << QStringLiteral("no pilot with id 987654");
    QTest::newRow("no --out") << QStringList{pilot, QStringLiteral("1")}
                              << QStringLiteral("--out FILE.png");
    QTest::newRow("jpeg") << QStringList{pilot, QStringLiteral("1"), out, QStringLiteral("bad.jpg")}
                          << QStringLiteral("--out FILE.png");
    QTest::newRow("unknown kind")
        << QStringList{pilot, QStringLiteral("1"),      out,
                       file,  QStringLiteral("--kind"), QStringLiteral("pie")}
        << QStringLiteral("radar or trend");
    QTest::newRow("bad size")
        << QStringList{pilot, QStringLiteral("1"),      out,
                       file,  QStringLiteral("--size"), QStringLiteral("10x10")}
        << QStringLiteral("--size");
}

void TestReportCli::badChartArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    for (QString &a : arguments) {
        if (a.startsWith(QLatin1String("bad.")))
            a = m_dir.filePath(a);
    }
    const QByteArray before = databaseHash();
    const CliRun r = run(QStringList{QStringLiteral("chart")} + arguments);
    QCOMPARE(r.exit, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("bad.png"))));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("bad.jpg"))));
    QCOMPARE(databaseHash(), before);
}

QTEST_MAIN(TestReportCli)
#include "tst_reportcli.moc"
