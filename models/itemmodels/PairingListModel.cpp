#include "PairingListModel.h"

#include "core/TextKey.h"
#include "domain/Vocabulary.h"

PairingListModel::PairingListModel(QSqlDatabase db, ChangeNotifier *notifier, QObject *parent, Load load)
    : QAbstractTableModel(parent), m_db(std::move(db)), m_load(load)
{
    if (notifier)
        connect(notifier, &ChangeNotifier::changed, this, &PairingListModel::onChanged);
    if (load == Load::Now)
        reload();
}

PairingListModel::Row PairingListModel::makeRow(const ProgrammeQueries::PairingListing &listing)
{
    Row row{listing, {}, {}};
    QStringList names;
    QStringList searchable{listing.code, listing.theme, listing.challenge};
    for (const auto &city : listing.cities) {
        names << QStringLiteral("%1 (%2)").arg(city.name, city.countryCode);
        searchable << city.name << city.countryName;
    }
    row.citiesLabel = names.join(QStringLiteral(" · "));
    row.searchKey = TextKey::fold(searchable.join(u' '));
    return row;
}

Result<QList<PairingListModel::Row>> PairingListModel::readRows(QSqlDatabase db)
{
    const auto listings = ProgrammeQueries(std::move(db)).pairings();
    if (!listings)
        return listings.status();
    QList<Row> rows;
    rows.reserve(listings->size());
    for (const auto &listing : listings.value())
        rows << makeRow(listing);
    return rows;
}

void PairingListModel::reload()
{
    if (m_load == Load::OnRequest) {
        m_reading = true;
        emit readRequested();
        return;
    }
    setRows(readRows(m_db));
}

void PairingListModel::setRows(const Result<QList<Row>> &rows)
{
    m_reading = false;
    beginResetModel();
    if (rows) {
        m_lastError.clear();
        m_rows = rows.value();
    } else {
        m_rows.clear();
        m_lastError = rows.error();
    }
    m_loaded = true;
    endResetModel();
    emit loaded();
}

int PairingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PairingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 PairingListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).listing.id : 0;
}

int PairingListModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).listing.id == id)
            return row;
    }
    return -1;
}

QVariant PairingListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case IdRole: return row.listing.id;
    case ThemeRole: return row.listing.theme;
    case SearchKeyRole: return row.searchKey;
    case ChallengeRole: return row.listing.challenge;
    case Qt::ToolTipRole: return row.listing.challenge;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Code: return row.listing.code;
        case Cities: return row.citiesLabel;
        case Theme: return row.listing.theme;
        case Status: return Vocabulary::pairingStatusLabel(row.listing.status);
        }
    }
    return {};
}

QVariant PairingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code: return tr("Code");
    case Cities: return tr("Cities");
    case Theme: return tr("Theme");
    case Status: return tr("Status");
    default: return {};
    }
}

void PairingListModel::onChanged(ChangeNotifier::Entity entity, qint64 id, ChangeNotifier::Change change)
{
    if (entity == ChangeNotifier::Entity::City) {
        reload(); // a renamed city shows in every pairing it belongs to
        return;
    }
    if (entity != ChangeNotifier::Entity::Pairing)
        return;
    if (m_reading) { // the rows on their way may or may not have it: read them again
        reload();
        return;
    }
    if (!m_loaded)
        return; // the first read will have it
    const int existing = rowOfId(id);
    if (change == ChangeNotifier::Change::Removed) {
        if (existing >= 0) {
            beginRemoveRows(QModelIndex(), existing, existing);
            m_rows.removeAt(existing);
            endRemoveRows();
        }
        return;
    }
    const auto listing = ProgrammeQueries(m_db).pairing(id);
    if (!listing) {
        m_lastError = listing.error();
        return;
    }
    if (existing >= 0) {
        m_rows[existing] = makeRow(listing.value());
        emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
    } else {
        const int row = int(m_rows.size());
        beginInsertRows(QModelIndex(), row, row);
        m_rows << makeRow(listing.value());
        endInsertRows();
    }
}
