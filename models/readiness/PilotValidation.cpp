#include "PilotValidation.h"

#include "Rubric.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace PilotValidation {

namespace {
// Q_DECLARE_TR_FUNCTIONS tells lupdate the context of each Text::tr() in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PilotValidation)
};
} // namespace

Status pilot(const PilotRecord &pilot)
{
    const QString title = pilot.title.trimmed();
    if (title.isEmpty())
        return Status::failure(Text::tr("A pilot needs a title."));
    if (title.size() > MaxTitleLength)
        return Status::failure(Text::tr("The pilot's title is too long (at most 200 characters)."));
    if (pilot.pairingId <= 0 || pilot.cityId <= 0)
        return Status::failure(Text::tr("A pilot belongs to one city of a pairing: choose both."));
    if (pilot.inspiredByCityId && *pilot.inspiredByCityId == pilot.cityId)
        return Status::failure(Text::tr("A pilot is inspired by a peer city, not by its own city."));
    return {};
}

Status planAction(const PlanActionRecord &action)
{
    const QString title = action.title.trimmed();
    if (title.isEmpty())
        return Status::failure(Text::tr("A plan action needs a title."));
    if (title.size() > MaxTitleLength)
        return Status::failure(Text::tr("The plan action's title is too long (at most 200 characters)."));
    if (action.pilotId <= 0)
        return Status::failure(Text::tr("A plan action belongs to a pilot."));
    if (action.startDate.isValid() && action.endDate.isValid() && action.endDate < action.startDate)
        return Status::failure(Text::tr("The plan action “%1” ends before it starts.").arg(title));
    if (action.costAmount && (!std::isfinite(*action.costAmount) || *action.costAmount < 0))
        return Status::failure(Text::tr("A cost is a positive amount, or left empty."));
    static const QRegularExpression currency(QStringLiteral("^[A-Z]{3}$"));
    if (!action.costCurrency.isEmpty() && !currency.match(action.costCurrency).hasMatch())
        return Status::failure(Text::tr("A currency is a three-letter code such as EUR or USD, not “%1”.")
                                   .arg(action.costCurrency));
    if (action.costAmount && action.costCurrency.isEmpty())
        return Status::failure(Text::tr("Give the currency of the cost (EUR, USD, ...)."));
    return {};
}

Status assessment(const AssessmentRecord &assessment, const Rubric &rubric, const QList<DimensionLevel> &kept)
{
    if (assessment.pilotId <= 0)
        return Status::failure(Text::tr("An assessment belongs to a pilot."));
    if (!assessment.assessedOn.isValid() && !assessment.sessionId)
        return Status::failure(Text::tr("An assessment is made at a session or on a date."));
    if (assessment.levels.isEmpty())
        return Status::failure(Text::tr("An assessment gives a level to at least one dimension."));
    QSet<QString> seen;
    for (const DimensionLevel &l : assessment.levels) {
        if (kept.contains(l)) {
            if (l.level < 1 || l.level > 9) // the schema's own range
                return Status::failure(Text::tr("A level must be from 1 to 9."));
        } else if (Status s = rubric.check(l.dimension, l.level); !s) {
            return s;
        }
        if (seen.contains(l.dimension))
            return Status::failure(Text::tr("The dimension “%1” is assessed twice.").arg(l.dimension));
        seen.insert(l.dimension);
    }
    return {};
}

} // namespace PilotValidation
