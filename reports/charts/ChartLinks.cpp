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

void ChartLinks::addFinder(const QObject *part, Finder finder)
{
    m_finders.insert(part, std::move(finder));
}

QList<ChartTarget> ChartLinks::at(const QObject *part, int index) const
{
    QList<ChartTarget> targets = m_targets.value({part, index});
    if (const auto finder = m_finders.constFind(part); finder != m_finders.cend())
        targets += (*finder)(index);
    return targets;
}

QList<const QObject *> ChartLinks::parts() const
{
    QSet<const QObject *> seen;
    QList<const QObject *> parts;
    const auto note = [&](const QObject *part) {
        if (!seen.contains(part)) {
            seen.insert(part);
            parts << part;
        }
    };
    for (auto it = m_targets.cbegin(); it != m_targets.cend(); ++it)
        note(it.key().first);
    for (auto it = m_finders.cbegin(); it != m_finders.cend(); ++it)
        note(it.key());
    return parts;
}
