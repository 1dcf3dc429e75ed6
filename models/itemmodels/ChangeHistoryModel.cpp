#include "ChangeHistoryModel.h"

#include "history/ChangeLog.h"

#include <QLocale>
#include <QScopedValueRollback>

ChangeHistoryModel::ChangeHistoryModel(QSqlDatabase db, ChangeNotifier *notifier, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_text(db)
{
    // Every committed edit may have logged a change of this record: the log is append-only,
    // so reading what is newer than the top row is all an update takes.
    if (notifier)
        connect(notifier, &ChangeNotifier::changed, this, &ChangeHistoryModel::readNewer);
}

void ChangeHistoryModel::setScope(HistoryScope scope, qint64 id)
{
    // Listeners of the reset (a view, the model tester) fetch the first page once it is over.
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    beginResetModel();
    m_scope = scope;
    m_scopeId = id;
    m_rows.clear();
    m_uuid.clear();
    m_lastError.clear();
    m_atEnd = true;
    if (id > 0) {
        const auto uuid = ChangeLog(m_db).uuidOf(scope, id);
        m_uuid = uuid.value_or(QString());
        m_lastError = uuid.error();
        m_atEnd = m_uuid.isEmpty();
    }
    endResetModel();
}

int ChangeHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChangeHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ChangeHistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void ChangeHistoryModel::fetchMore(const QModelIndex &parent)
{
    // A view (or the model tester) may ask again while rows are being inserted.
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    const qint64 before = m_rows.isEmpty() ? 0 : m_rows.constLast().id;
    const auto page = ChangeLog(m_db).page(m_scope, m_uuid, PageSize, before);
    if (!page) {
        m_lastError = page.error();
        m_atEnd = true;
        return;
    }
    m_atEnd = page->size() < PageSize;
    if (page->isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(page.value());
    endInsertRows();
}

void ChangeHistoryModel::readNewer()
{
    // Nothing read yet: the first fetchMore() reads the newest page anyway.
    if (m_uuid.isEmpty() || m_rows.isEmpty()) {
        if (!m_uuid.isEmpty() && m_atEnd) {
            m_atEnd = false; // an empty history may have its first change now
            fetchMore(QModelIndex());
        }
        return;
    }
    const auto newer = ChangeLog(m_db).since(m_scope, m_uuid, m_rows.constFirst().id);
    if (!newer) {
        m_lastError = newer.error();
        return;
    }
    if (newer->isEmpty())
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    beginInsertRows(QModelIndex(), 0, int(newer->size() - 1));
    m_rows = newer.value() + m_rows;
    endInsertRows();
}

QString ChangeHistoryModel::text(const ChangeEntry &e, int column) const
{
    switch (column) {
    case When:
        return QLocale().toString(e.changedAt.toLocalTime(), QLocale::ShortFormat);
    case Who:
        return e.actor;
    case Record:
        return m_text.recordText(e);
    case Field:
        return m_text.fieldText(e);
    case Change:
        return m_text.changeText(e);
    default:
        return {};
    }
}

QVariant ChangeHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChangeEntry &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString value = text(e, index.column());
        // One line per change; the whole text is in the tooltip.
        return index.column() == Change ? value.simplified().left(200) : value;
    }
    case Qt::ToolTipRole:
        return text(e, index.column());
    case IdRole:
        return e.id;
    default:
        return {};
    }
}

QVariant ChangeHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Record:
        return tr("Record");
    case Field:
        return tr("Field");
    case Change:
        return tr("Change");
    default:
        return {};
    }
}
