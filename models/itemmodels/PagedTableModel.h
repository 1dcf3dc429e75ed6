#pragma once

#include "database/BoundStatement.h"
#include "edit/ChangeNotifier.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVariantList>

#include <optional>

class QSqlQuery;

// A table over one SQL query that fetches rows page by page (canFetchMore / fetchMore) with
// keyset paging: each page starts after the last row's sort key, so the hundredth page costs
// what the first does. Sorting and text filtering run in SQL, on all rows, not only on the
// fetched ones. Subclasses supply the query's constant fragments and format the values.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int PageSize = 200;
    enum Role { IdRole = Qt::UserRole + 1 };

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Keeps rows whose search key contains the folded text (accent- and case-insensitive).
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }
    // Number of rows matching the filter in the database, fetched or not.
    int matchingCount() const;
    // The statement matchingCount() runs, bound: a view of a large table counts on a worker,
    // and hands the count back to keep until the rows are read again or edited.
    BoundStatement countStatement() const;
    std::optional<int> knownMatchingCount() const { return m_matchingCount; }
    void keepMatchingCount(int count) { m_matchingCount = count; }
    // The page query in the current order and filters: the first page's, or a next page's
    // (after the last fetched row's key), for checking that an index gives the order.
    QString pageSql(bool afterKey) const;
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const; // -1 when not fetched (yet)
    QString lastError() const { return m_lastError; }

public slots:
    void reload();

protected:
    PagedTableModel(QSqlDatabase db, ChangeNotifier *notifier, ChangeNotifier::Entity entity,
                    QObject *parent);

    // "c.id, c.name, ..." — the first selected value must be the row's id.
    virtual QString selectList() const = 0;
    virtual QString fromClause() const = 0;
    virtual QString idExpression() const = 0;
    virtual QString searchKeyExpression() const = 0;
    // A never-NULL expression to sort a column by.
    virtual QString sortExpression(int column) const = 0;

    const QVariantList &values(int row) const { return m_rows.at(row); }
    // Filters of a subclass: constant SQL conditions with named placeholders (":from") and the
    // values bound to them. Reloads when they change.
    void setConditions(const QStringList &conditions, const QVariantMap &values);
    // Called when any entity changes; subclasses reload when a row shows data of another entity.
    virtual bool dependsOn(ChangeNotifier::Entity entity) const;

private:
    void onChanged(ChangeNotifier::Entity entity, qint64 id, ChangeNotifier::Change change);
    void refreshRow(qint64 id);
    // Resets to the first page, or to as many pages as hold at least minimumRows rows.
    void reloadRows(int minimumRows);
    // Whether the row, given a new sort key, still sorts between its fetched neighbours
    // without moving the key the next page starts after.
    bool keepsPlace(int row, const QVariant &key) const;
    bool sortsBefore(const QVariant &keyA, qint64 idA, const QVariant &keyB, qint64 idB) const;
    // Runs the page query after the last fetched row; false on error (kept in m_lastError).
    bool queryPage(QList<QVariantList> *rows, QVariantList *keys);
    QString whereClause(bool afterKey) const;
    void bindFilters(QSqlQuery &q) const;
    QList<QPair<QString, QVariant>> filterValues() const;

    QSqlDatabase m_db;
    ChangeNotifier::Entity m_entity;
    QList<QVariantList> m_rows;
    QVariantList m_sortKeys; // sort key of each fetched row, for keyset paging
    bool m_atEnd = false;
    bool m_fetching = false; // views and testers may call back into fetchMore while rows go in
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_filterText;
    QStringList m_conditions;
    QVariantMap m_conditionValues;
    QString m_lastError;
    mutable std::optional<int> m_matchingCount; // cached until the rows are read again or edited
};
