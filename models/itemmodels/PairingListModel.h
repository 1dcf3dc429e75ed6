#pragma once

#include "edit/ChangeNotifier.h"
#include "store/ProgrammeQueries.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

// Every pairing with its theme and member cities, one light row each (a few hundred bytes),
// for the master list; filtering and sorting happen in PairingFilterProxy.
//
// Reading 10,000 pairings with their 45,000 member cities takes a third of a second, so a page
// may read them on a worker: made with Load::OnRequest, the model stays empty and asks for its
// rows with readRequested() (at first, after a city is renamed, after a pairing changed while a
// read was under way); the page reads them with readRows() and hands them over with setRows().
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

    struct Row
    {
        ProgrammeQueries::PairingListing listing;
        QString citiesLabel;
        QString searchKey;
    };
    enum class Load { Now, OnRequest };

    PairingListModel(QSqlDatabase db, ChangeNotifier *notifier, QObject *parent = nullptr, Load load = Load::Now);

    // Every pairing's row, ready to show: safe on any thread with that thread's connection.
    static Result<QList<Row>> readRows(QSqlDatabase db);
    void setRows(const Result<QList<Row>> &rows);
    bool isLoaded() const { return m_loaded; }
    bool isReading() const { return m_reading; } // rows asked for and not yet handed over

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const;
    QString lastError() const { return m_lastError; }

public slots:
    void reload();

signals:
    void readRequested();
    void loaded();

private:
    static Row makeRow(const ProgrammeQueries::PairingListing &listing);
    void onChanged(ChangeNotifier::Entity entity, qint64 id, ChangeNotifier::Change change);

    QSqlDatabase m_db;
    QList<Row> m_rows;
    QString m_lastError;
    Load m_load;
    bool m_loaded = false;
    bool m_reading = false;
};
