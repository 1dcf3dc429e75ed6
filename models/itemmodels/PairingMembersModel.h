#pragma once

#include "core/Clock.h"
#include "edit/ChangeNotifier.h"
#include "store/ProgrammeQueries.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

// The member cities of one pairing with the current local time and UTC offset in each; call
// refreshTimes() (e.g. once a minute) to move the clocks on.
class PairingMembersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { City, Country, LocalTime, Offset, TimeZone, ColumnCount };
    Q_ENUM(Column)
    enum Role { IdRole = Qt::UserRole + 1 };

    PairingMembersModel(QSqlDatabase db, ChangeNotifier *notifier, const Clock &clock,
                        QObject *parent = nullptr);

    void setPairing(qint64 pairingId); // 0: none
    qint64 pairingId() const { return m_pairingId; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public slots:
    void refreshTimes();

private:
    void reload();

    QSqlDatabase m_db;
    const Clock &m_clock;
    qint64 m_pairingId = 0;
    QList<ProgrammeQueries::MemberCity> m_members;
};
