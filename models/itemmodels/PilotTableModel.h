#pragma once

#include "KeyedRowsModel.h"
#include "edit/ChangeNotifier.h"
#include "progress/ReadinessQueries.h"

#include <QSqlDatabase>

// Every pilot (or those of a theme or pairing, ready or not) with where it stands: its city,
// pairing and theme, when it was last assessed, the level of each rubric dimension, the overall
// readiness and whether it is ready to pilot. The columns of the dimensions come from the rubric.
// A change to one pilot, its assessments, its city or its pairing updates just those rows.
class PilotTableModel : public KeyedRowsModel<PilotStanding>
{
    Q_OBJECT
public:
    // Then one column per rubric dimension, then overallColumn() and readyColumn().
    enum Column
    {
        City,
        Pairing,
        Theme,
        Title,
        Assessed,
        FirstDimension
    };
    Q_ENUM(Column)
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        PairingIdRole,
        CityIdRole,
        ReadyRole,
        LevelRole
    };
    enum class ReadyFilter
    {
        Any,
        Ready,
        NotReady
    };

    struct Filter
    {
        qint64 themeId = 0;   // 0: every theme
        qint64 pairingId = 0; // 0: every pairing
        ReadyFilter readiness = ReadyFilter::Any;
        QString text; // folded match on title, city and pairing code
        bool operator==(const Filter &o) const;
        bool operator!=(const Filter &o) const { return !(*this == o); }
    };

    enum class Load { Now, OnFirstReload };

    // Sorted by pairing code, then city, until sort() is called. OnFirstReload leaves the
    // model empty (and deaf to edits) until reload(): a page reads its rows when first shown.
    PilotTableModel(QSqlDatabase db, ChangeNotifier *notifier,
                    const Rubric &rubric = Rubric::shipped(), QObject *parent = nullptr,
                    Load load = Load::Now);

    void setFilter(const Filter &filter);
    Filter filter() const { return m_filter; }
    // Reads every row again (after another database was opened, or to recover from an error).
    void reload();
    // The rows of standings read elsewhere (on a worker) with readFilter(); reads again here
    // when an edit came before they arrived.
    void setStandings(const Result<QList<PilotStanding>> &standings);
    PilotFilter readFilter() const;
    bool isLoaded() const { return m_loaded; }
    QString lastError() const { return m_lastError; }

    const Rubric &rubric() const { return m_rubric; }
    int dimensionColumn(const QString &dimension) const; // -1 when the rubric has no such dimension
    QString dimensionAt(int column) const;               // empty outside the dimension columns
    int overallColumn() const;
    int readyColumn() const;
    const PilotStanding &standingAt(int row) const { return rows().at(row); }
    qint64 idAt(int row) const;

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    qint64 keyOf(const PilotStanding &row) const override { return row.pilotId; }
    bool sameRow(const PilotStanding &a, const PilotStanding &b) const override;

private:
    bool matches(const PilotStanding &standing) const;
    QList<PilotStanding> sorted(QList<PilotStanding> rows) const;
    // Replaces the rows a change can touch (inScope) by what the database holds now (fresh).
    void refresh(const std::function<bool(const PilotStanding &)> &inScope,
                 const QList<PilotStanding> &fresh);
    void refreshPilot(qint64 pilotId);
    void onChanged(ChangeNotifier::Entity entity, qint64 id, ChangeNotifier::Change change);

    QSqlDatabase m_db;
    const Rubric &m_rubric;
    ReadinessQueries m_queries;
    Filter m_filter;
    bool m_loaded = false;
    bool m_changedUnloaded = false;
    QString m_foldedText;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_lastError;
};
