#pragma once

#include "database/Backups.h"

#include <QAbstractTableModel>

// The backups of one database, newest first: when each was taken (local time), its size and
// its file, for the window's Restore from Backup dialog.
class BackupListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Taken, Size, File, ColumnCount };

    explicit BackupListModel(QObject *parent = nullptr);

    // Lists the backups of the database at databasePath again.
    void load(const QString &databasePath);
    BackupEntry backupAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BackupEntry> m_entries;
};
