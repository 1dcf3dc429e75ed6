// The programme dashboard, offscreen over a known database: its figures are ProgressQueries',
// the theme filter narrows them, clicks open what is behind a bar, edits show after a moment
// while it is shown (and on the next show when hidden), and "Export Report…" writes the PDF.
#include "../exchange/MinutesFixture.h"
#include "ChartInspect.h"
#include "ProgressFixture.h"
#include "charts/ChartPanel.h"
#include "common/AppContext.h"
#include "common/BackgroundRead.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/KpiStrip.h"

#include <QApplication>
#include <QTimer>
#include <QChartView>
#include <QComboBox>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestDashboardPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void figuresMatchTheQueries();
    void showingReadsTheFiguresOnce();
    void chartsAreDrawnOnePerTurn();
    void timersRunBetweenCharts();
    void themeFilterNarrowsEverything();
    void clickingABarOpensThePairing();
    void clickingOverdueOpensTheActions();
    void onlyTheNewestReadIsShown();
    void editsShowWhileShown();
    void editsWhileHiddenShowOnTheNextShow();
    void exportsTheReportOfWhatIsShown();
    void chartsSaveThroughTheirPanel();
    void chartsFollowThePalette();

private:
    ProgrammeProgress expected(const ProgressScope &scope = {}) const;
    int themeRow(const QString &name) const;

    std::unique_ptr<ProgressFixture> m_f;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<DashboardPage> m_page;
    QTemporaryDir m_dir;
};

void TestDashboardPage::init()
{
    QVERIFY(m_dir.isValid());
    m_f = std::make_unique<ProgressFixture>();
    QVERIFY2(m_f->ok(), qPrintable(m_f->error()));
    QVERIFY(m_f->built());
    m_context.reset(
        new AppContext{m_f->db.database(), m_f->editor(), m_f->notifier, m_f->db.clock()});
    m_page = std::make_unique<DashboardPage>(*m_context);
    m_page->resize(1300, 800);
    QSignalSpy shown(m_page.get(), &DashboardPage::progressShown);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    // The figures are read on a worker and arrive a moment after the page shows.
    QVERIFY(shown.count() >= 1 || shown.wait(30000));
    QTRY_VERIFY(!m_page->isReading());
}

void TestDashboardPage::cleanup()
{
    m_page.reset();
    m_context.reset();
    m_f.reset();
}

ProgrammeProgress TestDashboardPage::expected(const ProgressScope &scope) const
{
    return ProgressQueries(m_f->connection(), QDate(2027, 3, 20)).programme(scope).value_or({});
}

int TestDashboardPage::themeRow(const QString &name) const
{
    return m_page->themeFilter()->findText(name);
}

void TestDashboardPage::figuresMatchTheQueries()
{
    const KpiStrip *k = m_page->kpis();
    const ProgressIndicators t = expected().totals;
    QCOMPARE(k->value(KpiStrip::Pairings), QString::number(t.pairings));
    QCOMPARE(k->value(KpiStrip::Cities), QString::number(t.cities));
    QCOMPARE(k->value(KpiStrip::Countries), QString::number(t.countries));
    // And what the fixture holds, counted by hand.
    QCOMPARE(k->value(KpiStrip::Pairings), QStringLiteral("19"));
    QCOMPARE(k->value(KpiStrip::Sessions), QStringLiteral("4 / 6"));
    QCOMPARE(k->value(KpiStrip::HeldThisQuarter), QStringLiteral("3"));
    QCOMPARE(k->caption(KpiStrip::HeldThisQuarter), QStringLiteral("Held in Q1 2027"));
    QCOMPARE(k->value(KpiStrip::Participants), QStringLiteral("2"));
    QCOMPARE(k->value(KpiStrip::Overdue), QStringLiteral("3"));
    QCOMPARE(k->value(KpiStrip::Pilots), QStringLiteral("1 / 3 / 4"));
    QCOMPARE(m_page->progress().asOf, QDate(2027, 3, 20));
    // Every chart shows data.
    for (int i = 0; i < DashboardPage::ChartCount; ++i) {
        QChart *chart = m_page->panel(DashboardPage::Chart(i))->chart();
        QVERIFY(chart);
        QVERIFY2(!chart->series().isEmpty(), qPrintable(chart->title()));
    }
}

