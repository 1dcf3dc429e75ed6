#include "PairingCharts.h"

#include "ChartFrame.h"
#include "ChartLinks.h"
#include "ChartStyle.h"

#include "domain/Vocabulary.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace {

// Q_DECLARE_TR_FUNCTIONS tells lupdate the context of each Text::tr() in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PairingCharts)
};

QBarSet *barSet(const QString &key, const QString &name, const QColor &colour)
{
    auto *set = new QBarSet(name);
    set->setObjectName(key);
    set->setColor(colour);
    return set;
}

// Three short lines, so that a cycle of six still fits a narrow panel: "S2", "16 Feb", "2027".
QString sessionLabel(const CycleSessionPoint &s)
{
    if (!s.startUtc.isValid())
        return QStringLiteral("S%1<br>%2").arg(s.sequence).arg(Text::tr("no date"));
    const QDate day = s.startUtc.toUTC().date();
    return QStringLiteral("S%1<br>%2<br>%3")
        .arg(s.sequence)
        .arg(QLocale().toString(day, QStringLiteral("d MMM")))
        .arg(day.year());
}

} // namespace

namespace PairingCharts {

std::unique_ptr<QChart> cycleSessions(const PairingDashboard &pairing, const ChartStyle &style)
{
    const PairingProgress &p = pairing.progress;
    const QString title = Text::tr("Cycle: %1 of %2 held (min. %3)")
                              .arg(p.sessionsHeld)
                              .arg(qMax(p.sessionsPlanned, MinimumSessions))
                              .arg(MinimumSessions);
    auto chart = ChartFrame::create(title);
    const QStringList statuses{QStringLiteral("held"), QStringLiteral("scheduled"),
                               QStringLiteral("draft"), QStringLiteral("cancelled")};
    QList<QBarSet *> sets;
    for (const QString &status : statuses)
        sets << barSet(status, Vocabulary::sessionStatusLabel(status),
                       ChartStyle::sessionStatus(status));
    QBarSet *missing =
        barSet(QStringLiteral("missing"), Text::tr("Not planned yet"), ChartStyle::neutral());
    sets << missing;

    ChartLinks *links = ChartLinks::attach(chart.get());
    QStringList categories;
    int planned = 0;
    int lastSequence = 0;
    for (const CycleSessionPoint &s : pairing.sessions) {
        const int index = int(categories.size());
        categories << sessionLabel(s);
        const int row = qMax(0, int(statuses.indexOf(s.status)));
        for (int i = 0; i < sets.size(); ++i)
            sets.at(i)->append(i == row ? 1 : 0);
        links->add(sets.at(row), index,
                   {ChartTarget::Kind::Session, s.sessionId, Text::tr("Session %1").arg(s.sequence)});
        planned += s.status != QLatin1String("cancelled");
        lastSequence = qMax(lastSequence, s.sequence);
    }
    // The slots still to plan for the cycle's minimum.
    for (int n = planned; n < MinimumSessions; ++n) {
        categories << QStringLiteral("S%1<br>%2").arg(++lastSequence).arg(Text::tr("to plan"));
        for (QBarSet *set : sets)
            set->append(set == missing ? 1 : 0);
    }
    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.85);
    for (QBarSet *set : sets) {
        if (set->sum() > 0)
            series->append(set);
        else
            delete set;
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    y->setRange(0, 1);
    y->setVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    x->setGridLineVisible(false);
    ChartFrame::finish(chart.get(), style);
    return chart;
}

std::unique_ptr<QChart> actions(const PairingProgress &pairing, const ChartStyle &style)
{
    // The counts are on the bars: a short title fits a narrow panel.
    const QString title = Text::tr("Action items");
    if (pairing.actionsOpen + pairing.actionsDone == 0)
        return ChartFrame::empty(title, Text::tr("No action items yet"), style);
    auto chart = ChartFrame::create(title);
    QBarSet *open = barSet(QStringLiteral("open"), Text::tr("Open, on time"), ChartStyle::open());
    QBarSet *overdue = barSet(QStringLiteral("overdue"), Text::tr("Overdue"), ChartStyle::overdue());
    QBarSet *done = barSet(QStringLiteral("done"), Text::tr("Done"), ChartStyle::done());
    open->append(pairing.actionsOpen - pairing.actionsOverdue);
    overdue->append(pairing.actionsOverdue);
    done->append(pairing.actionsDone);
    ChartLinks *links = ChartLinks::attach(chart.get());
    links->add(open, 0,
               {ChartTarget::Kind::Actions, pairing.pairingId,
                Text::tr("Action items of %1").arg(pairing.code)});
    links->add(overdue, 0,
               {ChartTarget::Kind::OverdueActions, pairing.pairingId,
                Text::tr("Overdue action items of %1").arg(pairing.code)});
    links->add(done, 0,
               {ChartTarget::Kind::Actions, pairing.pairingId,
                Text::tr("Action items of %1").arg(pairing.code)});

    auto *series = new QBarSeries;
    series->append({open, overdue, done});
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(6);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(Text::tr("Action items"));
    x->setLabelsVisible(false);
    x->setGridLineVisible(false);
    const int most = qMax(pairing.actionsOpen - pairing.actionsOverdue,
                          qMax(pairing.actionsOverdue, pairing.actionsDone));
    // Room above the tallest bar for its label.
    QValueAxis *y = ChartFrame::countAxis(most + qMax(1, most / 8), Text::tr("Action items"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    ChartFrame::finish(chart.get(), style);
    return chart;
}

std::unique_ptr<QChart> memberReadiness(const PairingDashboard &pairing, const Rubric &rubric,
                                        const ChartStyle &style)
{
    const QString title = Text::tr("Readiness of each city's pilot");
    if (pairing.pilots.isEmpty())
        return ChartFrame::empty(title, Text::tr("No pilots yet"), style);
    auto chart = ChartFrame::create(title);
    // Horizontal bars: the first category is drawn at the bottom, so the list goes in reversed
    // to read top-down: overall first, then the dimensions in the rubric's order.
    QStringList categories{Text::tr("Overall (%1)").arg(ChartFrame::ruleWord(rubric.overallRule()))};
    for (const RubricDimension &d : rubric.dimensions())
        categories << ChartFrame::axisLabel(d.shortName, 40);
    std::reverse(categories.begin(), categories.end());

    auto *series = new QHorizontalBarSeries;
    ChartLinks *links = ChartLinks::attach(chart.get());
    QList<QBarSet *> sets;
    for (int i = 0; i < pairing.pilots.size(); ++i) {
        const PilotStanding &pilot = pairing.pilots.at(i);
        const QString name =
            pilot.readiness.assessed ? pilot.cityName : Text::tr("%1 (not assessed)").arg(pilot.cityName);
        QBarSet *set = barSet(QString::number(pilot.pilotId), name, ChartStyle::series(i));
        QList<qreal> values{qreal(pilot.readiness.overall.value_or(0))};
        for (const RubricDimension &d : rubric.dimensions())
            values << (pilot.latest ? pilot.latest->levelOf(d.id).value_or(0) : 0);
        std::reverse(values.begin(), values.end());
        set->append(values);
        for (int c = 0; c < values.size(); ++c)
            links->add(set, c,
                       {ChartTarget::Kind::Pilot, pilot.pilotId,
                        QStringLiteral("%1: %2").arg(pilot.cityName, pilot.title)});
        sets.prepend(set);
    }
    // Within a category the first set is drawn lowest: reversed, the first city is on top, and
    // the legend, reversed again, still lists the cities in the pairing's order.
    series->append(sets);
    chart->legend()->setReverseMarkers(true);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    y->setGridLineVisible(false);
    auto *x = new QValueAxis;
    x->setRange(0, rubric.maxLevel());
    x->setTickCount(rubric.maxLevel() + 1);
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTitleText(Text::tr("Level"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    ChartFrame::finish(chart.get(), style);
    return chart;
}

} // namespace PairingCharts
