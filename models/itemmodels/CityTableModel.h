#pragma once

#include "PagedTableModel.h"
#include "domain/Records.h"

// All cities of the programme with their cohort eligibility, fetched lazily.
class CityTableModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Country, Population, Gcom, Plan, TimeZone, Eligible, ColumnCount };
    Q_ENUM(Column)

    CityTableModel(QSqlDatabase db, ChangeNotifier *notifier, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The row's values as a record (without timestamps), e.g. for its eligibility.
    CityRecord cityAt(int row) const;

protected:
    QString selectList() const override;
    QString fromClause() const override;
    QString idExpression() const override;
    QString searchKeyExpression() const override;
    QString sortExpression(int column) const override;
};