// The first show starts the read; the page's own show handling must not start a second one
// beside it (at 10,000 pairings each loads 20 MB of kept figures, or reads for two seconds).
void TestDashboardPage::showingReadsTheFiguresOnce()
{
    const auto *figures = m_page->findChild<BackgroundRead *>(QStringLiteral("figures"));
    QVERIFY(figures);
    QCOMPARE(figures->started(), quint64(1));
    m_page->hide();
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_VERIFY(!m_page->isReading());
    QCOMPARE(figures->started(), quint64(1)); // nothing changed, the same day
}

// Each chart takes tens of milliseconds on a large programme: the window gets the event loop
// back between them, and progressShown() comes when the last one is drawn.
void TestDashboardPage::chartsAreDrawnOnePerTurn()
{
    QSignalSpy shown(m_page.get(), &DashboardPage::progressShown);
    const QChart *before = m_page->panel(DashboardPage::Overdue)->chart();
    int turns = 0;
    int turnsAtTheFirstChart = -1;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] {
        ++turns;
        if (turnsAtTheFirstChart < 0 && m_page->panel(DashboardPage::Stages)->chart() != nullptr
            && m_page->isReading() && m_page->panel(DashboardPage::Overdue)->chart() == before
            && m_page->kpis()->value(KpiStrip::Pilots) == QStringLiteral("2 / 4 / 4"))
            turnsAtTheFirstChart = turns;
    });
    ticker.start(0);
    QVERIFY(m_f->assess(m_f->barranquilla, {4, 4, 4, 4, 4, 4}, m_f->e01s1) > 0);
    QVERIFY(shown.wait(30000));
    ticker.stop();
    // The figures were on screen, the last chart not yet, for at least one turn of the loop.
    QVERIFY(turnsAtTheFirstChart > 0);
    QVERIFY(m_page->panel(DashboardPage::Overdue)->chart() != before);
    QVERIFY(!m_page->isReading());
}

// The window's timers keep their turns while the charts are drawn: a chain of queued calls
// held every timer back until its last chart (Qt runs timers once no posted event waits).
void TestDashboardPage::timersRunBetweenCharts()
{
    QList<const QChart *> before;
    for (int chart = 0; chart < DashboardPage::ChartCount; ++chart)
        before << m_page->panel(DashboardPage::Chart(chart))->chart();
    QSet<int> seen; // how many charts were new at a tick of the timer
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] {
        int drawn = 0;
        for (int chart = 0; chart < DashboardPage::ChartCount; ++chart)
            drawn += m_page->panel(DashboardPage::Chart(chart))->chart() != before.at(chart) ? 1 : 0;
        seen.insert(drawn);
    });
    QSignalSpy shown(m_page.get(), &DashboardPage::progressShown);
    ticker.start(0);
    m_page->refresh();
    QVERIFY(shown.wait(30000));
    ticker.stop();
    for (int drawn = 1; drawn < DashboardPage::ChartCount; ++drawn)
        QVERIFY2(seen.contains(drawn), qPrintable(QStringLiteral("no tick after chart %1").arg(drawn)));
}

void TestDashboardPage::themeFilterNarrowsEverything()
{
    const int mobility = themeRow(QStringLiteral("Sustainable Mobility"));
    QVERIFY(mobility > 0);
    m_page->themeFilter()->setCurrentIndex(mobility);
    QTRY_VERIFY(!m_page->isReading());
    const ProgressScope scope = m_page->scope();
    QCOMPARE(scope.themeId, m_f->themeId(QStringLiteral("M")));
    const ProgressIndicators t = expected(scope).totals;
    const KpiStrip *k = m_page->kpis();
    QCOMPARE(k->value(KpiStrip::Pairings), QString::number(t.pairings));
    QCOMPARE(k->value(KpiStrip::Pairings), QStringLiteral("4"));
    QCOMPARE(k->value(KpiStrip::Sessions), QStringLiteral("1 / 1"));
    QCOMPARE(k->value(KpiStrip::Overdue), QStringLiteral("0"));
    QCOMPARE(k->value(KpiStrip::Pilots), QStringLiteral("0 / 1 / 1"));
    QCOMPARE(ChartInspect::categories(m_page->panel(DashboardPage::Stages)->chart()),
             QStringList{QStringLiteral("Sustainable Mobility")});
    // No overdue actions in the theme: the chart says so rather than drawing an empty axis.
    QVERIFY(m_page->panel(DashboardPage::Overdue)->chart()->series().isEmpty());

    m_page->themeFilter()->setCurrentIndex(0); // All themes
    QTRY_COMPARE(k->value(KpiStrip::Pairings), QStringLiteral("19"));
}

