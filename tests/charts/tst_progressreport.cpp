// The progress report PDF, read back with pdftotext and pdfinfo: the funder's indicators, every
// pairing of the scope and only those, the pilots, the rule, a running header and "Page N of M".
#include "../exchange/MinutesFixture.h"
#include "ProgressFixture.h"
#include "report/ProgressReport.h"
#include "report/ReportFigures.h"

#include <QApplication>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

class TestProgressReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fileNames();
    void programmeIndicators();
    void everyPairingAndPilot();
    void pageNumbersAndHeader();
    void organisationInTheRunningHeader();
    void pilotPlans();
    void themeHasOnlyItsPairings();
    void pairingReport();
    void textFromTheDatabaseIsEscaped();
    void workerThreadWritesTheSameReport();
    void missingFolderFailsAndWritesNothing();

private:
    ReportData load(const ProgressScope &scope = {}) const;
    // Writes the report and gives its text ("" on failure, with a warning).
    QString write(const ProgressScope &scope, const QString &name);

    std::unique_ptr<ProgressFixture> m_f;
    QTemporaryDir m_dir;
    qint64 m_mobility = 0;
};

void TestProgressReport::initTestCase()
{
    if (!MinutesFixture::hasPoppler())
        QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
    QVERIFY(m_dir.isValid());
    m_f = std::make_unique<ProgressFixture>();
    QVERIFY2(m_f->ok(), qPrintable(m_f->error()));
    QVERIFY(m_f->built());
    m_mobility = m_f->themeId(QStringLiteral("M"));
    QVERIFY(m_mobility > 0);
}

ReportData TestProgressReport::load(const ProgressScope &scope) const
{
    auto data = ProgressReport::load(m_f->connection(), m_f->db.clock().nowUtc(), scope);
    if (!data)
        qWarning("load: %s", qPrintable(data.error()));
    return data.value_or({});
}

QString TestProgressReport::write(const ProgressScope &scope, const QString &name)
{
    const ReportData data = load(scope);
    const QString path = m_dir.filePath(name);
    const Status written = ProgressReport::writePdf(data, ReportFigures::build(data), path);
    if (!written) {
        qWarning("writePdf: %s", qPrintable(written.error()));
        return {};
    }
    // For looking at the result: C2C_REPORT_SAMPLE=/some/folder keeps a copy.
    if (const QString keep = qEnvironmentVariable("C2C_REPORT_SAMPLE"); !keep.isEmpty()) {
        QFile::remove(QDir(keep).filePath(name));
        QFile::copy(path, QDir(keep).filePath(name));
    }
    return MinutesFixture::pdfText(path);
}

void TestProgressReport::fileNames()
{
    QCOMPARE(ProgressReport::fileName(load()), QStringLiteral("progress-report-2027-03-20.pdf"));
    QCOMPARE(ProgressReport::fileName(load({m_mobility, 0})),
             QStringLiteral("progress-report-M-2027-03-20.pdf"));
    QCOMPARE(ProgressReport::fileName(load({0, m_f->e04})),
             QStringLiteral("progress-report-E-04-2027-03-20.pdf"));
    QCOMPARE(ProgressReport::title(load({m_mobility, 0})),
             QStringLiteral("Progress report — Sustainable Mobility"));
}

void TestProgressReport::programmeIndicators()
{
    const QString text = write({}, QStringLiteral("programme.pdf"));
    QVERIFY(!text.isEmpty());
    const auto summary = ProgrammeQueries(m_f->connection()).summary();
    QVERIFY(summary.ok());
    const QStringList expected{
        QStringLiteral("Pairings\\s+19\\b"),
        QStringLiteral("Cities engaged\\s+%1\\b").arg(m_f->db.scalar(QStringLiteral(
            "SELECT count(DISTINCT city_id) FROM pairing_city")).toInt()),
        QStringLiteral("Countries engaged\\s+%1\\b").arg(summary->countries),
        QStringLiteral("Sessions held / planned\\s+4 / 6\\b"),
        QStringLiteral("Sessions held this quarter\\s+3 \\(1 Jan 2027 – 31 Mar 2027\\)"),
        QStringLiteral("Participants\\s+2\\b"),
        QStringLiteral("Action items closed / open / overdue\\s+1 / 4 / 3 \\(of 6 agreed\\)"),
        QStringLiteral("Pilots at level 1 · Idea\\s+1\\b"),
        QStringLiteral("Pilots at level 2 · Explored\\s+0\\b"),
        QStringLiteral("Pilots at level 3 · Designed\\s+1\\b"),
        QStringLiteral("Pilots at level 4 · Validated and committed\\s+1\\b"),
        QStringLiteral("Pilots at level 5 · Ready to launch\\s+0\\b"),
        QStringLiteral("Pilots not assessed yet\\s+1\\b"),
        QStringLiteral("Pilots ready to pilot\\s+1 of 4 \\(3 assessed\\)"),
        QStringLiteral("Data as of 20 March 2027"),
    };
    for (const QString &pattern : expected)
        QVERIFY2(QRegularExpression(pattern).match(text).hasMatch(),
                 qPrintable(pattern + QStringLiteral(" not in:\n") + text));
    // The rubric's rule, in its words.
    QVERIFY(text.contains(
        QStringLiteral("overall readiness is the lowest level of its latest assessment")));
}

