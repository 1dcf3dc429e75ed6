#include "ChartStyle.h"

#include "ChartFrame.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QGuiApplication>
#include <QLegend>
#include <QPalette>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

#include <cmath>

namespace {

// Okabe & Ito (2008), "Color Universal Design", without black (unreadable on dark themes).
const QRgb OkabeIto[] = {0xE69F00, 0x56B4E9, 0x009E73, 0xD55E00, 0xCC79A7, 0x0072B2, 0xF0E442};
constexpr QRgb Orange = 0xE69F00;
constexpr QRgb SkyBlue = 0x56B4E9;
constexpr QRgb Green = 0x009E73;
constexpr QRgb Yellow = 0xF0E442;
constexpr QRgb Blue = 0x0072B2;
constexpr QRgb Vermillion = 0xD55E00;
constexpr QRgb Purple = 0xCC79A7;
constexpr QRgb Grey = 0x999999;

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QFont scaled(const QFont &font, qreal factor, bool bold = false)
{
    QFont f = font;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}

} // namespace

ChartStyle ChartStyle::fromPalette(const QPalette &palette, const QFont &font)
{
    ChartStyle style;
    style.background = palette.color(QPalette::Base);
    style.text = palette.color(QPalette::Text);
    style.muted = mix(style.text, style.background, 0.35);
    style.grid = mix(style.text, style.background, 0.85);
    style.axisLine = mix(style.text, style.background, 0.55);
    style.titleFont = scaled(font, 1.05, true);
    style.labelFont = scaled(font, 0.9);
    style.legendFont = scaled(font, 0.9);
    style.margins = QMargins(6, 6, 6, 6);
    return style;
}

ChartStyle ChartStyle::forPrint()
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, QColor(0x1d, 0x23, 0x27));
    // The application's family, as the report's text (DejaVu Sans on Debian), at a print size.
    QFont font(QGuiApplication::font().family());
    font.setPointSizeF(9);
    ChartStyle style = fromPalette(light, font);
    style.print = true;
    return style;
}

QColor ChartStyle::series(int index)
{
    constexpr int count = int(sizeof(OkabeIto) / sizeof(OkabeIto[0]));
    return QColor(OkabeIto[((index % count) + count) % count]);
}

QColor ChartStyle::level(int level, int minLevel, int maxLevel)
{
    // Warm for the early levels, blue and green once a pilot is validated and ready.
    const QRgb ramp[] = {Vermillion, Orange, Yellow, SkyBlue, Green};
    constexpr int steps = int(sizeof(ramp) / sizeof(ramp[0]));
    if (maxLevel <= minLevel)
        return QColor(Green);
    const qreal t = qBound(0.0, qreal(level - minLevel) / (maxLevel - minLevel), 1.0);
    return QColor(ramp[qRound(t * (steps - 1))]);
}

QColor ChartStyle::stage(const QString &key)
{
    if (key == QLatin1String("matchmaking"))
        return QColor(Purple);
    if (key == QLatin1String("sharing"))
        return QColor(Orange);
    if (key == QLatin1String("learning"))
        return QColor(SkyBlue);
    if (key == QLatin1String("showcasing"))
        return QColor(Blue);
    if (key == QLatin1String("piloting"))
        return QColor(Green);
    return neutral();
}

QColor ChartStyle::sessionStatus(const QString &key)
{
    if (key == QLatin1String("held"))
        return QColor(Green);
    if (key == QLatin1String("scheduled"))
        return QColor(SkyBlue);
    if (key == QLatin1String("cancelled"))
        return QColor(Vermillion);
    return QColor(Orange); // draft: planned, no time agreed yet
}

QColor ChartStyle::done()
{
    return QColor(Green);
}
QColor ChartStyle::open()
{
    return QColor(SkyBlue);
}
QColor ChartStyle::overdue()
{
    return QColor(Vermillion);
}
QColor ChartStyle::ready()
{
    return QColor(Green);
}
QColor ChartStyle::notReady()
{
    return QColor(Orange);
}
QColor ChartStyle::neutral()
{
    return QColor(Grey);
}

