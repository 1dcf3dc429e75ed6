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

    // Which rows the model shows and in what order: what a worker needs to choose and sort
    // freshly read standings as the model would, so that the UI thread only takes them.
    struct Arrangement
    {
        Filter filter;
        QString foldedText;
        int sortColumn = -1; // -1: pairing code, then city
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
        QString dimension;   // of a sorted dimension column
        bool byReadiness = false; // the sorted column is the ready column
        bool operator==(const Arrangement &o) const;
        bool matches(const PilotStanding &standing) const;
        QList<PilotStanding> sorted(QList<PilotStanding> rows) const;
        QList<PilotStanding> apply(QList<PilotStanding> rows) const; // matches, then sorted
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
    void setStandings(Result<QList<PilotStanding>> standings);
    // Likewise, with the rows already chosen and sorted by `used` (Arrangement::apply on the
    // worker); arranged again here when the arrangement has changed since.
    void setArrangedStandings(Result<QList<PilotStanding>> standings, const Arrangement &used);
    Arrangement arrangement() const;
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
