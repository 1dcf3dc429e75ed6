// The chart builders from a known database (ProgressFixture): the values of every series, the
// targets clicks open, the honest empty charts, and that each one draws offscreen.
#include "ChartInspect.h"
#include "ProgressFixture.h"
#include "charts/ChartFrame.h"
#include "charts/ChartLinks.h"
#include "charts/ChartStyle.h"
#include "charts/PairingCharts.h"
#include "charts/PilotCharts.h"
#include "charts/ProgrammeCharts.h"
#include "progress/ProgressQueries.h"
#include "progress/ProgressSnapshot.h"

#include <QApplication>
#include <QFile>
#include <QPalette>
#include <QPieSeries>
#include <QPieSlice>
#include <QTemporaryDir>
#include <QValueAxis>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

using namespace ChartInspect;
using Values = QList<qreal>;

class TestChartBuilders : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stagesByTheme();
    void readinessByTheme();
    void pilotsReady();
    void sessionsByTheme();
    void crowdedSegmentsLeaveTheirNumbersToTheTooltip();
    void overdueByPairing();
    void countAxisStepsFitTheirLabels_data();
    void countAxisStepsFitTheirLabels();
    void overdueKeepsTheTopOnly();
    void cycleSessions();
    void cycleShowsSlotsStillToPlan();
    void pairingActions();
    void memberReadiness();
    void radar();
    void trend();
    void emptyDataGivesAnHonestChart();
    void everyChartDraws();
    void drawnOnlyDrawsTheSame();
    void styleFollowsThePalette();

private:
    ProgrammeProgress programme(const ProgressScope &scope = {}) const;
    PairingDashboard pairing(qint64 id) const;
    QList<AssessmentPoint> history(qint64 pilot) const;

    std::unique_ptr<ProgressFixture> m_f;
    ChartStyle m_style;
};

void TestChartBuilders::initTestCase()
{
    m_f = std::make_unique<ProgressFixture>();
    QVERIFY2(m_f->ok(), qPrintable(m_f->error()));
    QVERIFY(m_f->built());
    m_style = ChartStyle::forPrint();
}

ProgrammeProgress TestChartBuilders::programme(const ProgressScope &scope) const
{
    auto read = ProgressQueries(m_f->connection(), QDate(2027, 3, 20)).programme(scope);
    if (!read)
        qWarning("programme: %s", qPrintable(read.error()));
    return read.value_or({});
}

PairingDashboard TestChartBuilders::pairing(qint64 id) const
{
    auto read = ProgressQueries(m_f->connection(), QDate(2027, 3, 20)).pairing(id);
    if (!read)
        qWarning("pairing: %s", qPrintable(read.error()));
    return read.value_or({});
}

QList<AssessmentPoint> TestChartBuilders::history(qint64 pilot) const
{
    return ReadinessQueries(m_f->connection()).history(pilot).value_or({});
}

void TestChartBuilders::stagesByTheme()
{
    const auto chart = ProgrammeCharts::stagesByTheme(programme(), m_style);
    // Themes in the programme's order read top-down: the axis lists them bottom-up.
    QCOMPARE(categories(chart.get()),
             (QStringList{QStringLiteral("Sustainable Mobility"),
                          QStringLiteral("Cooling &amp; Heat<br>Management"),
                          QStringLiteral("Urban Resilience &amp;<br>Nature-Based Solutions"),
                          QStringLiteral("Energy &amp;<br>Infrastructure")}));
    // Only the stages reached, in the programme's order.
    QCOMPARE(barSetKeys(chart.get()),
             (QStringList{QStringLiteral("not_started"), QStringLiteral("matchmaking"),
                          QStringLiteral("sharing")}));
    QCOMPARE(values(barSet(chart.get(), QStringLiteral("not_started"))), (Values{3, 3, 6, 4}));
    QCOMPARE(values(barSet(chart.get(), QStringLiteral("matchmaking"))), (Values{1, 0, 0, 1}));
    QCOMPARE(values(barSet(chart.get(), QStringLiteral("sharing"))), (Values{0, 0, 0, 1}));
    // E-04 alone reached "sharing" in Energy & Infrastructure; M-01 alone "matchmaking" in
    // Mobility.
    const ChartLinks *links = ChartLinks::of(chart.get());
    QVERIFY(links);
    const QList<ChartTarget> sharing = links->at(barSet(chart.get(), QStringLiteral("sharing")), 3);
    QCOMPARE(sharing.size(), 1);
    QCOMPARE(sharing.first().kind, ChartTarget::Kind::Pairing);
    QCOMPARE(sharing.first().id, m_f->e04);
    QCOMPARE(links->at(barSet(chart.get(), QStringLiteral("matchmaking")), 0).first().id, m_f->m01);
    QCOMPARE(links->at(barSet(chart.get(), QStringLiteral("not_started")), 2).size(), 6);
}

