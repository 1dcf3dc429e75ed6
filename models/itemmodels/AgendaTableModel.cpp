#include "AgendaTableModel.h"

#include "domain/Validation.h"
#include "planning/SessionSchedule.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace {
const QString RowsMimeType = QStringLiteral("application/x-city2city-agenda-rows");
} // namespace

AgendaTableModel::AgendaTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void AgendaTableModel::setAgenda(const QList<AgendaItemRecord> &agenda)
{
    beginResetModel();
    m_items = agenda;
    endResetModel();
    emit agendaChanged();
}

void AgendaTableModel::setSessionStart(const QDateTime &startUtc)
{
    if (startUtc == m_startUtc)
        return;
    m_startUtc = startUtc;
    timesChangedFrom(0);
}

void AgendaTableModel::setCities(const QList<ProgrammeQueries::MemberCity> &cities)
{
    m_cities = cities;
    timesChangedFrom(0);
}

int AgendaTableModel::totalMinutes() const
{
    int total = 0;
    for (const AgendaItemRecord &item : m_items)
        total += item.durationMinutes;
    return total;
}

QDateTime AgendaTableModel::startOf(int row) const
{
    if (!m_startUtc.isValid())
        return {};
    qint64 minutes = 0;
    for (int i = 0; i < row; ++i)
        minutes += m_items.at(i).durationMinutes;
    return m_startUtc.toUTC().addSecs(minutes * 60);
}

void AgendaTableModel::timesChangedFrom(int row)
{
    if (row < m_items.size())
        emit dataChanged(index(row, Start), index(int(m_items.size()) - 1, LocalStart));
}

int AgendaTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AgendaTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgendaTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgendaItemRecord &item = m_items.at(index.row());
    if (role == IdRole)
        return item.id;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Start: {
            const QDateTime start = startOf(index.row());
            return start.isValid() ? start.time().toString(QStringLiteral("HH:mm")) : QString();
        }
        case LocalStart: {
            QStringList parts;
            for (const auto &t : SessionSchedule::localTimes(startOf(index.row()), m_cities))
                parts << QStringLiteral("%1 %2").arg(t.local.time().toString(QStringLiteral("HH:mm")), t.city);
            return parts.join(QStringLiteral(" · "));
        }
        case Title: return item.title;
        case Method:
            if (role == Qt::EditRole)
                return item.methodId.value_or(0);
            return item.methodId ? m_methodNames.value(*item.methodId, item.methodName) : QString();
        case Minutes: return role == Qt::EditRole ? QVariant(item.durationMinutes)
                                                  : QVariant(tr("%1 min").arg(item.durationMinutes));
        case Owner:
            if (role == Qt::EditRole)
                return item.ownerPersonId.value_or(0);
            return item.ownerPersonId ? m_ownerNames.value(*item.ownerPersonId) : QString();
        case Objectives: return item.objectives;
        case Notes: return item.notes;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == LocalStart) {
        QStringList lines;
        for (const auto &t : SessionSchedule::localTimes(startOf(index.row()), m_cities))
            lines << QStringLiteral("%1: %2 (%3)").arg(t.city, QLocale().toString(t.local, QLocale::ShortFormat),
                                                       t.offsetLabel);
        return lines.join(u'\n');
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Minutes || index.column() == Start))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

bool AgendaTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    AgendaItemRecord &item = m_items[index.row()];
    switch (index.column()) {
    case Title: {
        const QString title = value.toString().trimmed();
        if (title.isEmpty())
            return false; // a block keeps a title
        item.title = title;
        break;
    }
    case Method: {
        const qint64 id = value.toLongLong();
        item.methodId = id > 0 ? std::optional<qint64>(id) : std::nullopt;
        item.methodName = id > 0 ? m_methodNames.value(id) : QString();
        break;
    }
    case Minutes: {
        bool ok = false;
        const int minutes = value.toInt(&ok);
        if (!ok || minutes < 0 || minutes > Validation::MaxSessionMinutes)
            return false;
        item.durationMinutes = minutes;
        emit dataChanged(index, index);
        timesChangedFrom(index.row() + 1);
        emit agendaChanged();
        return true;
    }
    case Owner: {
        const qint64 id = value.toLongLong();
        item.ownerPersonId = id > 0 ? std::optional<qint64>(id) : std::nullopt;
        break;
    }
    case Objectives: item.objectives = value.toString(); break;
    case Notes: item.notes = value.toString(); break;
    default: return false;
    }
    emit dataChanged(index, index);
    emit agendaChanged();
    return true;
}

QVariant AgendaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Start: return tr("UTC");
    case LocalStart: return tr("Local start");
    case Title: return tr("Block");
    case Method: return tr("Method");
    case Minutes: return tr("Duration");
    case Owner: return tr("Owner");
    case Objectives: return tr("Objectives");
    case Notes: return tr("Notes");
    }
    return {};
}

Qt::ItemFlags AgendaTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (index.column() != Start && index.column() != LocalStart)
        f |= Qt::ItemIsEditable;
    return f;
}

void AgendaTableModel::insertItem(int row, const AgendaItemRecord &item)
{
    row = qBound(0, row, int(m_items.size()));
    beginInsertRows(QModelIndex(), row, row);
    m_items.insert(row, item);
    endInsertRows();
    timesChangedFrom(row + 1);
    emit agendaChanged();
}

bool AgendaTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_items.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_items.remove(row, count);
    endRemoveRows();
    timesChangedFrom(row);
    emit agendaChanged();
    return true;
}

bool AgendaTableModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceRow < 0
        || sourceRow + count > m_items.size() || destinationChild < 0 || destinationChild > m_items.size()
        || (destinationChild >= sourceRow && destinationChild <= sourceRow + count))
        return false;
    if (!beginMoveRows(sourceParent, sourceRow, sourceRow + count - 1, destinationParent, destinationChild))
        return false;
    const QList<AgendaItemRecord> moving = m_items.mid(sourceRow, count);
    m_items.remove(sourceRow, count);
    const int insertAt = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_items.insert(insertAt + i, moving.at(i));
    endMoveRows();
    timesChangedFrom(qMin(sourceRow, insertAt));
    emit agendaChanged();
    return true;
}

Qt::DropActions AgendaTableModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList AgendaTableModel::mimeTypes() const
{
    return {RowsMimeType};
}

QMimeData *AgendaTableModel::mimeData(const QModelIndexList &indexes) const
{
    int first = -1;
    for (const QModelIndex &index : indexes)
        first = first < 0 ? index.row() : qMin(first, index.row());
    if (first < 0)
        return nullptr;
    QByteArray bytes;
    QDataStream(&bytes, QIODevice::WriteOnly) << first;
    auto *mime = new QMimeData;
    mime->setData(RowsMimeType, bytes);
    return mime;
}

// Moves the dragged block itself and answers false, so that a table view (which, unlike a
// list view, would then delete the dragged rows) leaves the moved block alone.
bool AgendaTableModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                    const QModelIndex &parent)
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(RowsMimeType))
        return false;
    int source = -1;
    QDataStream(data->data(RowsMimeType)) >> source;
    int destination = row;
    if (destination < 0) // dropped on a block: take its place
        destination = parent.isValid() ? parent.row() + (source < parent.row() ? 1 : 0) : int(m_items.size());
    if (destination == source || destination == source + 1)
        return false;
    moveRows(QModelIndex(), source, 1, QModelIndex(), destination);
    return false;
}