void TestDashboardPage::clickingABarOpensThePairing()
{
    QSignalSpy opened(m_page.get(), &DashboardPage::openPairing);
    QChart *chart = m_page->panel(DashboardPage::Stages)->chart();
    QBarSet *sharing = ChartInspect::barSet(chart, QStringLiteral("sharing"));
    QVERIFY(sharing);
    // The bar of Energy & Infrastructure (on top: the last category) at "sharing" is E-04 alone.
    emit sharing->clicked(3);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toLongLong(), m_f->e04);

    // The donut's slice of pilots not assessed is Barranquilla's alone.
    QSignalSpy pilot(m_page.get(), &DashboardPage::openPilot);
    QPieSlice *notAssessed = ChartInspect::slice(m_page->panel(DashboardPage::Ready)->chart(),
                                                 QStringLiteral("not_assessed"));
    QVERIFY(notAssessed);
    emit notAssessed->clicked();
    QCOMPARE(pilot.count(), 1);
    QCOMPARE(pilot.first().first().toLongLong(), m_f->barranquilla);
}

void TestDashboardPage::clickingOverdueOpensTheActions()
{
    QSignalSpy opened(m_page.get(), &DashboardPage::openActions);
    QBarSet *overdue = ChartInspect::barSet(m_page->panel(DashboardPage::Overdue)->chart(),
                                            QStringLiteral("overdue"));
    QVERIFY(overdue);
    emit overdue->clicked(1); // E-04, on top
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().at(0).toBool(), true);
    QCOMPARE(opened.first().at(1).toLongLong(), m_f->e04);
    emit m_page->kpis()->overdueRequested();
    QCOMPARE(opened.count(), 2);
    QCOMPARE(opened.last().at(1).toLongLong(), 0);
}

void TestDashboardPage::onlyTheNewestReadIsShown()
{
    // A theme picked while the figures of the previous one are still being read: the page ends
    // with the figures of the theme on screen, never with those of the read that was overtaken.
    QSignalSpy shown(m_page.get(), &DashboardPage::progressShown);
    m_page->themeFilter()->setCurrentIndex(themeRow(QStringLiteral("Sustainable Mobility")));
    m_page->themeFilter()->setCurrentIndex(0);
    m_page->themeFilter()->setCurrentIndex(themeRow(QStringLiteral("Sustainable Mobility")));
    QVERIFY(m_page->isReading());
    QTRY_VERIFY(!m_page->isReading());
    QCOMPARE(shown.count(), 1);
    QCOMPARE(m_page->kpis()->value(KpiStrip::Pairings), QStringLiteral("4"));
    QCOMPARE(m_page->progress().scope.themeId, m_f->themeId(QStringLiteral("M")));
}

void TestDashboardPage::editsShowWhileShown()
{
    QCOMPARE(m_page->kpis()->value(KpiStrip::Pilots), QStringLiteral("1 / 3 / 4"));
    QVERIFY(m_f->assess(m_f->barranquilla, {4, 4, 4, 4, 4, 4}, m_f->e01s1) > 0);
    // Debounced: read once after the burst of edits.
    QTRY_COMPARE(m_page->kpis()->value(KpiStrip::Pilots), QStringLiteral("2 / 4 / 4"));
    QTRY_VERIFY(!m_page->isReading()); // the charts follow the figures, one per turn
    QCOMPARE(
        ChartInspect::slice(m_page->panel(DashboardPage::Ready)->chart(), QStringLiteral("ready"))
            ->value(),
        2.0);
}