void TestChartBuilders::readinessByTheme()
{
    const auto chart = ProgrammeCharts::readinessByTheme(programme(), Rubric::shipped(), m_style);
    QCOMPARE(barSetKeys(chart.get()),
             (QStringList{QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("4"),
                          QStringLiteral("not_assessed")}));
    QCOMPARE(values(barSet(chart.get(), QStringLiteral("1"))), (Values{0, 0, 0, 1})); // Lviv
    QCOMPARE(values(barSet(chart.get(), QStringLiteral("3"))), (Values{1, 0, 0, 0})); // M-01
    QCOMPARE(values(barSet(chart.get(), QStringLiteral("4"))), (Values{0, 0, 0, 1})); // Ann Arbor
    QCOMPARE(values(barSet(chart.get(), QStringLiteral("not_assessed"))), (Values{0, 0, 0, 1}));
    QCOMPARE(barSet(chart.get(), QStringLiteral("4"))->label(), QStringLiteral("4 Validated"));
    const QList<ChartTarget> ready =
        ChartLinks::of(chart.get())->at(barSet(chart.get(), QStringLiteral("4")), 3);
    QCOMPARE(ready.size(), 1);
    QCOMPARE(ready.first().kind, ChartTarget::Kind::Pilot);
    QCOMPARE(ready.first().id, m_f->annArbor);
}

void TestChartBuilders::pilotsReady()
{
    const auto chart = ProgrammeCharts::pilotsReady(programme(), m_style);
    QCOMPARE(chart->title(), QStringLiteral("Pilots ready to pilot: 1 of 4"));
    QCOMPARE(slice(chart.get(), QStringLiteral("ready"))->value(), 1.0);
    QCOMPARE(slice(chart.get(), QStringLiteral("not_ready"))->value(), 2.0);
    QCOMPARE(slice(chart.get(), QStringLiteral("not_assessed"))->value(), 1.0);
    const ChartLinks *links = ChartLinks::of(chart.get());
    QCOMPARE(links->at(slice(chart.get(), QStringLiteral("not_assessed")), 0).first().id,
             m_f->barranquilla);
    QCOMPARE(links->at(slice(chart.get(), QStringLiteral("not_ready")), 0).size(), 2);
}

void TestChartBuilders::sessionsByTheme()
{
    const auto chart = ProgrammeCharts::sessionsByTheme(programme(), m_style);
    QCOMPARE(chart->title(), QStringLiteral("Sessions by theme: 4 held of 6 planned"));
    // Mobility, Cooling, Resilience, Energy (bottom-up).
    QCOMPARE(values(barSet(chart.get(), QStringLiteral("held"))), (Values{1, 0, 0, 3}));
    QCOMPARE(values(barSet(chart.get(), QStringLiteral("planned"))), (Values{0, 0, 0, 2}));
    // Four per pairing: E-04 has its four, E-01 one (S2 cancelled), M-01 one, the rest none.
    QCOMPARE(values(barSet(chart.get(), QStringLiteral("to_plan"))),
             (Values{3 + 3 * 4, 3 * 4, 6 * 4, 3 + 4 * 4}));
    // Each part of a theme's bar opens the theme's pairings; a bar past the last opens nothing.
    const ChartLinks *links = ChartLinks::of(chart.get());
    const QList<ChartTarget> energy = links->at(barSet(chart.get(), QStringLiteral("held")), 3);
    QCOMPARE(energy.size(), 6);
    QVERIFY(std::any_of(energy.cbegin(), energy.cend(),
                        [this](const ChartTarget &t) { return t.id == m_f->e04; }));
    QCOMPARE(links->at(barSet(chart.get(), QStringLiteral("to_plan")), 3), energy);
    QVERIFY(links->at(barSet(chart.get(), QStringLiteral("held")), 4).isEmpty());
}

