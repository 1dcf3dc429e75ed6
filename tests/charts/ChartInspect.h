#pragma once

// Reading a built chart back in tests: its bar sets, slices and XY series by objectName, the
// categories of its axes, and whether it draws anything at all.
#include "charts/ChartImage.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QPieSeries>
#include <QPieSlice>
#include <QSet>
#include <QXYSeries>

namespace ChartInspect {

inline QBarSet *barSet(const QChart *chart, const QString &key)
{
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                if (set->objectName() == key)
                    return set;
            }
        }
    }
    return nullptr;
}

inline QStringList barSetKeys(const QChart *chart)
{
    QStringList keys;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                keys << set->objectName();
        }
    }
    return keys;
}

inline QList<qreal> values(const QBarSet *set)
{
    QList<qreal> list;
    if (set) {
        for (int i = 0; i < set->count(); ++i)
            list << set->at(i);
    }
    return list;
}

inline QPieSlice *slice(const QChart *chart, const QString &key)
{
    for (QAbstractSeries *series : chart->series()) {
        if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            for (QPieSlice *s : pie->slices()) {
                if (s->objectName() == key)
                    return s;
            }
        }
    }
    return nullptr;
}

inline QXYSeries *xy(const QChart *chart, const QString &key)
{
    for (QAbstractSeries *series : chart->series()) {
        if (series->objectName() == key)
            return qobject_cast<QXYSeries *>(series);
    }
    return nullptr;
}

inline QStringList categories(const QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes()) {
        if (auto *bars = qobject_cast<QBarCategoryAxis *>(axis))
            return bars->categories();
    }
    return {};
}

// Drawn offscreen: more than a couple of colours (background, text, data), nothing empty.
inline bool drawsSomething(QChart *chart, const QSize &size = QSize(480, 320))
{
    const QImage image = ChartImage::render(chart, size);
    if (image.isNull() || image.size() != size)
        return false;
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    return colours.size() > 3;
}

} // namespace ChartInspect
