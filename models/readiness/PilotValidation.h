#pragma once

#include "PilotRecords.h"
#include "core/Result.h"

class Rubric;

// Rules a pilot, a plan action or an assessment must meet before it is written.
namespace PilotValidation {
Status pilot(const PilotRecord &pilot);
Status planAction(const PlanActionRecord &action);
// Levels on the rubric's dimensions and scale, each dimension at most once, a date or session.
Status assessment(const AssessmentRecord &assessment, const Rubric &rubric);

constexpr int MaxTitleLength = 200;
} // namespace PilotValidation
