#include "PagedTableModel.h"

#include "core/TextKey.h"
#include "database/SqlErrors.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <optional>

// The SQL below is assembled only from the constant fragments subclasses return; every value
// a user typed is bound.

PagedTableModel::PagedTableModel(QSqlDatabase db, ChangeNotifier *notifier,
                                 ChangeNotifier::Entity entity, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db)), m_entity(entity)
{
    if (notifier)
        connect(notifier, &ChangeNotifier::changed, this, &PagedTableModel::onChanged);
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString PagedTableModel::whereClause(bool afterKey) const
{
    QStringList conditions = m_conditions;
    if (!m_filterText.trimmed().isEmpty())
        conditions << searchKeyExpression() + QStringLiteral(" LIKE :pattern ESCAPE '\\'");
    if (afterKey) {
        const QString sortKey = sortExpression(m_sortColumn);
        const QString cmp = m_sortOrder == Qt::AscendingOrder ? QStringLiteral(">") : QStringLiteral("<");
        // The first term alone gives SQLite where to start in the sort order's index. The key is
        // bound three times (Qt cannot bind one name twice), and SQLite does not see that the
        // second condition starts where the first would, so without that term each page scanned
        // the index from its beginning: the last page of 200,000 action items took 30 ms.
        conditions << QStringLiteral("%1 %2= :after_key3 AND (%1 %2 :after_key OR (%1 = :after_key2 AND %3 %2 :after_id))")
                          .arg(sortKey, cmp, idExpression());
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

QString PagedTableModel::pageSql(bool afterKey) const
{
    const QString direction = m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    return QStringLiteral("SELECT %1, %2 FROM %3%4 ORDER BY %1 %5, %6 %5 LIMIT :limit")
        .arg(sortExpression(m_sortColumn), selectList(), fromClause(), whereClause(afterKey), direction,
             idExpression());
}

bool PagedTableModel::queryPage(QList<QVariantList> *rows, QVariantList *keys)
{
    const bool afterKey = !m_rows.isEmpty();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(pageSql(afterKey));
    bindFilters(q);
    if (afterKey) {
        q.bindValue(QStringLiteral(":after_key"), m_sortKeys.constLast());
        q.bindValue(QStringLiteral(":after_key2"), m_sortKeys.constLast());
        q.bindValue(QStringLiteral(":after_key3"), m_sortKeys.constLast());
        q.bindValue(QStringLiteral(":after_id"), idAt(int(m_rows.size()) - 1));
    }
    q.bindValue(QStringLiteral(":limit"), PageSize);
    if (!q.exec()) {
        m_lastError = sqlErrorMessage(q.lastError());
        m_atEnd = true;
        return false;
    }
    const int columns = q.record().count();
    int fetched = 0;
    while (q.next()) {
        *keys << q.value(0);
        QVariantList row;
        row.reserve(columns - 1);
        for (int c = 1; c < columns; ++c)
            row << q.value(c);
        *rows << row;
        ++fetched;
    }
    m_atEnd = fetched < PageSize;
    return true;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    QList<QVariantList> page;
    QVariantList keys;
    if (!queryPage(&page, &keys) || page.isEmpty())
        return;
    m_fetching = true;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows << page;
    m_sortKeys << keys;
    endInsertRows();
    m_fetching = false;
}

// The first page is loaded inside the reset, so views never see an empty table in between,
// and nothing fetches more while the reset is still being announced.
void PagedTableModel::reload()
{
    reloadRows(0);
}

void PagedTableModel::reloadRows(int minimumRows)
{
    m_fetching = true;
    beginResetModel();
    m_matchingCount.reset();
    m_rows.clear();
    m_sortKeys.clear();
    m_atEnd = false;
    m_lastError.clear();
    do {
        if (!queryPage(&m_rows, &m_sortKeys))
            break;
    } while (!m_atEnd && m_rows.size() < minimumRows);
    endResetModel();
    m_fetching = false;
}

void PagedTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

void PagedTableModel::setFilterText(const QString &text)
{
    if (TextKey::fold(text) == TextKey::fold(m_filterText))
        return;
    m_filterText = text;
    reload();
}

QList<QPair<QString, QVariant>> PagedTableModel::filterValues() const
{
    QList<QPair<QString, QVariant>> values;
    if (!m_filterText.trimmed().isEmpty())
        values.append({QStringLiteral(":pattern"), TextKey::containsPattern(m_filterText)});
    for (auto it = m_conditionValues.cbegin(); it != m_conditionValues.cend(); ++it)
        values.append({it.key(), it.value()});
    return values;
}

void PagedTableModel::bindFilters(QSqlQuery &q) const
{
    for (const auto &value : filterValues())
        q.bindValue(value.first, value.second);
}

BoundStatement PagedTableModel::countStatement() const
{
    return {QStringLiteral("SELECT count(*) FROM %1%2").arg(fromClause(), whereClause(false)), filterValues()};
}

void PagedTableModel::setConditions(const QStringList &conditions, const QVariantMap &values)
{
    if (conditions == m_conditions && values == m_conditionValues)
        return;
    m_conditions = conditions;
    m_conditionValues = values;
    reload();
}

int PagedTableModel::matchingCount() const
{
    // Counting every matching row is the slowest read of a large table: once per reload or
    // edit, not at every page a scrolling view fetches.
    if (!m_matchingCount) {
        QSqlQuery q(m_db);
        if (!countStatement().prepareOn(q) || !q.exec() || !q.next())
            return 0;
        m_matchingCount = q.value(0).toInt();
    }
    return *m_matchingCount;
}

qint64 PagedTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).value(0).toLongLong() : 0;
}

int PagedTableModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).value(0).toLongLong() == id)
            return row;
    }
    return -1;
}

