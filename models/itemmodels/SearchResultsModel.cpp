#include "SearchResultsModel.h"

#include "domain/Vocabulary.h"

SearchResultsModel::SearchResultsModel(QObject *parent) : QAbstractListModel(parent) {}

void SearchResultsModel::setHits(const QList<SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

SearchHit SearchResultsModel::hitAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? m_hits.at(row) : SearchHit();
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    const QString kind = hit.source == QLatin1String("action") ? tr("Action item") : Vocabulary::noteKindLabel(hit.kind);
    QString where = tr("%1 · Session %2").arg(hit.pairingCode).arg(hit.sessionSequence);
    if (!hit.cityName.isEmpty())
        where += QStringLiteral(" · ") + hit.cityName;
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 — %2: %3").arg(where, kind,
                                                 SearchQueries::markedSnippet(hit.snippet, QString(), QString()));
    case HtmlRole:
        return QStringLiteral("<b>%1</b> — %2 <span>(%3)</span><br>%4")
            .arg(where.toHtmlEscaped(), kind.toHtmlEscaped(), hit.theme.toHtmlEscaped(),
                 SearchQueries::htmlSnippet(hit.snippet));
    case Qt::ToolTipRole: return hit.sessionTitle;
    case SessionIdRole: return hit.sessionId;
    case SourceRole: return hit.source;
    case IdRole: return hit.id;
    }
    return {};
}