void TestChartBuilders::crowdedSegmentsLeaveTheirNumbersToTheTooltip()
{
    // Two themes: most pairings piloting, a few in each earlier stage, as at 10,000 pairings;
    // then the same stages at today's size, where every number fits.
    const auto figures = [](int piloting, int sharing, int matchmaking) {
        ProgrammeProgress p;
        p.pairings << PairingProgress{}; // a chart of nothing is an empty chart
        for (int theme = 1; theme <= 2; ++theme) {
            ThemeStages stages{theme, QStringLiteral("T%1").arg(theme), QStringLiteral("Theme %1").arg(theme), {}};
            stages.byStage.insert(QStringLiteral("piloting"), piloting + theme);
            stages.byStage.insert(QStringLiteral("sharing"), sharing);
            stages.byStage.insert(QStringLiteral("matchmaking"), matchmaking * theme);
            p.stagesByTheme << stages;
        }
        return p;
    };
    for (const ChartStyle &style : {m_style, ChartStyle::fromPalette(QApplication::palette(), QApplication::font())}) {
        const auto large = ProgrammeCharts::stagesByTheme(figures(1700, 600, 60), style);
        const auto labelOf = [](const QChart *chart, const char *key) {
            return barSet(chart, QLatin1String(key))->labelColor();
        };
        QVERIFY(labelOf(large.get(), "piloting").alpha() > 0);
        QCOMPARE(labelOf(large.get(), "matchmaking").alpha(), 0); // 60 of 2,500 cannot hold "60"
        QVERIFY(labelOf(large.get(), "sharing").alpha() > 0);   // 600 can
        const auto small = ProgrammeCharts::stagesByTheme(figures(3, 2, 1), style);
        for (const char *key : {"piloting", "sharing", "matchmaking"})
            QVERIFY2(labelOf(small.get(), key).alpha() > 0, key);
        // The panel restyles a chart when the palette changes: the rule holds then too.
        style.apply(large.get());
        QCOMPARE(labelOf(large.get(), "matchmaking").alpha(), 0);

        // The ring of pilots ready: 476 and 1,006 of 23,709 are slivers, 22,227 is not.
        ProgrammeProgress pilots = figures(1, 1, 1);
        pilots.totals.pilots = 23709;
        pilots.totals.pilotsAssessed = 22703;
        pilots.totals.pilotsReady = 476;
        const auto ring = ProgrammeCharts::pilotsReady(pilots, style);
        QHash<QString, int> alpha;
        for (QPieSlice *slice : qobject_cast<QPieSeries *>(ring->series().first())->slices())
            alpha.insert(slice->objectName(), slice->labelColor().alpha());
        QCOMPARE(alpha.value(QStringLiteral("ready"), -1), 0);
        QCOMPARE(alpha.value(QStringLiteral("not_assessed"), -1), 0);
        QVERIFY(alpha.value(QStringLiteral("not_ready")) > 0);
        pilots.totals.pilots = 4;
        pilots.totals.pilotsAssessed = 3;
        pilots.totals.pilotsReady = 1;
        const auto few = ProgrammeCharts::pilotsReady(pilots, style);
        for (QPieSlice *slice : qobject_cast<QPieSeries *>(few->series().first())->slices())
            QVERIFY2(slice->labelColor().alpha() > 0, qPrintable(slice->objectName()));
    }
}