void TestProgressReport::everyPairingAndPilot()
{
    const QString text = write({}, QStringLiteral("programme.pdf"));
    const auto pairings = ProgrammeQueries(m_f->connection()).pairings();
    QVERIFY(pairings.ok());
    QCOMPARE(pairings->size(), 19);
    for (const auto &p : pairings.value())
        QVERIFY2(QRegularExpression(QStringLiteral("\\b%1\\b").arg(p.code)).match(text).hasMatch(),
                 qPrintable(p.code));
    for (const QString &title :
         {QStringLiteral("Heat network for Bryant"), QStringLiteral("Heat pumps for Sykhiv"),
          QStringLiteral("Solar schools"), QStringLiteral("Bus priority corridor")})
        QVERIFY2(text.contains(title), qPrintable(title));
    QVERIFY(text.contains(m_f->m01City));
    // The charts are in the document, as text that can be searched.
    QVERIFY(text.contains(QStringLiteral("Pairings by theme and stage")));
    QVERIFY(text.contains(QStringLiteral("Overdue action items by pairing")));
}

void TestProgressReport::pageNumbersAndHeader()
{
    write({}, QStringLiteral("pages.pdf"));
    const QString path = m_dir.filePath(QStringLiteral("pages.pdf"));
    const int pages = MinutesFixture::pdfInfo(path, QStringLiteral("Pages")).toInt();
    QVERIFY(pages >= 2);
    QCOMPARE(MinutesFixture::pdfInfo(path, QStringLiteral("Title")),
             QStringLiteral("Progress report — Programme"));
    const QStringList pageTexts = MinutesFixture::pdfText(path).split(u'\f');
    for (int page = 1; page <= pages; ++page) {
        const QString text = pageTexts.value(page - 1);
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("UTM City2City · Progress report — Programme")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Data as of 2027-03-20")));
    }
}

void TestProgressReport::organisationInTheRunningHeader()
{
    ReportData data = load();
    data.organisation = QStringLiteral("UTM Secretariat");
    const QString path = m_dir.filePath(QStringLiteral("organisation.pdf"));
    const Status written = ProgressReport::writePdf(data, ReportFigures::build(data), path);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    const QStringList pageTexts = MinutesFixture::pdfText(path).split(u'\f', Qt::SkipEmptyParts);
    QVERIFY(pageTexts.size() >= 2);
    for (const QString &text : pageTexts)
        QVERIFY2(text.contains(QStringLiteral("UTM Secretariat · UTM City2City · Progress report")),
                 qPrintable(text.left(400)));
}

void TestProgressReport::pilotPlans()
{
    const QString text = write({0, m_f->e04}, QStringLiteral("plans.pdf"));
    QVERIFY(text.contains(QStringLiteral("Pilot plans")));
    QVERIFY2(text.contains(QStringLiteral("E-04 · Ann Arbor — Heat network for Bryant")),
             qPrintable(text));
    // Cells wrap in the narrow columns: each value on its own.
    const QString section = text.mid(text.indexOf(QStringLiteral("Pilot plans")));
    for (const QString &value :
         {QStringLiteral("Tender for heat"), QStringLiteral("1 Apr 2027 –"),
          QStringLiteral("30 Jun 2027"), QStringLiteral("Energy"), QStringLiteral("120,000"),
          QStringLiteral("City budget"), QStringLiteral("Tender"),
          QStringLiteral("Connect the school"), QStringLiteral("31 Mar 2028"),
          QStringLiteral("Heat"), QStringLiteral("Bids over")})
        QVERIFY2(section.contains(value),
                 qPrintable(value + QStringLiteral(" not in:\n") + section));
    QVERIFY(text.contains(QStringLiteral("No plan yet: E-04 Lviv.")));
}

