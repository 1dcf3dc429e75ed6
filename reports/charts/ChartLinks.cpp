#include "ChartLinks.h"

#include <QChart>
#include <QSet>

ChartLinks *ChartLinks::of(const QChart *chart)
{
    return chart ? chart->findChild<ChartLinks *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

ChartLinks *ChartLinks::attach(QChart *chart)
{
    if (ChartLinks *links = of(chart))
        return links;
    return new ChartLinks(chart);
}

void ChartLinks::add(const QObject *part, int index, const ChartTarget &target)
{
    m_targets[{part, index}].append(target);
}

QList<ChartTarget> ChartLinks::at(const QObject *part, int index) const
{
    return m_targets.value({part, index});
}

QList<const QObject *> ChartLinks::parts() const
{
    QSet<const QObject *> seen;
    QList<const QObject *> parts;
    for (auto it = m_targets.cbegin(); it != m_targets.cend(); ++it) {
        if (!seen.contains(it.key().first)) {
            seen.insert(it.key().first);
            parts << it.key().first;
        }
    }
    return parts;
}
