#include "PersonTableModel.h"

#include "domain/Vocabulary.h"

namespace {
enum Value { VId, VName, VRole, VOrganisation, VCity, VEmail };
}

PersonTableModel::PersonTableModel(QSqlDatabase db, ChangeNotifier *notifier, QObject *parent)
    : PagedTableModel(std::move(db), notifier, ChangeNotifier::Entity::Person, parent)
{
}

QString PersonTableModel::selectList() const
{
    return QStringLiteral("p.id, p.name, p.role, p.organisation, c.name, p.email");
}

QString PersonTableModel::fromClause() const
{
    return QStringLiteral("person p LEFT JOIN city c ON c.id = p.city_id");
}

QString PersonTableModel::idExpression() const
{
    return QStringLiteral("p.id");
}

QString PersonTableModel::searchKeyExpression() const
{
    return QStringLiteral("p.search_key");
}

QString PersonTableModel::sortExpression(int column) const
{
    switch (column) {
    case Role: return QStringLiteral("p.role");
    case Organisation: return QStringLiteral("COALESCE(p.organisation, '')");
    case City: return QStringLiteral("COALESCE(c.name, '')");
    case Email: return QStringLiteral("COALESCE(p.email, '')");
    default: return QStringLiteral("p.search_key");
    }
}

bool PersonTableModel::dependsOn(ChangeNotifier::Entity entity) const
{
    return entity == ChangeNotifier::Entity::City; // shows city names
}

int PersonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList &v = values(index.row());
    if (role == IdRole)
        return v.at(VId);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name: return v.at(VName);
    case Role: return Vocabulary::personRoleLabel(v.at(VRole).toString());
    case Organisation: return v.at(VOrganisation).toString();
    case City: return v.at(VCity).toString();
    case Email: return v.at(VEmail).toString();
    default: return {};
    }
}

QVariant PersonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Role: return tr("Role");
    case Organisation: return tr("Organisation");
    case City: return tr("City");
    case Email: return tr("E-mail");
    default: return {};
    }
}
