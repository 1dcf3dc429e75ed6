#pragma once

#include <QColor>
#include <QFont>
#include <QMargins>

class QBarSet;
class QChart;
class QPalette;
class QPieSeries;
class QPieSlice;

// How every chart looks, in one place. Text, grid and background come from the palette, so a
// dark desktop theme stays readable; the colours of the data are fixed (Okabe–Ito, without its
// black) and chosen to read on light and dark backgrounds and for colour-blind readers. The
// print variant is light, for documents and exported files.
struct ChartStyle
{
    QColor background;
    QColor text;
    QColor muted; // axis titles, "no data yet"
    QColor grid;
    QColor axisLine;
    QFont titleFont;
    QFont labelFont;
    QFont legendFont;
    QMargins margins;
    bool print = false;
    // The narrowest a chart's plot area is drawn (the dashboard's smallest panel), for the
    // numbers written inside stacked bars.
    int narrowestPlot = 160;

    static ChartStyle fromPalette(const QPalette &palette, const QFont &font);
    static ChartStyle forPrint();

    // The qualitative palette, for series that have no meaning of their own (cities, themes).
    static QColor series(int index);
    // A level of the rubric, low (warm) to high (green).
    static QColor level(int level, int minLevel, int maxLevel);
    // A programme stage key: not_started ... piloting.
    static QColor stage(const QString &key);
    // A session status key: draft, scheduled, held, cancelled.
    static QColor sessionStatus(const QString &key);
    static QColor done();
    static QColor open();
    static QColor overdue();
    static QColor ready();
    static QColor notReady();
    static QColor neutral(); // not assessed, not planned: reads on both backgrounds
    // Black or white, whichever reads better on fill.
    static QColor textOn(const QColor &fill);

    // Restyles a built chart in place: background, title, legend, axes, pie and bar labels, the
    // "no data yet" note. The data colours stay.
    void apply(QChart *chart) const;
    // Whether every number of a horizontal stacked bar set fits inside its segment at
    // narrowestPlot, on an axis spanning span.
    bool numbersFitInside(const QBarSet &set, double span) const;
    // Whether a slice's label fits along the middle of its ring at narrowestPlot.
    bool numberFitsInside(const QPieSlice &slice, const QPieSeries &pie) const;
};
