#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

// A table over a short in-memory list of rows, each with an id. syncRows() turns the rows into a
// freshly read list by single-row removes, moves, inserts and changes, so that views keep their
// selection and scroll position when one record changes (no model reset).
template <typename Row> class KeyedRowsModel : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    int rowOfId(qint64 id) const
    {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (keyOf(m_rows.at(row)) == id)
                return row;
        }
        return -1;
    }

protected:
    using QAbstractTableModel::QAbstractTableModel;

    virtual qint64 keyOf(const Row &row) const = 0;
    // Whether the views must repaint the row.
    virtual bool sameRow(const Row &a, const Row &b) const = 0;

    const QList<Row> &rows() const { return m_rows; }

    void resetRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }

    // The same rows in another order (a sort): one layout change that keeps selections.
    void reorderRows(QList<Row> ordered)
    {
        emit this->layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        QHash<qint64, int> rowOf;
        for (int row = 0; row < ordered.size(); ++row)
            rowOf.insert(keyOf(ordered.at(row)), row);
        const QModelIndexList before = this->persistentIndexList();
        QModelIndexList after;
        for (const QModelIndex &index : before)
            after << this->index(rowOf.value(keyOf(m_rows.at(index.row())), index.row()),
                                 index.column());
        m_rows = std::move(ordered);
        this->changePersistentIndexList(before, after);
        emit this->layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }

    void syncRows(const QList<Row> &fresh)
    {
        QSet<qint64> keep;
        for (const Row &row : fresh)
            keep.insert(keyOf(row));
        for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
            if (!keep.contains(keyOf(m_rows.at(row)))) {
                beginRemoveRows(QModelIndex(), row, row);
                m_rows.removeAt(row);
                endRemoveRows();
            }
        }
        for (int target = 0; target < fresh.size(); ++target) {
            const qint64 key = keyOf(fresh.at(target));
            int found = -1;
            for (int row = target; row < m_rows.size() && found < 0; ++row) {
                if (keyOf(m_rows.at(row)) == key)
                    found = row;
            }
            if (found < 0) {
                beginInsertRows(QModelIndex(), target, target);
                m_rows.insert(target, fresh.at(target));
                endInsertRows();
                continue;
            }
            if (found != target) {
                beginMoveRows(QModelIndex(), found, found, QModelIndex(), target);
                m_rows.move(found, target);
                endMoveRows();
            }
            if (!sameRow(m_rows.at(target), fresh.at(target))) {
                m_rows[target] = fresh.at(target);
                emit this->dataChanged(this->index(target, 0),
                                       this->index(target, this->columnCount() - 1));
            }
        }
    }

private:
    QList<Row> m_rows;
};
