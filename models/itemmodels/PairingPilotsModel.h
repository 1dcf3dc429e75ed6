#pragma once

#include "KeyedRowsModel.h"
#include "edit/ChangeNotifier.h"
#include "progress/ReadinessQueries.h"
#include "store/ProgrammeQueries.h"

#include <QSqlDatabase>

#include <optional>

// The member cities of one pairing, each with its pilot and where it stands, or none yet.
struct CityPilot
{
    ProgrammeQueries::MemberCity city;
    std::optional<PilotStanding> pilot;
};

// One row per member city of a pairing: its pilot's title, overall readiness and whether it is
// ready to pilot, or "No pilot yet".
class PairingPilotsModel : public KeyedRowsModel<CityPilot>
{
    Q_OBJECT
public:
    enum Column
    {
        City,
        Pilot,
        Overall,
        Ready,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        CityIdRole = Qt::UserRole + 1,
        PilotIdRole
    }; // PilotIdRole: 0 without a pilot

    PairingPilotsModel(QSqlDatabase db, ChangeNotifier *notifier,
                       const Rubric &rubric = Rubric::shipped(), QObject *parent = nullptr);

    void setPairing(qint64 pairingId); // 0: none
    qint64 pairingId() const { return m_pairingId; }
    const CityPilot &cityAt(int row) const { return rows().at(row); }
    int rowOfCity(qint64 cityId) const { return rowOfId(cityId); }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    qint64 keyOf(const CityPilot &row) const override { return row.city.id; }
    bool sameRow(const CityPilot &a, const CityPilot &b) const override;

private:
    Result<QList<CityPilot>> read() const;

    QSqlDatabase m_db;
    const Rubric &m_rubric;
    qint64 m_pairingId = 0;
};
