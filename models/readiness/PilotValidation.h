#pragma once

#include "PilotRecords.h"
#include "core/Result.h"

class Rubric;

// Rules a pilot, a plan action or an assessment must meet before it is written.
namespace PilotValidation {
Status pilot(const PilotRecord &pilot);
Status planAction(const PlanActionRecord &action);
// Levels on the rubric's dimensions and scale, each dimension at most once, a date or session.
// Levels found in kept (what is stored already) are not judged again by today's rubric: an
// assessment made under an earlier version of the rubric stays as it was.
Status assessment(const AssessmentRecord &assessment, const Rubric &rubric,
                  const QList<DimensionLevel> &kept = {});

constexpr int MaxTitleLength = 200;
} // namespace PilotValidation
