#include "ImportPreviewModel.h"

#include <QFont>

ImportPreviewModel::ImportPreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportPreviewModel::setPreview(ImportPreview preview)
{
    beginResetModel();
    m_preview = std::move(preview);
    collectRows();
    endResetModel();
}

void ImportPreviewModel::setProblemsOnly(bool problemsOnly)
{
    if (problemsOnly == m_problemsOnly)
        return;
    beginResetModel();
    m_problemsOnly = problemsOnly;
    endResetModel();
}

void ImportPreviewModel::collectRows()
{
    m_badRows.clear();
    for (int row = 0; row < m_preview.rowCount(); ++row) {
        if (m_preview.isBad(row))
            m_badRows << row;
    }
}

int ImportPreviewModel::previewRow(int row) const
{
    if (!m_problemsOnly)
        return row;
    return row >= 0 && row < m_badRows.size() ? m_badRows.at(row) : -1;
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_problemsOnly ? int(m_badRows.size()) : m_preview.rowCount();
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstFileColumn + int(m_preview.headers().size());
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = previewRow(index.row());
    const bool bad = m_preview.isBad(row);
    if (role == ProblemRole)
        return bad;
    if (index.column() == Line) {
        if (role == Qt::DisplayRole)
            return m_preview.lineOf(row);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (index.column() == Verdict) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            if (!bad)
                return tr("OK");
            QStringList reasons;
            for (const ImportProblem &problem : m_preview.problemsOf(row))
                reasons << (problem.column.isEmpty() ? problem.reason
                                                     : QStringLiteral("%1: %2").arg(problem.column, problem.reason));
            return reasons.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral("; "));
        }
        if (role == Qt::FontRole && bad) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_preview.fieldText(row, index.column() - FirstFileColumn);
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Line: return tr("Line");
    case Verdict: return tr("Verdict");
    default: return m_preview.headers().value(section - FirstFileColumn);
    }
}
