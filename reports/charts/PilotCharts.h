#pragma once

#include "progress/ReadinessQueries.h"

#include <QString>

#include <memory>

class QChart;
struct ChartStyle;

// A pilot's readiness as charts, from its assessment history (ReadinessQueries::history,
// oldest first). Series are named by objectName ("latest", "previous", "overall", "average",
// "threshold") so that tests and views can find them.
namespace PilotCharts {
// A radar with one spoke per dimension of the rubric: the latest assessment as a filled area,
// the previous one as a dashed line. Levels run outwards from the centre; a dimension left out
// of an assessment sits at the centre.
std::unique_ptr<QChart> radar(const QList<AssessmentPoint> &history, const Rubric &rubric,
                              const ChartStyle &style);
// Overall readiness (by the rubric's rule) and the figure shown beside it (the average) at each
// assessment, with the "ready" threshold. Points made at a session link to it.
std::unique_ptr<QChart> trend(const QList<AssessmentPoint> &history, const Rubric &rubric,
                              const ChartStyle &style);
// How an assessment is named on the x axis: "S2" at a session, else its date.
QString pointLabel(const AssessmentPoint &point);
} // namespace PilotCharts
