#include "PairingMembersModel.h"

#include "domain/TimeZones.h"

#include <QLocale>

PairingMembersModel::PairingMembersModel(QSqlDatabase db, ChangeNotifier *notifier,
                                         const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db)), m_clock(clock)
{
    if (notifier) {
        connect(notifier, &ChangeNotifier::changed, this,
                [this](ChangeNotifier::Entity entity, qint64 id, ChangeNotifier::Change) {
                    if (entity == ChangeNotifier::Entity::City
                        || (entity == ChangeNotifier::Entity::Pairing && id == m_pairingId))
                        reload();
                });
    }
}

void PairingMembersModel::setPairing(qint64 pairingId)
{
    m_pairingId = pairingId;
    reload();
}

void PairingMembersModel::reload()
{
    beginResetModel();
    m_members.clear();
    if (m_pairingId > 0) {
        if (auto members = ProgrammeQueries(m_db).membersOf(m_pairingId))
            m_members = members.value();
    }
    endResetModel();
}

void PairingMembersModel::refreshTimes()
{
    if (!m_members.isEmpty())
        emit dataChanged(index(0, LocalTime), index(rowCount() - 1, Offset), {Qt::DisplayRole});
}

int PairingMembersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int PairingMembersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PairingMembersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &city = m_members.at(index.row());
    if (role == IdRole)
        return city.id;
    if (role == Qt::ToolTipRole)
        return city.timeZone;
    if (role != Qt::DisplayRole)
        return {};
    const QDateTime now = m_clock.nowUtc();
    switch (index.column()) {
    case City: return city.name;
    case Country: return QStringLiteral("%1 (%2)").arg(city.countryName, city.countryCode);
    case LocalTime: {
        const QDateTime local = TimeZones::toLocal(now, city.timeZone);
        return QLocale().toString(local, QStringLiteral("ddd HH:mm"));
    }
    case Offset: return TimeZones::offsetLabel(now, city.timeZone);
    case TimeZone: return city.timeZone;
    }
    return {};
}

QVariant PairingMembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case City: return tr("City");
    case Country: return tr("Country");
    case LocalTime: return tr("Local time");
    case Offset: return tr("Offset");
    case TimeZone: return tr("Time zone");
    default: return {};
    }
}
