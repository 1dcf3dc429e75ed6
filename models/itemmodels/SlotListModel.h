#pragma once

#include "planning/SlotFinder.h"

#include <QAbstractTableModel>

// The slot finder's answer as a table: one row per proposed start, its time in UTC and then
// in each member city, with who would be outside their working hours and by how much.
class SlotListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { StartUtcRole = Qt::UserRole + 1, FitsRole };

    explicit SlotListModel(QObject *parent = nullptr);

    void setSearch(const SlotSearch &search, const QStringList &cityNames);
    const SlotSearch &search() const { return m_search; }
    QDateTime startAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    SlotSearch m_search;
    QStringList m_cityNames;
};