void TestChartBuilders::overdueByPairing()
{
    const auto chart = ProgrammeCharts::overdueByPairing(programme(), m_style);
    QCOMPARE(categories(chart.get()),
             (QStringList{QStringLiteral("E-01"), QStringLiteral("E-04")})); // most on top
    QBarSet *set = barSet(chart.get(), QStringLiteral("overdue"));
    QCOMPARE(values(set), (Values{1, 2}));
    const QList<ChartTarget> e04 = ChartLinks::of(chart.get())->at(set, 1);
    QCOMPARE(e04.size(), 1);
    QCOMPARE(e04.first().kind, ChartTarget::Kind::OverdueActions);
    QCOMPARE(e04.first().id, m_f->e04);
}

void TestChartBuilders::countAxisStepsFitTheirLabels_data()
{
    QTest::addColumn<int>("maximum");
    QTest::addColumn<int>("end");
    QTest::addColumn<int>("ticks");
    QTest::newRow("none") << 0 << 1 << 2;
    QTest::newRow("one by one") << 7 << 7 << 8;
    QTest::newRow("twos") << 11 << 12 << 7;
    QTest::newRow("tens") << 61 << 70 << 8;
    QTest::newRow("five hundreds") << 3000 << 3000 << 7;
    QTest::newRow("past a thousand") << 7000 << 8000 << 5;
    // Five-digit labels: four steps at most (sessions of 10,000 pairings).
    QTest::newRow("sessions") << 12500 << 15000 << 4;
    QTest::newRow("tens of thousands") << 48943 << 50000 << 6;
    QTest::newRow("largest") << 2000000000 << 2000000000 << 5;
}

// Whole steps, few enough that their labels fit a panel: every label is a multiple of the
// step and the axis reaches the maximum.
void TestChartBuilders::countAxisStepsFitTheirLabels()
{
    QFETCH(int, maximum);
    QFETCH(int, end);
    QFETCH(int, ticks);
    const std::unique_ptr<QValueAxis> axis(ChartFrame::countAxis(maximum, QStringLiteral("Count")));
    QCOMPARE(axis->min(), 0.0);
    QCOMPARE(axis->max(), double(end));
    QCOMPARE(axis->tickCount(), ticks);
    QVERIFY(axis->max() >= maximum);
}

void TestChartBuilders::overdueKeepsTheTopOnly()
{
    ProgrammeProgress progress;
    for (int i = 1; i <= 20; ++i) {
        PairingProgress p;
        p.pairingId = i;
        p.code = QStringLiteral("X-%1").arg(i, 2, 10, QLatin1Char('0'));
        p.actionsOverdue = i;
        progress.pairings << p;
    }
    const auto chart = ProgrammeCharts::overdueByPairing(progress, m_style, 15);
    const QStringList codes = categories(chart.get());
    QCOMPARE(codes.size(), 15);
    QCOMPARE(codes.last(), QStringLiteral("X-20"));
    QCOMPARE(codes.first(), QStringLiteral("X-06"));
    QVERIFY(chart->title().contains(QStringLiteral("top 15 of 20")));
}

void TestChartBuilders::cycleSessions()
{
    const auto chart = PairingCharts::cycleSessions(pairing(m_f->e04), m_style);
    QCOMPARE(chart->title(), QStringLiteral("Cycle: 2 of 4 held (min. 4)"));
    QCOMPARE(categories(chart.get()).size(), 4);
    QCOMPARE(categories(chart.get()).first(), QStringLiteral("S1<br>12 Jan<br>2027"));
    QCOMPARE(categories(chart.get()).last(), QStringLiteral("S4<br>no date"));
    QCOMPARE(values(barSet(chart.get(), QStringLiteral("held"))), (Values{1, 1, 0, 0}));
    QCOMPARE(values(barSet(chart.get(), QStringLiteral("scheduled"))), (Values{0, 0, 1, 0}));
    QCOMPARE(values(barSet(chart.get(), QStringLiteral("draft"))), (Values{0, 0, 0, 1}));
    QVERIFY(!barSet(chart.get(), QStringLiteral("cancelled")));
    QVERIFY(!barSet(chart.get(), QStringLiteral("missing"))); // four planned: nothing missing
    const QList<ChartTarget> s2 =
        ChartLinks::of(chart.get())->at(barSet(chart.get(), QStringLiteral("held")), 1);
    QCOMPARE(s2.size(), 1);
    QCOMPARE(s2.first().kind, ChartTarget::Kind::Session);
    QCOMPARE(s2.first().id, m_f->e04s2);
}

