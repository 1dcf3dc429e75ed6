#include "SlotListModel.h"

#include "domain/TimeZones.h"

#include <QFont>
#include <QLocale>

SlotListModel::SlotListModel(QObject *parent) : QAbstractTableModel(parent) {}

void SlotListModel::setSearch(const SlotSearch &search, const QStringList &cityNames)
{
    beginResetModel();
    m_search = search;
    m_cityNames = cityNames;
    endResetModel();
}

QDateTime SlotListModel::startAt(int row) const
{
    return row >= 0 && row < m_search.found.size() ? m_search.found.at(row).startUtc : QDateTime();
}

int SlotListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_search.found.size());
}

int SlotListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_cityNames.size());
}

QVariant SlotListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Slot &slot = m_search.found.at(index.row());
    if (role == StartUtcRole)
        return slot.startUtc;
    if (role == FitsRole)
        return slot.fitsEveryone();
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return QStringLiteral("%1 %2 UTC").arg(QLocale().toString(slot.startUtc.date(), QStringLiteral("ddd d MMM yyyy")),
                                                   slot.startUtc.time().toString(QStringLiteral("HH:mm")));
        return {};
    }
    const int city = index.column() - 1;
    if (city >= slot.cities.size())
        return {};
    const CityFit &fit = slot.cities.at(city);
    switch (role) {
    case Qt::DisplayRole: {
        QString text = QStringLiteral("%1–%2").arg(fit.localStart.time().toString(QStringLiteral("HH:mm")),
                                                  fit.localEnd.time().toString(QStringLiteral("HH:mm")));
        if (fit.localStart.date() != slot.startUtc.date())
            text += QStringLiteral(" (%1)").arg(QLocale().toString(fit.localStart.date(), QStringLiteral("ddd")));
        if (!fit.fits())
            text += QStringLiteral(" — ") + fit.problem;
        return text;
    }
    case Qt::ToolTipRole:
        return QStringLiteral("%1 (%2, %3)").arg(fit.city, fit.timeZone,
                                                 TimeZones::offsetLabel(slot.startUtc, fit.timeZone));
    case Qt::FontRole:
        if (!fit.fits()) { // outside the city's hours: bold, whatever the theme's colours
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    return {};
}

QVariant SlotListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Start (UTC)");
    return m_cityNames.value(section - 1);
}
