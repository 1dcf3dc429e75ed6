#pragma once

#include "Rubric.h"

#include <QMap>
#include <QString>

#include <optional>

struct AssessmentRecord;

// How readiness reads wherever a pilot appears (lists, detail panes, dialogs, reports): the
// words come from the rubric, so a changed rubric file changes them too.
namespace ReadinessText {

// A dimension that keeps a pilot from being ready: below the threshold, or not assessed.
struct Blocker
{
    QString dimension; // the rubric's id
    std::optional<int> level;
};

QMap<QString, int> levelsOf(const AssessmentRecord &assessment);
// In the rubric's order.
QList<Blocker> blockers(const Rubric &rubric, const QMap<QString, int> &levels);

// "3 · Designed"; empty for a level the rubric does not have.
QString levelLabel(const Rubric &rubric, int level);
// "3 · Designed (average 3.5)", or "Not assessed".
QString overall(const Rubric &rubric, const Readiness &readiness);
// "3 (avg 3.5)", for narrow columns; empty when not assessed.
QString overallShort(const Rubric &rubric, const Readiness &readiness);
// "Ready to pilot"; "Not ready: below 4: Mandate and governance (3); not assessed: Team and
// partners"; "Not assessed yet".
QString verdict(const Rubric &rubric, const QMap<QString, int> &levels);
// "S2 · Sharing"; empty without a session (sequence 0).
QString sessionLabel(int sequence, const QString &kindKey);
// "Matchmaking → Sharing → … → Piloting"
QString stages(const Rubric &rubric);

} // namespace ReadinessText
