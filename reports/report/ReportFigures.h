#pragma once

#include "ProgressReport.h"

// The charts of a progress report, in the light print style: the programme's (or a theme's)
// dashboard charts, or a pairing's three charts. Builds Qt Charts, so only on the GUI thread
// of a QApplication.
namespace ReportFigures {
QList<ReportFigure> build(const ReportData &data, const Rubric &rubric = Rubric::shipped());
} // namespace ReportFigures
