#include "PilotCharts.h"

#include "ChartFrame.h"
#include "ChartLinks.h"
#include "ChartStyle.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QPolarChart>

namespace {

// Q_DECLARE_TR_FUNCTIONS tells lupdate the context of each Text::tr() in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PilotCharts)
};

QString assessmentName(const AssessmentPoint &point)
{
    const QString date =
        QLocale().toString(point.assessment.assessedOn, QStringLiteral("d MMM yyyy"));
    if (point.sessionSequence > 0)
        return Text::tr("S%1, %2").arg(point.sessionSequence).arg(date);
    return date;
}

// Levels of one assessment around the spokes, closed back to the first spoke.
QList<QPointF> spokes(const AssessmentPoint &point, const Rubric &rubric, qreal centre)
{
    QList<QPointF> points;
    const QList<RubricDimension> &dimensions = rubric.dimensions();
    for (int i = 0; i < dimensions.size(); ++i)
        points << QPointF(i, point.assessment.levelOf(dimensions.at(i).id).value_or(centre));
    if (!points.isEmpty())
        points << QPointF(dimensions.size(), points.first().y());
    return points;
}

} // namespace

namespace PilotCharts {

QString pointLabel(const AssessmentPoint &point)
{
    if (point.sessionSequence > 0)
        return Text::tr("S%1").arg(point.sessionSequence);
    return QLocale().toString(point.assessment.assessedOn, QStringLiteral("d MMM yyyy"));
}

std::unique_ptr<QChart> radar(const QList<AssessmentPoint> &history, const Rubric &rubric,
                              const ChartStyle &style)
{
    const QString title = Text::tr("Readiness by dimension");
    if (history.isEmpty() || rubric.dimensions().isEmpty())
        return ChartFrame::empty(title, Text::tr("Not assessed yet"), style);

    auto chart = std::make_unique<QPolarChart>();
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->layout()->setContentsMargins(0, 0, 0, 0);

    const QList<RubricDimension> &dimensions = rubric.dimensions();
    auto *angular = new QCategoryAxis;
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    angular->setStartValue(-1);
    for (int i = 0; i < dimensions.size(); ++i)
        angular->append(ChartFrame::axisLabel(dimensions.at(i).shortName, 16), i);
    angular->setRange(0, dimensions.size());
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);

    // Level 1 is the first ring, not the centre: a pilot at "idea" still has a shape.
    const qreal centre = rubric.minLevel() - 1;
    auto *radial = new QCategoryAxis;
    radial->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    radial->setStartValue(centre);
    for (const RubricLevel &level : rubric.levels())
        radial->append(QString::number(level.level), level.level);
    radial->setRange(centre, rubric.maxLevel());
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);

    if (history.size() > 1) {
        const AssessmentPoint &previous = history.at(history.size() - 2);
        auto *line = new QLineSeries;
        line->setObjectName(QStringLiteral("previous"));
        line->setName(Text::tr("Previous: %1").arg(assessmentName(previous)));
        line->replace(spokes(previous, rubric, centre));
        QPen pen(ChartStyle::series(1), 2, Qt::DashLine);
        line->setPen(pen);
        chart->addSeries(line);
        line->attachAxis(angular);
        line->attachAxis(radial);
    }
    // The latest as a filled shape under a line: the area alone would stroke its closing edge
    // from the centre as well.
    const AssessmentPoint &latest = history.last();
    const QList<QPointF> points = spokes(latest, rubric, centre);
    auto *upper = new QLineSeries;
    upper->replace(points);
    auto *area = new QAreaSeries(upper);
    upper->setParent(area);
    area->setObjectName(QStringLiteral("latestArea"));
    QColor fill = ChartStyle::series(0);
    fill.setAlphaF(0.3f);
    area->setBrush(fill);
    area->setPen(Qt::NoPen);
    auto *line = new QLineSeries;
    line->setObjectName(QStringLiteral("latest"));
    line->setName(Text::tr("Latest: %1").arg(assessmentName(latest)));
    line->replace(points);
    line->setPen(QPen(ChartStyle::series(0), 2.5));
    for (QAbstractSeries *series :
         {static_cast<QAbstractSeries *>(area), static_cast<QAbstractSeries *>(line)}) {
        chart->addSeries(series);
        series->attachAxis(angular);
        series->attachAxis(radial);
    }
    chart->legend()->markers(area).constFirst()->setVisible(false);
    ChartFrame::finish(chart.get(), style);
    return chart;
}

