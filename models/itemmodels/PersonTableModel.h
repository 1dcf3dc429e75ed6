#pragma once

#include "PagedTableModel.h"

// Everyone the programme works with: city representatives, experts, facilitators, observers.
class PersonTableModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Role, Organisation, City, Email, ColumnCount };
    Q_ENUM(Column)

    PersonTableModel(QSqlDatabase db, ChangeNotifier *notifier, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString selectList() const override;
    QString fromClause() const override;
    QString idExpression() const override;
    QString searchKeyExpression() const override;
    QString sortExpression(int column) const override;
    bool dependsOn(ChangeNotifier::Entity entity) const override;
};