void TestChartBuilders::cycleShowsSlotsStillToPlan()
{
    // E-01: S1 held, S2 cancelled: one planned, three slots to plan for the minimum of four.
    const auto chart = PairingCharts::cycleSessions(pairing(m_f->e01), m_style);
    QCOMPARE(categories(chart.get()).size(), 5);
    QCOMPARE(values(barSet(chart.get(), QStringLiteral("held"))), (Values{1, 0, 0, 0, 0}));
    QCOMPARE(values(barSet(chart.get(), QStringLiteral("cancelled"))), (Values{0, 1, 0, 0, 0}));
    QCOMPARE(values(barSet(chart.get(), QStringLiteral("missing"))), (Values{0, 0, 1, 1, 1}));
    QVERIFY(categories(chart.get()).at(2).startsWith(QStringLiteral("S3")));
}

void TestChartBuilders::pairingActions()
{
    const auto chart = PairingCharts::actions(pairing(m_f->e04).progress, m_style);
    QCOMPARE(values(barSet(chart.get(), QStringLiteral("open"))), (Values{1}));
    QCOMPARE(values(barSet(chart.get(), QStringLiteral("overdue"))), (Values{2}));
    QCOMPARE(values(barSet(chart.get(), QStringLiteral("done"))), (Values{1}));
    const ChartLinks *links = ChartLinks::of(chart.get());
    QCOMPARE(links->at(barSet(chart.get(), QStringLiteral("overdue")), 0).first().kind,
             ChartTarget::Kind::OverdueActions);
    QCOMPARE(links->at(barSet(chart.get(), QStringLiteral("done")), 0).first().kind,
             ChartTarget::Kind::Actions);
    QCOMPARE(links->at(barSet(chart.get(), QStringLiteral("done")), 0).first().id, m_f->e04);
}

void TestChartBuilders::memberReadiness()
{
    const auto chart =
        PairingCharts::memberReadiness(pairing(m_f->e04), Rubric::shipped(), m_style);
    const QStringList axis = categories(chart.get());
    QCOMPARE(axis.size(), 7);
    QCOMPARE(axis.last(), QStringLiteral("Overall (lowest)")); // on top
    QCOMPARE(axis.first(), Rubric::shipped().dimensions().last().shortName);
    // The rubric's order read top-down, so the values bottom-up: plan ... solution, overall.
    QCOMPARE(values(barSet(chart.get(), QString::number(m_f->annArbor))),
             (Values{4, 5, 4, 4, 4, 4, 4}));
    QCOMPARE(values(barSet(chart.get(), QString::number(m_f->lviv))),
             (Values{3, 2, 2, 1, 3, 2, 1}));
    QCOMPARE(barSet(chart.get(), QString::number(m_f->annArbor))->label(),
             QStringLiteral("Ann Arbor"));
    const QList<ChartTarget> lviv =
        ChartLinks::of(chart.get())->at(barSet(chart.get(), QString::number(m_f->lviv)), 6);
    QCOMPARE(lviv.first().kind, ChartTarget::Kind::Pilot);
    QCOMPARE(lviv.first().id, m_f->lviv);

    // A pilot never assessed stands at 0 and says so.
    const auto e01 = PairingCharts::memberReadiness(pairing(m_f->e01), Rubric::shipped(), m_style);
    QBarSet *barranquilla = barSet(e01.get(), QString::number(m_f->barranquilla));
    QCOMPARE(values(barranquilla), Values(7, 0));
    QCOMPARE(barranquilla->label(), QStringLiteral("Barranquilla (not assessed)"));
}

