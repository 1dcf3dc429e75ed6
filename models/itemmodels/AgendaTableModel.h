#pragma once

#include "domain/Records.h"
#include "store/ProgrammeQueries.h"

#include <QAbstractTableModel>

// A session's agenda while it is edited: the blocks in order, each with its start in UTC and
// in every member city's local time, computed from the session's start and the durations
// before it. In memory: the session dialog saves the whole session as one undoable edit.
class AgendaTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Title first: it stays with its block when others move, unlike the computed times (views
    // show the times first by moving their header sections).
    enum Column { Title, Start, LocalStart, Method, Minutes, Owner, Objectives, Notes, ColumnCount };
    Q_ENUM(Column)
    enum Role { IdRole = Qt::UserRole + 1 }; // EditRole of Method and Owner is the chosen id (0: none)

    explicit AgendaTableModel(QObject *parent = nullptr);

    void setAgenda(const QList<AgendaItemRecord> &agenda);
    QList<AgendaItemRecord> agenda() const { return m_items; }
    void setSessionStart(const QDateTime &startUtc);
    void setCities(const QList<ProgrammeQueries::MemberCity> &cities);
    // Names shown for method and owner ids (from the choice lists the dialog uses).
    void setMethodNames(const QHash<qint64, QString> &names) { m_methodNames = names; }
    void setOwnerNames(const QHash<qint64, QString> &names) { m_ownerNames = names; }

    int totalMinutes() const;
    void insertItem(int row, const AgendaItemRecord &item);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

    // Drag and drop reorders blocks within the table.
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    // The blocks or their durations changed: totals and warnings need another look.
    void agendaChanged();

private:
    QDateTime startOf(int row) const;
    void timesChangedFrom(int row);

    QList<AgendaItemRecord> m_items;
    QDateTime m_startUtc;
    QList<ProgrammeQueries::MemberCity> m_cities;
    QHash<qint64, QString> m_methodNames;
    QHash<qint64, QString> m_ownerNames;
};