void TestProgressReport::themeHasOnlyItsPairings()
{
    const QString text = write({m_mobility, 0}, QStringLiteral("mobility.pdf"));
    QVERIFY(!text.isEmpty());
    for (const QString &code : {QStringLiteral("M-01"), QStringLiteral("M-02"),
                                QStringLiteral("M-03"), QStringLiteral("M-04")})
        QVERIFY2(text.contains(code), qPrintable(code));
    QVERIFY2(!QRegularExpression(QStringLiteral("\\b[ERC]-0\\d")).match(text).hasMatch(),
             qPrintable(text));
    QVERIFY(QRegularExpression(QStringLiteral("Pairings\\s+4\\b")).match(text).hasMatch());
    QVERIFY(QRegularExpression(QStringLiteral("Sessions held / planned\\s+1 / 1\\b"))
                .match(text)
                .hasMatch());
    QVERIFY(text.contains(QStringLiteral("Sustainable Mobility")));
    QVERIFY(text.contains(QStringLiteral("Bus priority corridor")));
    QVERIFY(!text.contains(QStringLiteral("Heat network for Bryant")));
}

void TestProgressReport::pairingReport()
{
    const QString text = write({0, m_f->e04}, QStringLiteral("e04.pdf"));
    QVERIFY(!text.isEmpty());
    QVERIFY2(text.contains(QStringLiteral("E-04 · Ann Arbor (US) · Lviv (UA)")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Transitioning to low-temperature district heating")));
    QVERIFY(text.contains(QStringLiteral("Sessions of the cycle")));
    QVERIFY(QRegularExpression(QStringLiteral("S3\\s+Learning\\s+11 May 2027, 14:00\\s+Scheduled"))
                .match(text)
                .hasMatch());
    QVERIFY(QRegularExpression(QStringLiteral("Pairings\\s+1\\b")).match(text).hasMatch());
    QVERIFY(QRegularExpression(QStringLiteral("Action items closed / open / overdue\\s+1 / 3 / 2"))
                .match(text)
                .hasMatch());
    QVERIFY(text.contains(QStringLiteral("Cycle: 2 of 4 held (min. 4)")));
    QVERIFY(!text.contains(QStringLiteral("E-01")));
    QVERIFY(!text.contains(QStringLiteral("Bus priority corridor")));
}

void TestProgressReport::textFromTheDatabaseIsEscaped()
{
    const qint64 corlu =
        m_f->addPilot(m_f->pairingId(QStringLiteral("E-02")), m_f->cityId(QStringLiteral("Çorlu")),
                      QStringLiteral("Solar <b>&</b> storage"));
    QVERIFY(corlu > 0);
    const QString text = write({}, QStringLiteral("escaped.pdf"));
    QVERIFY2(text.contains(QStringLiteral("Solar <b>&</b>")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Çorlu")));
    QVERIFY(m_f->editor().deletePilot(corlu).ok());
}

void TestProgressReport::workerThreadWritesTheSameReport()
{
    const ReportData data = load();
    const QList<ReportFigure> figures = ReportFigures::build(data);
    const QString here = m_dir.filePath(QStringLiteral("here.pdf"));
    const QString there = m_dir.filePath(QStringLiteral("there.pdf"));
    QVERIFY(ProgressReport::writePdf(data, figures, here).ok());
    Status onWorker = Status::failure(QStringLiteral("not run"));
    std::unique_ptr<QThread> worker(
        QThread::create([&] { onWorker = ProgressReport::writePdf(data, figures, there); }));
    worker->start();
    QVERIFY(worker->wait());
    QVERIFY2(onWorker.ok(), qPrintable(onWorker.error()));
    QCOMPARE(MinutesFixture::pdfText(there), MinutesFixture::pdfText(here));
}

void TestProgressReport::missingFolderFailsAndWritesNothing()
{
    const ReportData data = load();
    const QString folder = m_dir.filePath(QStringLiteral("nowhere"));
    const Status written = ProgressReport::writePdf(data, {}, folder + QStringLiteral("/r.pdf"));
    QVERIFY(!written.ok());
    QVERIFY(written.error().contains(QStringLiteral("does not exist")));
    QVERIFY(!QFileInfo::exists(folder));
}

QTEST_MAIN(TestProgressReport)
#include "tst_progressreport.moc"