void TestChartBuilders::radar()
{
    const auto chart = PilotCharts::radar(history(m_f->annArbor), Rubric::shipped(), m_style);
    QXYSeries *latest = xy(chart.get(), QStringLiteral("latest"));
    QXYSeries *previous = xy(chart.get(), QStringLiteral("previous"));
    QVERIFY(latest && previous);
    // One spoke per dimension, closed back to the first.
    QCOMPARE(latest->points(),
             (QList<QPointF>{{0, 4}, {1, 4}, {2, 4}, {3, 4}, {4, 5}, {5, 4}, {6, 4}}));
    QCOMPARE(previous->points(),
             (QList<QPointF>{{0, 1}, {1, 2}, {2, 1}, {3, 1}, {4, 2}, {5, 1}, {6, 1}}));
    QVERIFY(latest->name().contains(QStringLiteral("S2")));
    QVERIFY(previous->name().contains(QStringLiteral("S1")));

    // One assessment: no previous line.
    const auto single = PilotCharts::radar(history(m_f->lviv), Rubric::shipped(), m_style);
    QVERIFY(xy(single.get(), QStringLiteral("latest")));
    QVERIFY(!xy(single.get(), QStringLiteral("previous")));
}

void TestChartBuilders::trend()
{
    const auto chart = PilotCharts::trend(history(m_f->annArbor), Rubric::shipped(), m_style);
    QCOMPARE(categories(chart.get()), (QStringList{QStringLiteral("S1"), QStringLiteral("S2")}));
    QCOMPARE(xy(chart.get(), QStringLiteral("overall"))->points(),
             (QList<QPointF>{{0, 1}, {1, 4}}));
    const QList<QPointF> average = xy(chart.get(), QStringLiteral("average"))->points();
    QCOMPARE(average.size(), 2);
    QVERIFY(qAbs(average.at(0).y() - 8.0 / 6) < 1e-9);
    QVERIFY(qAbs(average.at(1).y() - 25.0 / 6) < 1e-9);
    QCOMPARE(xy(chart.get(), QStringLiteral("threshold"))->points().first().y(), 4.0);
    const QList<ChartTarget> s1 =
        ChartLinks::of(chart.get())->at(xy(chart.get(), QStringLiteral("overall")), 0);
    QCOMPARE(s1.size(), 1);
    QCOMPARE(s1.first().kind, ChartTarget::Kind::Session);
    QCOMPARE(s1.first().id, m_f->e04s1);
}

void TestChartBuilders::emptyDataGivesAnHonestChart()
{
    const ProgrammeProgress nothing;
    const std::vector<std::unique_ptr<QChart>> charts = [&] {
        std::vector<std::unique_ptr<QChart>> list;
        list.push_back(ProgrammeCharts::stagesByTheme(nothing, m_style));
        list.push_back(ProgrammeCharts::readinessByTheme(nothing, Rubric::shipped(), m_style));
        list.push_back(ProgrammeCharts::pilotsReady(nothing, m_style));
        list.push_back(ProgrammeCharts::sessionsByTheme(nothing, m_style));
        list.push_back(ProgrammeCharts::overdueByPairing(nothing, m_style));
        list.push_back(PairingCharts::actions(PairingProgress(), m_style));
        list.push_back(
            PairingCharts::memberReadiness(PairingDashboard(), Rubric::shipped(), m_style));
        list.push_back(PilotCharts::radar({}, Rubric::shipped(), m_style));
        list.push_back(PilotCharts::trend({}, Rubric::shipped(), m_style));
        return list;
    }();
    for (const auto &chart : charts) {
        QVERIFY2(!ChartFrame::note(chart.get()).isEmpty(), qPrintable(chart->title()));
        QVERIFY2(chart->series().isEmpty(), qPrintable(chart->title()));
        QVERIFY2(chart->axes().isEmpty(), qPrintable(chart->title())); // no scale claimed
        QVERIFY2(drawsSomething(chart.get()), qPrintable(chart->title()));
    }
    // A pairing without sessions still shows the four slots of the cycle to plan.
    const auto cycle = PairingCharts::cycleSessions(PairingDashboard(), m_style);
    QCOMPARE(values(barSet(cycle.get(), QStringLiteral("missing"))), (Values{1, 1, 1, 1}));
}