bool ChartStyle::numbersFitInside(const QBarSet &set, double span) const
{
    const QFontMetricsF metrics(labelFont);
    for (int i = 0; i < set.count(); ++i) {
        const qreal value = set.at(i);
        if (value > 0 && value / span * narrowestPlot < metrics.horizontalAdvance(QString::number(value)) + 4)
            return false;
    }
    return true;
}

bool ChartStyle::numberFitsInside(const QPieSlice &slice, const QPieSeries &pie) const
{
    // The label sits halfway across the ring, whose outer radius is pieSize of the plot's half.
    const qreal outer = pie.pieSize() * narrowestPlot / 2;
    const qreal middle = (outer + pie.holeSize() * outer) / 2;
    const qreal arc = slice.percentage() * 2 * M_PI * middle;
    return arc >= QFontMetricsF(labelFont).horizontalAdvance(slice.label()) + 4;
}

QColor ChartStyle::textOn(const QColor &fill)
{
    // Relative luminance (sRGB weights, gamma ignored): good enough to pick black or white.
    const qreal luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return luminance > 0.5 ? QColor(0x1a, 0x1a, 0x1a) : QColor(Qt::white);
}

void ChartStyle::apply(QChart *chart) const
{
    chart->setBackgroundBrush(background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setDropShadowEnabled(false);
    chart->setMargins(margins);
    chart->setTitleBrush(text);
    chart->setTitleFont(titleFont);
    chart->legend()->setLabelColor(text);
    chart->legend()->setFont(legendFont);
    chart->legend()->setBrush(Qt::NoBrush);
    chart->legend()->setPen(Qt::NoPen);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsBrush(text);
        axis->setLabelsFont(labelFont);
        axis->setTitleBrush(muted);
        axis->setTitleFont(labelFont);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
        axis->setLinePenColor(axisLine);
        axis->setShadesVisible(false);
    }
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *s : series) {
        if (auto *pie = qobject_cast<QPieSeries *>(s)) {
            const QList<QPieSlice *> slices = pie->slices();
            for (QPieSlice *slice : slices) {
                slice->setLabelFont(labelFont);
                slice->setBorderColor(background); // a gap between slices on any background
                const bool outside = slice->labelPosition() == QPieSlice::LabelOutside;
                // As in stacked bars: a count wider than its slice's ring wrote over the next one.
                const bool legible = outside || numberFitsInside(*slice, *pie);
                slice->setLabelColor(!legible ? QColor(Qt::transparent) : outside ? text : textOn(slice->color()));
            }
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            const bool outside = bars->labelsPosition() == QAbstractBarSeries::LabelsOutsideEnd;
            // A stacked segment too narrow for its number wrote it over its neighbours' (the
            // stages of 10,000 pairings read "0t5l5l2"): such a set's numbers are left to its
            // tooltip, in every segment, so that a row does not show some numbers and not others.
            double span = 0;
            if (bars->type() == QAbstractSeries::SeriesTypeHorizontalStackedBar && bars->isLabelsVisible()) {
                for (const QAbstractAxis *axis : bars->attachedAxes()) {
                    if (const auto *values = qobject_cast<const QValueAxis *>(axis))
                        span = values->max() - values->min();
                }
            }
            const QList<QBarSet *> sets = bars->barSets();
            for (QBarSet *set : sets) {
                set->setLabelFont(labelFont);
                const bool legible = span <= 0 || numbersFitInside(*set, span);
                set->setLabelColor(!legible ? QColor(Qt::transparent) : outside ? text : textOn(set->color()));
                set->setBorderColor(background);
            }
        }
    }
    ChartFrame::styleNote(chart, muted, legendFont);
}
