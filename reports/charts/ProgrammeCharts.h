#pragma once

#include "progress/ProgressQueries.h"

#include <memory>

class QChart;
struct ChartStyle;

// The programme's (or one theme's) progress as charts, from ProgressQueries::programme(). Bar
// sets and pie slices are named by objectName (a stage key, a level, "ready" ...) so that tests
// and views can find them; every part links to the pairings, pilots or actions behind it.
namespace ProgrammeCharts {
// Pairings per theme, stacked by the stage reached, stages in the programme's order.
std::unique_ptr<QChart> stagesByTheme(const ProgrammeProgress &progress, const ChartStyle &style);
// Pilots per theme, stacked by overall level ("1" ... "5") and "not_assessed".
std::unique_ptr<QChart> readinessByTheme(const ProgrammeProgress &progress, const Rubric &rubric,
                                         const ChartStyle &style);
// A donut: pilots "ready", "not_ready" (assessed) and "not_assessed".
std::unique_ptr<QChart> pilotsReady(const ProgrammeProgress &progress, const ChartStyle &style);
// Sessions per theme: "held", "planned" (not held yet) and "to_plan" (short of four per pairing).
std::unique_ptr<QChart> sessionsByTheme(const ProgrammeProgress &progress, const ChartStyle &style);
// Pairings with overdue action items, most first, at most limit of them.
std::unique_ptr<QChart> overdueByPairing(const ProgrammeProgress &progress, const ChartStyle &style,
                                         int limit = 15);

// The figures with only what these charts and the headline figures show: each pilot's
// identity, label and overall readiness without its assessment, each pairing without its
// challenge and theme's names. At 10,000 pairings the dashboard's figures shrink from 20 MB to
// a few, and so does their load from the user's cache at every start.
ProgrammeProgress drawnOnly(ProgrammeProgress progress);
} // namespace ProgrammeCharts
