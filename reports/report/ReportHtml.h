#pragma once

#include "ProgressReport.h"

// The text of the progress report as HTML for QTextDocument. Every text from the database is
// escaped. Figures are left as markers that ProgressReport replaces with the drawn charts.
namespace ReportHtml {
QString html(const ReportData &data, int figures, const Rubric &rubric);
// The marker of figure index, alone in its paragraph.
QString figureMarker(int index);
// A length given in points, as the CSS pixels (96 dpi) that Qt's layout scales to the device.
int px(qreal points);
} // namespace ReportHtml
