#include "ActionTableModel.h"

#include "domain/Vocabulary.h"

#include <QFont>
#include <QLocale>

namespace {
enum Value { VId, VDescription, VOwner, VCity, VDue, VStatus, VCode, VSequence, VSessionId };
} // namespace

bool ActionTableModel::Filter::operator==(const Filter &o) const
{
    return sessionId == o.sessionId && pairingId == o.pairingId && cityId == o.cityId
           && ownerPersonId == o.ownerPersonId && status == o.status && overdueOnly == o.overdueOnly;
}

ActionTableModel::ActionTableModel(QSqlDatabase db, ChangeNotifier *notifier, QDate today, QObject *parent)
    : PagedTableModel(std::move(db), notifier, ChangeNotifier::Entity::ActionItem, parent), m_today(today)
{
    sort(Due, Qt::AscendingOrder);
}

void ActionTableModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    applyFilter();
}

void ActionTableModel::setToday(QDate today)
{
    if (today == m_today)
        return;
    m_today = today;
    applyFilter();
}

// Every value is bound; only these constant fragments make up the SQL.
void ActionTableModel::applyFilter()
{
    QStringList conditions;
    QVariantMap values;
    if (m_filter.sessionId) {
        conditions << QStringLiteral("a.session_id = :session_id");
        values.insert(QStringLiteral(":session_id"), m_filter.sessionId);
    }
    if (m_filter.pairingId) {
        conditions << QStringLiteral("s.pairing_id = :pairing_id");
        values.insert(QStringLiteral(":pairing_id"), m_filter.pairingId);
    }
    if (m_filter.cityId) {
        conditions << QStringLiteral("a.city_id = :city_id");
        values.insert(QStringLiteral(":city_id"), m_filter.cityId);
    }
    if (m_filter.ownerPersonId) {
        conditions << QStringLiteral("a.owner_person_id = :owner_id");
        values.insert(QStringLiteral(":owner_id"), m_filter.ownerPersonId);
    }
    if (!m_filter.status.isEmpty()) {
        conditions << QStringLiteral("a.status = :status");
        values.insert(QStringLiteral(":status"), m_filter.status);
    }
    if (m_filter.overdueOnly) {
        conditions << QStringLiteral("a.status IN ('open', 'in_progress') AND a.due_date < :today");
        values.insert(QStringLiteral(":today"), m_today.toString(Qt::ISODate));
    }
    setConditions(conditions, values);
}

QString ActionTableModel::selectList() const
{
    return QStringLiteral("a.id, a.description, o.name, c.name, a.due_date, a.status, p.code, s.sequence, s.id");
}

QString ActionTableModel::fromClause() const
{
    return QStringLiteral("action_item a JOIN session s ON s.id = a.session_id JOIN pairing p ON p.id = s.pairing_id"
                          " LEFT JOIN person o ON o.id = a.owner_person_id LEFT JOIN city c ON c.id = a.city_id");
}

QString ActionTableModel::idExpression() const
{
    return QStringLiteral("a.id");
}

QString ActionTableModel::searchKeyExpression() const
{
    return QStringLiteral("lower(a.description || ' ' || coalesce(o.name, '') || ' ' || coalesce(c.name, '') || ' ' || p.code)");
}

QString ActionTableModel::sortExpression(int column) const
{
    switch (column) {
    case Owner: return QStringLiteral("coalesce(o.name, '')");
    case City: return QStringLiteral("coalesce(c.name, '')");
    case Due: return QStringLiteral("coalesce(a.due_date, '9999-12-31')"); // no due date last
    case Status:
        return QStringLiteral("CASE a.status WHEN 'open' THEN 0 WHEN 'in_progress' THEN 1 WHEN 'done' THEN 2 ELSE 3 END");
    case Pairing: return QStringLiteral("p.code");
    case Session: return QStringLiteral("s.sequence");
    default: return QStringLiteral("a.description");
    }
}

bool ActionTableModel::dependsOn(ChangeNotifier::Entity entity) const
{
    return entity == ChangeNotifier::Entity::Person || entity == ChangeNotifier::Entity::City
           || entity == ChangeNotifier::Entity::Pairing || entity == ChangeNotifier::Entity::Session;
}

int ActionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ActionTableModel::isOverdue(int row) const
{
    const QVariantList &v = values(row);
    const QString status = v.at(VStatus).toString();
    const QDate due = QDate::fromString(v.at(VDue).toString(), Qt::ISODate);
    return (status == QLatin1String("open") || status == QLatin1String("in_progress")) && due.isValid()
           && due < m_today;
}

QVariant ActionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList &v = values(index.row());
    switch (role) {
    case IdRole: return v.at(VId);
    case StatusKeyRole: return v.at(VStatus);
    case OverdueRole: return isOverdue(index.row());
    case SessionIdRole: return v.at(VSessionId);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Description: return v.at(VDescription);
        case Owner: return v.at(VOwner).isNull() ? tr("No owner") : v.at(VOwner);
        case City: return v.at(VCity);
        case Due: {
            const QDate due = QDate::fromString(v.at(VDue).toString(), Qt::ISODate);
            if (!due.isValid())
                return tr("No due date");
            const QString text = QLocale().toString(due, QLocale::ShortFormat);
            return isOverdue(index.row()) ? tr("%1 — overdue").arg(text) : text;
        }
        case Status: return Vocabulary::actionStatusLabel(v.at(VStatus).toString());
        case Pairing: return v.at(VCode);
        case Session: return tr("Session %1").arg(v.at(VSequence).toInt());
        }
        break;
    case Qt::FontRole:
        if ((index.column() == Due && isOverdue(index.row())) || (index.column() == Owner && v.at(VOwner).isNull())) {
            QFont font;
            font.setBold(isOverdue(index.row()) && index.column() == Due);
            font.setItalic(index.column() == Owner);
            return font;
        }
        break;
    }
    return {};
}

QVariant ActionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Description: return tr("Action");
    case Owner: return tr("Owner");
    case City: return tr("City");
    case Due: return tr("Due");
    case Status: return tr("Status");
    case Pairing: return tr("Pairing");
    case Session: return tr("Session");
    }
    return {};
}
