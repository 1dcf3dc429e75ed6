// The per-pilot and per-pairing chart widgets, offscreen over a known database: what they show,
// that they follow edits of what they show, and what a click opens.
#include "ChartInspect.h"
#include "ProgressFixture.h"
#include "charts/ChartFrame.h"
#include "charts/ChartPanel.h"
#include "charts/PairingProgressWidget.h"
#include "charts/PilotChartsWidget.h"
#include "charts/ProgrammeCharts.h"
#include "common/AppContext.h"

#include <QApplication>
#include <QChartView>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLegend>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QPieSeries>
#include <QPieSlice>
#include <QSignalSpy>
#include <QTest>

class TestChartWidgets : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pilotChartsShowThePilot();
    void pilotChartsFollowNewAssessments();
    void pilotChartsWithoutPilot();
    void trendPointOpensItsSession();
    void pairingChartsShowThePairing();
    void pairingChartsOpenWhatIsBehind();
    void pairingChartsFollowEditsWhenShown();
    void hoverTellsWhatAPartCounts();
    void longTitleKeepsClearOfTheMenu();
    void legendWrapsInsteadOfCuttingNames();

private:
    std::unique_ptr<ProgressFixture> m_f;
    std::unique_ptr<AppContext> m_context;
};

void TestChartWidgets::init()
{
    m_f = std::make_unique<ProgressFixture>();
    QVERIFY2(m_f->ok(), qPrintable(m_f->error()));
    QVERIFY(m_f->built());
    m_context.reset(
        new AppContext{m_f->db.database(), m_f->editor(), m_f->notifier, m_f->db.clock()});
}

void TestChartWidgets::cleanup()
{
    m_context.reset();
    m_f.reset();
}

void TestChartWidgets::pilotChartsShowThePilot()
{
    PilotChartsWidget widget(*m_context);
    widget.setPilot(m_f->annArbor);
    QCOMPARE(widget.pilotId(), m_f->annArbor);
    QXYSeries *latest = ChartInspect::xy(widget.radarPanel()->chart(), QStringLiteral("latest"));
    QVERIFY(latest);
    QCOMPARE(latest->points().at(4), QPointF(4, 5));
    QCOMPARE(
        ChartInspect::xy(widget.trendPanel()->chart(), QStringLiteral("overall"))->points().size(),
        2);
}

void TestChartWidgets::pilotChartsFollowNewAssessments()
{
    PilotChartsWidget widget(*m_context);
    widget.setPilot(m_f->lviv);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QVERIFY(!ChartInspect::xy(widget.radarPanel()->chart(), QStringLiteral("previous")));
    QVERIFY(m_f->assess(m_f->lviv, {3, 3, 3, 3, 3, 3}, m_f->e04s3) > 0);
    QTRY_VERIFY(ChartInspect::xy(widget.radarPanel()->chart(), QStringLiteral("previous")));
    QCOMPARE(
        ChartInspect::xy(widget.trendPanel()->chart(), QStringLiteral("overall"))->points().size(),
        2);
    // An assessment of another pilot changes nothing here.
    QVERIFY(m_f->assess(m_f->annArbor, {5, 5, 5, 5, 5, 5}, m_f->e04s3) > 0);
    QCoreApplication::processEvents();
    QCOMPARE(
        ChartInspect::xy(widget.trendPanel()->chart(), QStringLiteral("overall"))->points().size(),
        2);
    // The pilot deleted: the charts say so.
    QVERIFY(m_f->editor().deletePilot(m_f->lviv).ok());
    QTRY_COMPARE(ChartFrame::note(widget.radarPanel()->chart()),
                 QStringLiteral("The pilot no longer exists."));
}

void TestChartWidgets::pilotChartsWithoutPilot()
{
    PilotChartsWidget widget(*m_context);
    QCOMPARE(ChartFrame::note(widget.radarPanel()->chart()), QStringLiteral("No pilot selected"));
    widget.setPilot(m_f->barranquilla); // never assessed
    QCOMPARE(ChartFrame::note(widget.radarPanel()->chart()), QStringLiteral("Not assessed yet"));
    QCOMPARE(ChartFrame::note(widget.trendPanel()->chart()), QStringLiteral("Not assessed yet"));
}

void TestChartWidgets::trendPointOpensItsSession()
{
    PilotChartsWidget widget(*m_context);
    widget.setPilot(m_f->annArbor);
    QSignalSpy opened(&widget, &PilotChartsWidget::openSession);
    QXYSeries *overall = ChartInspect::xy(widget.trendPanel()->chart(), QStringLiteral("overall"));
    emit overall->clicked(QPointF(1.1, 3.8)); // near the second point
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toLongLong(), m_f->e04s2);
}

