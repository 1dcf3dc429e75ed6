#pragma once

#include "progress/ProgressQueries.h"

#include <memory>

class QChart;
struct ChartStyle;

// One pairing's progress as charts, from ProgressQueries::pairing(). Series are named by
// objectName so that tests and views can find them.
namespace PairingCharts {
// The cycle as a row of sessions coloured by status ("held", "scheduled", "draft",
// "cancelled"), with the slots still missing up to the programme's minimum of four ("missing").
// Each session links to it.
std::unique_ptr<QChart> cycleSessions(const PairingDashboard &pairing, const ChartStyle &style);
// Action items open (not overdue), overdue and done ("open", "overdue", "done"); each bar links
// to the pairing's actions (the overdue ones only for "overdue").
std::unique_ptr<QChart> actions(const PairingProgress &pairing, const ChartStyle &style);
// Each member city's pilot side by side: its overall level and its level per dimension of the
// latest assessment (0 where not assessed). One bar set per pilot, linked to it.
std::unique_ptr<QChart> memberReadiness(const PairingDashboard &pairing, const Rubric &rubric,
                                        const ChartStyle &style);
// The least number of sessions in a cycle, as the programme sets it.
constexpr int MinimumSessions = 4;
} // namespace PairingCharts
