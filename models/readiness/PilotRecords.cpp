#include "PilotRecords.h"

#include <tuple>

bool PilotRecord::operator==(const PilotRecord &o) const
{
    return std::tie(id, pairingId, cityId, title, description, inspiredByCityId, inspiredByPractice,
                    academicPartners, privatePartners, otherPartners, expectedStart)
           == std::tie(o.id, o.pairingId, o.cityId, o.title, o.description, o.inspiredByCityId,
                       o.inspiredByPractice, o.academicPartners, o.privatePartners, o.otherPartners,
                       o.expectedStart);
}

bool PlanActionRecord::operator==(const PlanActionRecord &o) const
{
    return std::tie(id, pilotId, position, title, startDate, endDate, responsible, costAmount,
                    costCurrency, fundingSource, indicator, risk)
           == std::tie(o.id, o.pilotId, o.position, o.title, o.startDate, o.endDate, o.responsible,
                       o.costAmount, o.costCurrency, o.fundingSource, o.indicator, o.risk);
}

bool DimensionLevel::operator==(const DimensionLevel &o) const
{
    return std::tie(dimension, level, evidence) == std::tie(o.dimension, o.level, o.evidence);
}

std::optional<int> AssessmentRecord::levelOf(const QString &dimension) const
{
    for (const DimensionLevel &l : levels) {
        if (l.dimension == dimension)
            return l.level;
    }
    return std::nullopt;
}

QMap<QString, int> AssessmentRecord::levelMap() const
{
    QMap<QString, int> map;
    for (const DimensionLevel &l : levels)
        map.insert(l.dimension, l.level);
    return map;
}

bool AssessmentRecord::operator==(const AssessmentRecord &o) const
{
    return std::tie(id, pilotId, sessionId, assessedOn, summary, levels)
           == std::tie(o.id, o.pilotId, o.sessionId, o.assessedOn, o.summary, o.levels);
}