void TestChartWidgets::pairingChartsShowThePairing()
{
    PairingProgressWidget widget(*m_context);
    QCOMPARE(ChartFrame::note(widget.cyclePanel()->chart()), QStringLiteral("No pairing selected"));
    widget.setPairing(m_f->e04);
    // Hidden (another tab of the detail is in front), it reads its figures when shown.
    QCOMPARE(ChartFrame::note(widget.cyclePanel()->chart()), QStringLiteral("No pairing selected"));
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QCOMPARE(ChartInspect::values(
                 ChartInspect::barSet(widget.cyclePanel()->chart(), QStringLiteral("held"))),
             (QList<qreal>{1, 1, 0, 0}));
    QCOMPARE(ChartInspect::values(
                 ChartInspect::barSet(widget.actionsPanel()->chart(), QStringLiteral("overdue"))),
             QList<qreal>{2});
    QVERIFY(ChartInspect::barSet(widget.pilotsPanel()->chart(), QString::number(m_f->lviv)));
}

void TestChartWidgets::pairingChartsOpenWhatIsBehind()
{
    PairingProgressWidget widget(*m_context);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    widget.setPairing(m_f->e04); // on screen: read at once
    QSignalSpy session(&widget, &PairingProgressWidget::openSession);
    QSignalSpy actions(&widget, &PairingProgressWidget::openActions);
    QSignalSpy pilot(&widget, &PairingProgressWidget::openPilot);
    emit ChartInspect::barSet(widget.cyclePanel()->chart(), QStringLiteral("scheduled"))
        ->clicked(2);
    QCOMPARE(session.count(), 1);
    QCOMPARE(session.first().first().toLongLong(), m_f->e04s3);
    emit ChartInspect::barSet(widget.actionsPanel()->chart(), QStringLiteral("overdue"))
        ->clicked(0);
    QCOMPARE(actions.count(), 1);
    QCOMPARE(actions.first().at(0).toBool(), true);
    QCOMPARE(actions.first().at(1).toLongLong(), m_f->e04);
    emit ChartInspect::barSet(widget.pilotsPanel()->chart(), QString::number(m_f->annArbor))
        ->clicked(0);
    QCOMPARE(pilot.count(), 1);
    QCOMPARE(pilot.first().first().toLongLong(), m_f->annArbor);
}

void TestChartWidgets::pairingChartsFollowEditsWhenShown()
{
    PairingProgressWidget widget(*m_context);
    widget.setPairing(m_f->e04);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QVERIFY(m_f->action(m_f->e04s2, QStringLiteral("Another late one"), QDate(2027, 3, 15),
                        QStringLiteral("open")) > 0);
    QTRY_COMPARE(ChartInspect::values(ChartInspect::barSet(widget.actionsPanel()->chart(),
                                                           QStringLiteral("overdue"))),
                 QList<qreal>{3});
}

namespace {
// The pilots' totals of the 10,000-pairing benchmark file.
ProgrammeProgress pilotsOfTenThousandPairings()
{
    ProgrammeProgress figures;
    figures.pairings << PairingProgress{};
    figures.totals.pilots = 23709;
    figures.totals.pilotsAssessed = 22703;
    figures.totals.pilotsReady = 476;
    return figures;
}
} // namespace

void TestChartWidgets::hoverTellsWhatAPartCounts()
{
    // The ring of 10,000 pairings: two of its slices are too thin for their counts, which their
    // tooltips give with their legend's names.
    const ProgrammeProgress figures = pilotsOfTenThousandPairings();
    ChartPanel panel;
    panel.setBuilder([figures](const ChartStyle &style) { return ProgrammeCharts::pilotsReady(figures, style); },
                     QStringLiteral("ready"));
    auto *ring = qobject_cast<QPieSeries *>(panel.chart()->series().first());
    QVERIFY(ring);
    QHash<QString, QString> tips;
    for (QPieSlice *slice : ring->slices())
        tips.insert(slice->objectName(), panel.tipFor(slice, 0));
    QCOMPARE(tips.value(QStringLiteral("ready")), QStringLiteral("Ready: 476"));
    QCOMPARE(tips.value(QStringLiteral("not_ready")), QStringLiteral("Not ready: 22227"));
    QCOMPARE(tips.value(QStringLiteral("not_assessed")), QStringLiteral("Not assessed: 1006"));
}