void TestDashboardPage::editsWhileHiddenShowOnTheNextShow()
{
    m_page->hide();
    QVERIFY(m_f->action(m_f->m01s1, QStringLiteral("Count buses"), QDate(2027, 3, 2),
                        QStringLiteral("open")) > 0);
    QCoreApplication::processEvents();
    QCOMPARE(m_page->kpis()->value(KpiStrip::Overdue),
             QStringLiteral("3")); // not read while hidden
    m_page->show();
    QTRY_COMPARE(m_page->kpis()->value(KpiStrip::Overdue), QStringLiteral("4"));
}

void TestDashboardPage::exportsTheReportOfWhatIsShown()
{
    m_page->themeFilter()->setCurrentIndex(themeRow(QStringLiteral("Sustainable Mobility")));
    QTRY_VERIFY(!m_page->isReading());
    QString suggested;
    const QString path = m_dir.filePath(QStringLiteral("dashboard-report.pdf"));
    m_page->setFileChooser(
        [&](QWidget *, const QString &, const QString &proposed, const QString &) {
            suggested = proposed;
            return path;
        });
    QSignalSpy finished(m_page.get(), &DashboardPage::reportFinished);
    QSignalSpy done(m_page.get(), &DashboardPage::done);
    m_page->exportButton()->click();
    QVERIFY(suggested.endsWith(QStringLiteral("progress-report-M-2027-03-20.pdf")));
    QVERIFY(finished.count() == 1 || finished.wait(120000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!m_page->isExporting());
    QVERIFY(m_page->exportButton()->isEnabled());
    QCOMPARE(done.count(), 1);
    QVERIFY(done.first().first().toString().contains(QStringLiteral("dashboard-report.pdf")));
    if (!MinutesFixture::hasPoppler())
        QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
    const QString text = MinutesFixture::pdfText(path);
    QVERIFY(text.contains(QStringLiteral("Sustainable Mobility")));
    QVERIFY(text.contains(QStringLiteral("M-03")));
    QVERIFY(!text.contains(QStringLiteral("E-04")));
}

void TestDashboardPage::chartsSaveThroughTheirPanel()
{
    ChartPanel *panel = m_page->panel(DashboardPage::Stages);
    const QString png = m_dir.filePath(QStringLiteral("stages.png"));
    QString suggested;
    panel->setFileChooser(
        [&](QWidget *, const QString &, const QString &proposed, const QString &) {
            suggested = proposed;
            return png;
        });
    QSignalSpy done(panel, &ChartPanel::done);
    panel->savePngAction()->trigger();
    QCOMPARE(done.count(), 1);
    QVERIFY(suggested.endsWith(QStringLiteral("pairings-by-stage-2027-03-20.png")));
    QImage image;
    QVERIFY(image.load(png));
    QCOMPARE(image.size(), panel->exportSize() * 2);
    QCOMPARE(image.pixelColor(1, 1), QColor(Qt::white)); // exports are in the light print style
    QCOMPARE(panel->chart()->scene(),
             panel->view()->scene()); // the chart on screen stays in its view

    // Cancelled: nothing written, nothing said.
    panel->setFileChooser(
        [](QWidget *, const QString &, const QString &, const QString &) { return QString(); });
    panel->savePdfAction()->trigger();
    QCOMPARE(done.count(), 1);
}

void TestDashboardPage::chartsFollowThePalette()
{
    ChartPanel *panel = m_page->panel(DashboardPage::Readiness);
    QPalette dark = panel->palette();
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xf0, 0xf0, 0xf0));
    panel->setPalette(dark);
    QCOMPARE(panel->chart()->backgroundBrush().color(), QColor(0x1e, 0x1e, 0x1e));
    QCOMPARE(panel->chart()->titleBrush().color(), QColor(0xf0, 0xf0, 0xf0));
    // A refresh builds the chart again, in the same palette.
    QSignalSpy shown(m_page.get(), &DashboardPage::progressShown);
    m_page->refresh();
    QVERIFY(shown.wait(30000));
    QCOMPARE(panel->chart()->backgroundBrush().color(), QColor(0x1e, 0x1e, 0x1e));
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
