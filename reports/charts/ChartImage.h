#pragma once

#include "core/Result.h"

#include <QImage>
#include <QPicture>
#include <QSize>
#include <QString>

class QChart;
class QPainter;

// A chart drawn without a view: into an image, a PNG, a one-page vector PDF, the clipboard, or
// a QPicture that documents replay (on any thread) as vector drawing. The chart must not be in
// a scene (not shown in a view): it is laid out at the given size, in logical pixels, and drawn.
// Needs a QApplication (Qt Charts are graphics widgets).
namespace ChartImage {
// At scale 2 the image has twice the pixels, for sharp text on paper and high-density screens.
QImage render(QChart *chart, const QSize &size, qreal scale = 1.0);
QPicture picture(QChart *chart, const QSize &size);
// Written atomically (QSaveFile): the file is the new image or what it was before.
Status savePng(QChart *chart, const QSize &size, const QString &path, qreal scale = 2.0);
// A page the size of the chart (one logical pixel = 0.75 pt), text and lines kept as vectors.
Status savePdf(QChart *chart, const QSize &size, const QString &path, const QString &title);
void copyToClipboard(QChart *chart, const QSize &size, qreal scale = 2.0);
} // namespace ChartImage