// At 10,000 pairings the titles carry five-digit counts; in a dashboard's narrow panel they ran
// under the menu button (seen: "Pilots ready to pilot: 476 of 2370" and the button on the "9").
// Kept clear of it, a title too wide breaks after its label and keeps its counts whole; one
// that fits stays on one line; the accessible name is the title on one line.
void TestChartWidgets::longTitleKeepsClearOfTheMenu()
{
    const ProgrammeProgress figures = pilotsOfTenThousandPairings();
    for (const int width : {280, 700}) {
        ChartPanel panel;
        panel.setBuilder([figures](const ChartStyle &style) { return ProgrammeCharts::pilotsReady(figures, style); },
                         QStringLiteral("ready"));
        panel.resize(width, 260);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *view = panel.findChild<QChartView *>();
        auto *button = panel.findChild<QToolButton *>();
        QVERIFY(view && button);
        const QGraphicsTextItem *title = nullptr;
        for (QGraphicsItem *item : view->scene()->items()) {
            auto *text = dynamic_cast<QGraphicsTextItem *>(item);
            if (text && item->isVisible() && text->toPlainText().startsWith(QLatin1String("Pilots ready")))
                title = text;
        }
        QVERIFY(title);
        const QRect shown = view->mapFromScene(title->sceneBoundingRect()).boundingRect();
        const QRect onPanel(view->viewport()->mapTo(&panel, shown.topLeft()), shown.size());
        QVERIFY2(!onPanel.intersects(button->geometry()),
                 qPrintable(QStringLiteral("at %1 px the title %2 meets the button at %3")
                                .arg(width)
                                .arg(QStringLiteral("%1..%2").arg(onPanel.left()).arg(onPanel.right()))
                                .arg(button->geometry().left())));
        QVERIFY2(title->toPlainText().endsWith(QLatin1String("476 of 23709")), qPrintable(title->toPlainText()));
        // Narrow, it breaks or fits as the fonts decide; wide, it stays on one line.
        if (width >= 700)
            QVERIFY(!title->toPlainText().contains(u'\n') && !title->toPlainText().contains(QChar::LineSeparator));
        QCOMPARE(view->accessibleName(), QStringLiteral("Pilots ready to pilot: 476 of 23709"));
        // The plot keeps the style's margin on its other sides.
        QCOMPARE(panel.chart()->margins().left(), panel.chart()->margins().top());
    }
}

// Qt's legend is one row: the stages of a dashboard panel read "Not…", "Mat…". The panel's own
// legend gives every name whole, on two rows if it must; a chart without a legend gets none.
void TestChartWidgets::legendWrapsInsteadOfCuttingNames()
{
    ProgrammeProgress figures;
    ThemeStages energy{1, QStringLiteral("E"), QStringLiteral("Energy"), {}};
    for (const QString &stage : ProgressQueries::stageKeys()) {
        PairingProgress pairing;
        pairing.stage = stage;
        pairing.themeId = 1;
        figures.pairings << pairing;
        energy.byStage.insert(stage, 1);
    }
    figures.stagesByTheme << energy;
    ChartPanel panel;
    panel.setBuilder([figures](const ChartStyle &style) { return ProgrammeCharts::stagesByTheme(figures, style); },
                     QStringLiteral("stages"));
    panel.resize(300, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(!panel.chart()->legend()->isVisible());
    QLabel *legend = panel.legend();
    QVERIFY(legend->isVisible());
    QStringList names;
    for (const QString &stage : ProgressQueries::stageKeys())
        names << ProgressQueries::stageName(stage);
    QCOMPARE(legend->accessibleName(), QStringLiteral("Legend: ") + names.join(QLatin1String(", ")));
    const QString shown = QTextDocumentFragment::fromHtml(legend->text()).toPlainText().replace(QChar::Nbsp, u' ');
    for (const QString &name : std::as_const(names))
        QVERIFY2(shown.contains(name), qPrintable(shown));
    // Six names do not fit on one row of 300 px: the label is taller than a line, and all of it
    // is shown.
    QVERIFY(legend->heightForWidth(legend->width()) > legend->fontMetrics().lineSpacing() * 3 / 2);
    QVERIFY(legend->height() >= legend->heightForWidth(legend->width()));
    // Restyled (a dark desktop), the legend stays the panel's.
    QPalette dark = panel.palette();
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::WindowText, Qt::white);
    dark.setColor(QPalette::Base, QColor(0x10, 0x10, 0x10));
    dark.setColor(QPalette::Text, Qt::white);
    panel.setPalette(dark);
    QVERIFY(!panel.chart()->legend()->isVisible());
    QVERIFY(legend->isVisible());

    ChartPanel none;
    ProgrammeProgress late;
    late.pairings << PairingProgress{};
    late.pairings.first().code = QStringLiteral("E-01");
    late.pairings.first().actionsOverdue = 3;
    none.setBuilder([late](const ChartStyle &style) { return ProgrammeCharts::overdueByPairing(late, style, 10); },
                    QStringLiteral("late"));
    none.show();
    QVERIFY(QTest::qWaitForWindowExposed(&none));
    QVERIFY(!none.legend()->isVisible());
}

QTEST_MAIN(TestChartWidgets)
#include "tst_chartwidgets.moc"
