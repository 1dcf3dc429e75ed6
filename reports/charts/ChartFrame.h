#pragma once

#include "readiness/Rubric.h"

#include <QString>

#include <memory>

class QChart;
class QColor;
class QFont;
class QValueAxis;
struct ChartStyle;

// What the chart builders share: a new chart set up the same way, the honest empty chart (a
// title and a note such as "No pilots assessed yet", no axes that would claim a scale) and
// axes for counts.
namespace ChartFrame {
// No animation (charts are also drawn offscreen and into documents), legend at the bottom.
std::unique_ptr<QChart> create(const QString &title);
// A chart with nothing to draw: its title and a note in the middle.
std::unique_ptr<QChart> empty(const QString &title, const QString &note, const ChartStyle &style);
// The note of an empty chart, empty for a chart with data.
QString note(const QChart *chart);
void styleNote(QChart *chart, const QColor &colour, const QFont &font);
// An axis for counts of things: whole numbers from 0, at least up to 1.
QValueAxis *countAxis(int maximum, const QString &title);
// Axis labels are rich text: the text escaped, and on two lines when longer than width
// (theme and dimension names such as "Urban Resilience & Nature-Based Solutions").
QString axisLabel(const QString &text, int width);
// "lowest", "average", "highest": a rubric rule in a legend.
QString ruleWord(Rubric::Aggregate rule);
// "Lowest", "Average", "Highest".
QString ruleName(Rubric::Aggregate rule);
// Styles the finished chart (after its series and axes are in place).
void finish(QChart *chart, const ChartStyle &style);
} // namespace ChartFrame