namespace {
// Compares two sort keys as SQLite orders them here: integers by value, text by its UTF-8
// bytes (BINARY collation); nullopt for anything else.
std::optional<int> compareSortKeys(const QVariant &a, const QVariant &b)
{
    const auto isInteger = [](const QVariant &v) {
        return v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int;
    };
    if (isInteger(a) && isInteger(b)) {
        const qint64 x = a.toLongLong();
        const qint64 y = b.toLongLong();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return a.toString().toUtf8().compare(b.toString().toUtf8());
    return std::nullopt;
}
} // namespace

bool PagedTableModel::sortsBefore(const QVariant &keyA, qint64 idA, const QVariant &keyB,
                                  qint64 idB) const
{
    const std::optional<int> byKey = compareSortKeys(keyA, keyB);
    if (!byKey)
        return false;
    const int order = *byKey != 0 ? *byKey : (idA < idB ? -1 : (idA > idB ? 1 : 0));
    return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
}

bool PagedTableModel::keepsPlace(int row, const QVariant &key) const
{
    if (row == m_rows.size() - 1 && !m_atEnd)
        return false; // the last fetched row's key is where the next page starts
    const qint64 id = idAt(row);
    if (row > 0 && !sortsBefore(m_sortKeys.at(row - 1), idAt(row - 1), key, id))
        return false;
    if (row + 1 < m_rows.size() && !sortsBefore(key, id, m_sortKeys.at(row + 1), idAt(row + 1)))
        return false;
    return true;
}

bool PagedTableModel::dependsOn(ChangeNotifier::Entity) const
{
    return false;
}

void PagedTableModel::refreshRow(qint64 id)
{
    const int row = rowOfId(id);
    // Read the row through the current filters: an edit can take it out of them, or into them.
    const QString where = whereClause(false);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1, %2 FROM %3%4 %5 %6 = :refresh_id")
                  .arg(sortExpression(m_sortColumn), selectList(), fromClause(), where,
                       where.isEmpty() ? QStringLiteral("WHERE") : QStringLiteral("AND"), idExpression()));
    bindFilters(q);
    q.bindValue(QStringLiteral(":refresh_id"), id);
    if (!q.exec()) {
        reload();
        return;
    }
    if (row < 0) {
        if (q.next()) // it matches now: reload as deep as before, so it shows in its place
            reloadRows(int(m_rows.size()) + 1);
        return;
    }
    if (!q.next()) {
        beginRemoveRows(QModelIndex(), row, row);
        m_rows.removeAt(row);
        m_sortKeys.removeAt(row);
        endRemoveRows();
        return;
    }
    // A row whose new sort key moves it, or moves the boundary the next page starts after,
    // would repeat or skip rows in the pages still to come: reload as deep as before instead.
    const QVariant key = q.value(0);
    if (key != m_sortKeys.at(row) && !keepsPlace(row, key)) {
        reloadRows(int(m_rows.size()));
        return;
    }
    QVariantList values;
    for (int c = 1; c < q.record().count(); ++c)
        values << q.value(c);
    m_rows[row] = values;
    m_sortKeys[row] = key;
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void PagedTableModel::onChanged(ChangeNotifier::Entity entity, qint64 id, ChangeNotifier::Change change)
{
    if (entity != m_entity) {
        if (dependsOn(entity))
            reload();
        return;
    }
    if (id == ChangeNotifier::ManyRows) {
        reload();
        return;
    }
    m_matchingCount.reset();
    switch (change) {
    case ChangeNotifier::Change::Updated:
        refreshRow(id);
        break;
    case ChangeNotifier::Change::Removed:
        if (const int row = rowOfId(id); row >= 0) {
            beginRemoveRows(QModelIndex(), row, row);
            m_rows.removeAt(row);
            m_sortKeys.removeAt(row);
            endRemoveRows();
        }
        break;
    case ChangeNotifier::Change::Inserted:
        reload();
        break;
    }
}
