#pragma once

#include "store/SearchQueries.h"

#include <QAbstractListModel>

// The hits of one search, best first: a short list (the query's limit), held in memory.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { HtmlRole = Qt::UserRole + 1, SessionIdRole, SourceRole, IdRole };

    explicit SearchResultsModel(QObject *parent = nullptr);

    void setHits(const QList<SearchHit> &hits);
    SearchHit hitAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<SearchHit> m_hits;
};
