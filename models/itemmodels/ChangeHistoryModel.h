#pragma once

#include "edit/ChangeNotifier.h"
#include "history/ChangeEntry.h"
#include "history/ChangeText.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

// The change log of one pairing, session or pilot, newest first, read a page at a time as a
// view scrolls (fetchMore). After an edit only the changes logged since are read and put on top.
class ChangeHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        When,
        Who,
        Record,
        Field,
        Change,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };

    static constexpr int PageSize = 100;

    ChangeHistoryModel(QSqlDatabase db, ChangeNotifier *notifier, QObject *parent = nullptr);

    // 0 (or no such record): empty.
    void setScope(HistoryScope scope, qint64 id);
    HistoryScope scope() const { return m_scope; }
    qint64 scopeId() const { return m_scopeId; }
    const ChangeEntry &entryAt(int row) const { return m_rows.at(row); }
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

public slots:
    // Puts the changes logged since the last read on top.
    void readNewer();

private:
    QString text(const ChangeEntry &entry, int column) const;

    QSqlDatabase m_db;
    ChangeText m_text;
    HistoryScope m_scope = HistoryScope::Pairing;
    qint64 m_scopeId = 0;
    QString m_uuid;
    QList<ChangeEntry> m_rows;
    bool m_atEnd = true;
    bool m_fetching = false;
    QString m_lastError;
};
