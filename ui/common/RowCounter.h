#pragma once

#include "common/BackgroundRead.h"
#include "itemmodels/PagedTableModel.h"

#include <QSqlError>
#include <QSqlQuery>

#include <functional>

// Counts the rows a paged model's filter matches on a worker: through the joins of a large table
// the count takes a quarter of a second, the first page a moment. Only the newest count is shown.
class RowCounter : public QObject
{
public:
    RowCounter(const QString &databasePath, PagedTableModel *model, std::function<void(int)> show,
               QObject *parent)
        : QObject(parent), m_reader(new BackgroundRead(databasePath, this)), m_model(model), m_show(std::move(show))
    {
    }

    // Shows the count: the one kept since the rows were last read (pages fetched while scrolling
    // keep it), or one counted now.
    void count()
    {
        if (const auto known = m_model->knownMatchingCount()) {
            m_show(*known);
            return;
        }
        const BoundStatement statement = m_model->countStatement();
        m_reader->start<int>(
            [statement](QSqlDatabase db) -> Result<int> {
                QSqlQuery q(db);
                if (!statement.prepareOn(q) || !q.exec() || !q.next())
                    return Status::failure(q.lastError().text());
                return q.value(0).toInt();
            },
            [this](Result<int> counted) {
                if (!counted)
                    return;
                m_model->keepMatchingCount(counted.value());
                m_show(counted.value());
            });
    }

private:
    BackgroundRead *m_reader;
    PagedTableModel *m_model;
    std::function<void(int)> m_show;
};
