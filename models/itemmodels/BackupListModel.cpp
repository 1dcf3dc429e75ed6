#include "BackupListModel.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

BackupListModel::BackupListModel(QObject *parent) : QAbstractTableModel(parent) {}

void BackupListModel::load(const QString &databasePath)
{
    beginResetModel();
    m_entries = Backups(databasePath).list();
    endResetModel();
}

BackupEntry BackupListModel::backupAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row) : BackupEntry();
}

int BackupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int BackupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BackupEntry &entry = m_entries.at(index.row());
    if (role == Qt::ToolTipRole)
        return QDir::toNativeSeparators(entry.path);
    if (role == Qt::TextAlignmentRole && index.column() == Size)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Taken:
        return QLocale().toString(entry.takenUtc.toLocalTime(), QStringLiteral("ddd d MMM yyyy, HH:mm:ss"));
    case Size:
        return QLocale().formattedDataSize(entry.size, 1);
    case File:
        return QFileInfo(entry.path).fileName();
    default:
        return {};
    }
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Taken: return tr("Taken");
    case Size: return tr("Size");
    case File: return tr("File");
    default: return {};
    }
}
