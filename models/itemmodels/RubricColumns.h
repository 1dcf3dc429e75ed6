#pragma once

#include "readiness/Rubric.h"

// Where a table of pilots or assessments puts the rubric: one column per dimension from a first
// column on, in the rubric's order, then the overall level and "ready".
class RubricColumns
{
public:
    RubricColumns(const Rubric &rubric, int firstDimension) : m_rubric(rubric), m_first(firstDimension) {}

    // -1 when the rubric has no such dimension.
    int dimensionColumn(const QString &dimension) const
    {
        const auto &dimensions = m_rubric.dimensions();
        for (int i = 0; i < dimensions.size(); ++i) {
            if (dimensions.at(i).id == dimension)
                return m_first + i;
        }
        return -1;
    }
    // Empty outside the dimension columns.
    QString dimensionAt(int column) const
    {
        const int i = column - m_first;
        return i >= 0 && i < m_rubric.dimensions().size() ? m_rubric.dimensions().at(i).id : QString();
    }
    int overallColumn() const { return m_first + int(m_rubric.dimensions().size()); }
    int readyColumn() const { return overallColumn() + 1; }

private:
    const Rubric &m_rubric;
    int m_first;
};