void TestChartBuilders::everyChartDraws()
{
    const ProgrammeProgress p = programme();
    const PairingDashboard e04 = pairing(m_f->e04);
    const Rubric &rubric = Rubric::shipped();
    for (const ChartStyle &style :
         {m_style, ChartStyle::fromPalette(QPalette(QColor(0x30, 0x30, 0x30)), QFont())}) {
        std::vector<std::unique_ptr<QChart>> charts;
        charts.push_back(ProgrammeCharts::stagesByTheme(p, style));
        charts.push_back(ProgrammeCharts::readinessByTheme(p, rubric, style));
        charts.push_back(ProgrammeCharts::pilotsReady(p, style));
        charts.push_back(ProgrammeCharts::sessionsByTheme(p, style));
        charts.push_back(ProgrammeCharts::overdueByPairing(p, style));
        charts.push_back(PairingCharts::cycleSessions(e04, style));
        charts.push_back(PairingCharts::actions(e04.progress, style));
        charts.push_back(PairingCharts::memberReadiness(e04, rubric, style));
        charts.push_back(PilotCharts::radar(history(m_f->annArbor), rubric, style));
        charts.push_back(PilotCharts::trend(history(m_f->annArbor), rubric, style));
        for (const auto &chart : charts) {
            QVERIFY2(ChartFrame::note(chart.get()).isEmpty(), qPrintable(chart->title()));
            QVERIFY2(drawsSomething(chart.get()), qPrintable(chart->title()));
        }
    }
}

// Everything a chart shows and links to, as text: two charts that describe alike draw alike.
static QStringList described(const QChart *chart)
{
    QStringList lines{chart->title(), categories(chart).join(u'|')};
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (const QBarSet *set : bars->barSets()) {
                QStringList numbers;
                for (qreal v : values(set))
                    numbers << QString::number(v);
                lines << set->objectName() + u'=' + numbers.join(u',');
            }
        } else if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            for (const QPieSlice *s : pie->slices())
                lines << s->objectName() + u'=' + QString::number(s->value());
        }
    }
    if (const ChartLinks *links = ChartLinks::of(chart)) {
        for (const QObject *part : links->parts()) {
            for (int index = 0; index < 16; ++index) {
                for (const ChartTarget &t : links->at(part, index))
                    lines << QStringLiteral("%1[%2] -> %3 %4 %5")
                                 .arg(part->objectName())
                                 .arg(index)
                                 .arg(int(t.kind))
                                 .arg(t.id)
                                 .arg(t.label);
            }
        }
    }
    lines.sort();
    return lines;
}

// Every field of the pairings and pilots, as text: the kept figures are the drawn ones, field
// by field, the empty ones included.
static QStringList everyField(const ProgrammeProgress &p)
{
    const auto level = [](std::optional<int> l) {
        return l ? QString::number(*l) : QStringLiteral("-");
    };
    QStringList lines;
    for (const PairingProgress &r : p.pairings)
        lines << QStringList{QString::number(r.pairingId), r.code, QString::number(r.themeId),
                             r.themeCode, r.themeName, r.challenge, r.status,
                             r.cities.join(u'|'), r.stage,
                             QString::number(r.sessionsPlanned), QString::number(r.sessionsHeld),
                             QString::number(r.sessionsHeldThisQuarter), QString::number(r.actions),
                             QString::number(r.actionsOpen), QString::number(r.actionsDone),
                             QString::number(r.actionsOverdue), QString::number(r.pilots),
                             QString::number(r.pilotsReady), level(r.lowestReadiness)}
                     .join(u';');
    for (const PilotStanding &r : p.pilots)
        lines << QStringList{QString::number(r.pilotId), r.title, QString::number(r.cityId),
                             r.cityName, r.countryCode, QString::number(r.pairingId), r.pairingCode,
                             QString::number(r.themeId), r.themeCode, r.themeName,
                             r.expectedStart.toString(Qt::ISODate), QString::number(r.assessments),
                             r.latest ? QStringLiteral("latest") : QString(),
                             QString::number(r.readiness.assessed), level(r.readiness.overall),
                             r.readiness.beside ? QString::number(*r.readiness.beside) : QString(),
                             r.readiness.missing.join(u'|'), r.readiness.below.join(u'|'),
                             QString::number(r.readiness.ready)}
                     .join(u';');
    return lines;
}

