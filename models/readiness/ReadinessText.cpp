#include "ReadinessText.h"

#include "PilotRecords.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QLocale>

namespace ReadinessText {

namespace {
// Q_DECLARE_TR_FUNCTIONS tells lupdate the context of each Text::tr() in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReadinessText)
};
QString besideName(Rubric::Aggregate rule)
{
    switch (rule) {
    case Rubric::Aggregate::Lowest: return Text::tr("lowest");
    case Rubric::Aggregate::Average: return Text::tr("average");
    case Rubric::Aggregate::Highest: return Text::tr("highest");
    }
    return QString();
}
} // namespace

QMap<QString, int> levelsOf(const AssessmentRecord &assessment)
{
    return assessment.levelMap();
}

// The rule is the rubric's (Rubric::evaluate); this only puts it in the rubric's order.
QList<Blocker> blockers(const Rubric &rubric, const QMap<QString, int> &levels)
{
    const Readiness readiness = rubric.evaluate(levels);
    QList<Blocker> result;
    for (const RubricDimension &d : rubric.dimensions()) {
        if (readiness.missing.contains(d.id))
            result << Blocker{d.id, std::nullopt};
        else if (readiness.below.contains(d.id))
            result << Blocker{d.id, levels.value(d.id)};
    }
    return result;
}

QString levelLabel(const Rubric &rubric, int level)
{
    const RubricLevel *l = rubric.level(level);
    return l ? QStringLiteral("%1 · %2").arg(level).arg(l->name) : QString();
}

QString overall(const Rubric &rubric, const Readiness &readiness)
{
    if (!readiness.overall)
        return Text::tr("Not assessed");
    QString text = levelLabel(rubric, *readiness.overall);
    if (readiness.beside)
        text += QStringLiteral(" (%1 %2)")
                    .arg(besideName(rubric.besideRule()),
                         QLocale().toString(*readiness.beside, 'f', 1));
    return text;
}

QString overallShort(const Rubric &rubric, const Readiness &readiness)
{
    if (!readiness.overall)
        return QString();
    if (!readiness.beside)
        return QString::number(*readiness.overall);
    QString rule;
    switch (rubric.besideRule()) {
    case Rubric::Aggregate::Lowest: rule = Text::tr("min"); break;
    case Rubric::Aggregate::Average: rule = Text::tr("avg"); break;
    case Rubric::Aggregate::Highest: rule = Text::tr("max"); break;
    }
    return QStringLiteral("%1 (%2 %3)")
        .arg(QString::number(*readiness.overall), rule,
             QLocale().toString(*readiness.beside, 'f', 1));
}

QString verdict(const Rubric &rubric, const QMap<QString, int> &levels)
{
    if (levels.isEmpty())
        return Text::tr("Not assessed yet");
    if (rubric.evaluate(levels).ready)
        return Text::tr("Ready to pilot");
    QStringList below;
    QStringList missing;
    for (const Blocker &b : blockers(rubric, levels)) {
        const RubricDimension *d = rubric.dimension(b.dimension);
        const QString name = d ? d->name : b.dimension;
        if (b.level)
            below << QStringLiteral("%1 (%2)").arg(name).arg(*b.level);
        else
            missing << name;
    }
    QStringList parts;
    if (!below.isEmpty())
        parts << Text::tr("below %1: %2")
                     .arg(rubric.readyThreshold())
                     .arg(below.join(QStringLiteral(", ")));
    if (!missing.isEmpty())
        parts << Text::tr("not assessed: %1").arg(missing.join(QStringLiteral(", ")));
    return Text::tr("Not ready — %1").arg(parts.join(QStringLiteral("; ")));
}

QString sessionLabel(int sequence, const QString &kindKey)
{
    if (sequence <= 0)
        return QString();
    const QString kind = Vocabulary::sessionKindLabel(kindKey);
    return kind.isEmpty() ? QStringLiteral("S%1").arg(sequence)
                          : QStringLiteral("S%1 · %2").arg(sequence).arg(kind);
}

QString stages(const Rubric &rubric)
{
    QStringList names;
    for (const RubricLevel &l : rubric.levels()) {
        if (!l.stage.isEmpty() && !names.contains(l.stage))
            names << l.stage;
    }
    return names.join(QStringLiteral(" → "));
}

} // namespace ReadinessText
