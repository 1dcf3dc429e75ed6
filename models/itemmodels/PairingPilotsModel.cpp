#include "PairingPilotsModel.h"

#include "readiness/ReadinessText.h"

#include <QFont>

using Entity = ChangeNotifier::Entity;

PairingPilotsModel::PairingPilotsModel(QSqlDatabase db, ChangeNotifier *notifier,
                                       const Rubric &rubric, QObject *parent)
    : KeyedRowsModel(parent), m_db(std::move(db)), m_rubric(rubric)
{
    if (!notifier)
        return;
    // A pairing has a handful of cities: reading them again costs two small queries, and only
    // for changes to what the rows show.
    connect(notifier, &ChangeNotifier::changed, this, [this](Entity entity, qint64 id) {
        if (m_pairingId <= 0)
            return;
        if (entity == Entity::Pilot || entity == Entity::Assessment || entity == Entity::City ||
            (entity == Entity::Pairing && id == m_pairingId)) {
            if (auto fresh = read())
                syncRows(fresh.value());
        }
    });
}

void PairingPilotsModel::setPairing(qint64 pairingId)
{
    m_pairingId = pairingId;
    resetRows(read().value_or({}));
}

Result<QList<CityPilot>> PairingPilotsModel::read() const
{
    QList<CityPilot> rows;
    if (m_pairingId <= 0)
        return rows;
    const auto members = ProgrammeQueries(m_db).membersOf(m_pairingId);
    if (!members)
        return members.status();
    const auto standings =
        ReadinessQueries(m_db, m_rubric).standings(PilotFilter{m_pairingId, 0, 0});
    if (!standings)
        return standings.status();
    for (const ProgrammeQueries::MemberCity &city : members.value()) {
        CityPilot row{city, std::nullopt};
        for (const PilotStanding &s : standings.value()) {
            if (s.cityId == city.id)
                row.pilot = s;
        }
        rows << row;
    }
    return rows;
}

bool PairingPilotsModel::sameRow(const CityPilot &a, const CityPilot &b) const
{
    if (a.city.name != b.city.name || a.city.countryCode != b.city.countryCode ||
        bool(a.pilot) != bool(b.pilot))
        return false;
    return !a.pilot || (a.pilot->pilotId == b.pilot->pilotId && a.pilot->title == b.pilot->title &&
                        a.pilot->latest == b.pilot->latest);
}

int PairingPilotsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PairingPilotsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CityPilot &row = rows().at(index.row());
    const std::optional<PilotStanding> &p = row.pilot;
    switch (role) {
    case CityIdRole: return row.city.id;
    case PilotIdRole: return p ? p->pilotId : qint64(0);
    case Qt::DisplayRole:
        switch (index.column()) {
        case City: return QStringLiteral("%1 (%2)").arg(row.city.name, row.city.countryCode);
        case Pilot: return p ? p->title : tr("No pilot yet");
        case Overall: return !p ? QString() : ReadinessText::overall(m_rubric, p->readiness);
        case Ready:
            if (!p || !p->latest)
                return QString();
            return p->readiness.ready ? tr("✔ Ready") : tr("Not ready");
        }
        return {};
    case Qt::ToolTipRole:
        if (p && (index.column() == Overall || index.column() == Ready))
            return p->latest ? ReadinessText::verdict(m_rubric, ReadinessText::levelsOf(*p->latest))
                             : ReadinessText::verdict(m_rubric, {});
        return {};
    case Qt::FontRole:
        if ((index.column() == Pilot && !p) ||
            (index.column() == Ready && p && p->readiness.ready)) {
            QFont font;
            font.setItalic(!p);
            font.setBold(p && p->readiness.ready);
            return font;
        }
        return {};
    default: return {};
    }
}

QVariant PairingPilotsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case City: return tr("City");
    case Pilot: return tr("Pilot");
    case Overall: return tr("Readiness");
    case Ready: return tr("Ready");
    }
    return {};
}
