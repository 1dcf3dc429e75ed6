#pragma once

#include "edit/ChangeNotifier.h"
#include "store/ProgrammeQueries.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

// Every pairing with its theme and member cities, one light row each (a few hundred bytes),
// for the master list; filtering and sorting happen in PairingFilterProxy.
class PairingListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Code, Cities, Theme, Status, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1,
        ThemeRole,     // theme name
        SearchKeyRole, // folded code, cities, countries, theme and challenge
        ChallengeRole,
    };

    PairingListModel(QSqlDatabase db, ChangeNotifier *notifier, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const;
    QString lastError() const { return m_lastError; }

public slots:
    void reload();

private:
    struct Row
    {
        ProgrammeQueries::PairingListing listing;
        QString citiesLabel;
        QString searchKey;
    };
    static Row makeRow(const ProgrammeQueries::PairingListing &listing);
    void onChanged(ChangeNotifier::Entity entity, qint64 id, ChangeNotifier::Change change);

    QSqlDatabase m_db;
    QList<Row> m_rows;
    QString m_lastError;
};