std::unique_ptr<QChart> trend(const QList<AssessmentPoint> &history, const Rubric &rubric,
                              const ChartStyle &style)
{
    const QString title = Text::tr("Overall readiness over the cycle");
    if (history.isEmpty())
        return ChartFrame::empty(title, Text::tr("Not assessed yet"), style);

    auto chart = ChartFrame::create(title);
    auto *x = new QBarCategoryAxis;
    QStringList labels;
    for (const AssessmentPoint &point : history) {
        QString label = pointLabel(point);
        // Categories must differ: a second assessment at one session gets its date too.
        if (labels.contains(label))
            label = assessmentName(point);
        for (int n = 2; labels.contains(label); ++n)
            label = QStringLiteral("%1 (%2)").arg(assessmentName(point)).arg(n);
        labels << label;
    }
    x->append(labels);
    x->setTitleText(Text::tr("Assessment"));

    auto *y = new QCategoryAxis;
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    y->setStartValue(rubric.minLevel() - 0.25);
    for (const RubricLevel &level : rubric.levels())
        y->append(
            ChartFrame::axisLabel(QStringLiteral("%1 %2").arg(level.level).arg(level.name), 14),
            level.level);
    y->setRange(rubric.minLevel() - 0.25, rubric.maxLevel() + 0.25);
    y->setTitleText(Text::tr("Level"));

    auto *overall = new QLineSeries;
    overall->setObjectName(QStringLiteral("overall"));
    overall->setName(Text::tr("Overall (%1)").arg(ChartFrame::ruleWord(rubric.overallRule())));
    overall->setPen(QPen(ChartStyle::series(0), 3));
    overall->setPointsVisible(true);
    auto *beside = new QLineSeries;
    beside->setObjectName(QStringLiteral("average"));
    beside->setName(ChartFrame::ruleName(rubric.besideRule()));
    beside->setPen(QPen(ChartStyle::series(1), 2, Qt::DashLine));
    beside->setPointsVisible(true);
    QList<QPointF> overallPoints, besidePoints;
    ChartLinks *links = ChartLinks::attach(chart.get());
    for (int i = 0; i < history.size(); ++i) {
        const AssessmentPoint &point = history.at(i);
        if (point.readiness.overall)
            overallPoints << QPointF(i, *point.readiness.overall);
        if (point.readiness.beside)
            besidePoints << QPointF(i, *point.readiness.beside);
        if (point.assessment.sessionId && point.readiness.overall)
            links->add(overall, int(overallPoints.size()) - 1,
                       {ChartTarget::Kind::Session, *point.assessment.sessionId, labels.at(i)});
    }
    overall->replace(overallPoints);
    beside->replace(besidePoints);

    auto *threshold = new QLineSeries;
    threshold->setObjectName(QStringLiteral("threshold"));
    threshold->setName(Text::tr("Ready (all at %1+)").arg(rubric.readyThreshold()));
    threshold->setPen(QPen(ChartStyle::ready(), 1.5, Qt::DotLine));
    threshold->replace({QPointF(-0.5, rubric.readyThreshold()),
                        QPointF(history.size() - 0.5, rubric.readyThreshold())});

    for (QLineSeries *series : {threshold, beside, overall}) {
        chart->addSeries(series);
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *series : {threshold, beside, overall}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    ChartFrame::finish(chart.get(), style);
    return chart;
}

} // namespace PilotCharts