void TestChartBuilders::drawnOnlyDrawsTheSame()
{
    const ProgrammeProgress full = programme();
    const ProgrammeProgress drawn = ProgrammeCharts::drawnOnly(full);
    // What is left out is gone ...
    QVERIFY(!full.pilots.isEmpty());
    QVERIFY(std::any_of(full.pilots.cbegin(), full.pilots.cend(),
                        [](const PilotStanding &s) { return s.latest.has_value(); }));
    for (const PilotStanding &s : drawn.pilots) {
        QVERIFY(!s.latest);
        QVERIFY(s.themeName.isEmpty());
        QVERIFY(s.readiness.missing.isEmpty() && s.readiness.below.isEmpty());
    }
    for (const PairingProgress &p : drawn.pairings)
        QVERIFY(p.challenge.isEmpty() && p.themeName.isEmpty());
    // ... and every chart shows and links the same, labels included.
    const Rubric &rubric = Rubric::shipped();
    using Build = std::function<std::unique_ptr<QChart>(const ProgrammeProgress &)>;
    const QList<Build> builders{
        [this](const ProgrammeProgress &p) { return ProgrammeCharts::stagesByTheme(p, m_style); },
        [&](const ProgrammeProgress &p) {
            return ProgrammeCharts::readinessByTheme(p, rubric, m_style);
        },
        [this](const ProgrammeProgress &p) { return ProgrammeCharts::pilotsReady(p, m_style); },
        [this](const ProgrammeProgress &p) { return ProgrammeCharts::sessionsByTheme(p, m_style); },
        [this](const ProgrammeProgress &p) { return ProgrammeCharts::overdueByPairing(p, m_style); },
    };
    // The figures kept between starts are the drawn ones, written as columns and read back.
    QTemporaryDir cache;
    QVERIFY(cache.isValid());
    qputenv("XDG_CACHE_HOME", QFile::encodeName(cache.path()));
    const QString database = cache.filePath(QStringLiteral("programme.c2c"));
    const ProgressSnapshot::State state{QByteArrayLiteral("state"), QDate(2027, 3, 20), ChangeMark{7, QStringLiteral("row")}};
    QVERIFY(ProgressSnapshot::save(database, state, full));
    const auto kept = ProgressSnapshot::load(database, state);
    QVERIFY(kept);
    QCOMPARE(everyField(*kept), everyField(drawn));
    int links = 0;
    for (const Build &build : builders) {
        const QStringList before = described(build(full).get());
        QCOMPARE(described(build(drawn).get()), before);
        QCOMPARE(described(build(*kept).get()), before);
        links += int(before.filter(QStringLiteral(" -> ")).size());
    }
    QVERIFY(links > 10);
}

void TestChartBuilders::styleFollowsThePalette()
{
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    const ChartStyle style = ChartStyle::fromPalette(dark, QFont());
    const auto chart = ProgrammeCharts::overdueByPairing(programme(), style);
    QCOMPARE(chart->backgroundBrush().color(), QColor(0x20, 0x20, 0x20));
    QCOMPARE(chart->titleBrush().color(), QColor(0xee, 0xee, 0xee));
    for (QAbstractAxis *axis : chart->axes())
        QCOMPARE(axis->labelsBrush().color(), QColor(0xee, 0xee, 0xee));
    // Re-applied with the light print style: the data keeps its colour, the text turns dark.
    const QColor data = barSet(chart.get(), QStringLiteral("overdue"))->color();
    ChartStyle::forPrint().apply(chart.get());
    QCOMPARE(chart->backgroundBrush().color(), QColor(Qt::white));
    QVERIFY(chart->titleBrush().color().lightness() < 80);
    QCOMPARE(barSet(chart.get(), QStringLiteral("overdue"))->color(), data);
    // Labels inside bars read on the bar's colour, whatever the background.
    QCOMPARE(ChartStyle::textOn(QColor(0xF0, 0xE4, 0x42)), QColor(0x1a, 0x1a, 0x1a));
    QCOMPARE(ChartStyle::textOn(QColor(0x00, 0x72, 0xB2)), QColor(Qt::white));
}

QTEST_MAIN(TestChartBuilders)
#include "tst_chartbuilders.moc"
