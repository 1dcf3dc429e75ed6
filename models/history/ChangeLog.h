#pragma once

#include "ChangeEntry.h"
#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>

// Reads the change log of a pairing, session or pilot, newest first, a page at a time by key
// (each page one indexed range of change_log, however large the file).
class ChangeLog
{
public:
    explicit ChangeLog(QSqlDatabase db) : m_db(std::move(db)) {}

    // At most limit changes older than beforeId (0: the newest).
    Result<QList<ChangeEntry>> page(HistoryScope scope, const QString &uuid, int limit,
                                    qint64 beforeId = 0) const;
    // Every change newer than afterId: what was logged since a view last read.
    Result<QList<ChangeEntry>> since(HistoryScope scope, const QString &uuid, qint64 afterId) const;
    // The UUID of the pairing, session or pilot with this id.
    Result<QString> uuidOf(HistoryScope scope, qint64 id) const;

private:
    Result<QList<ChangeEntry>> read(HistoryScope scope, const QString &uuid, qint64 afterId,
                                    qint64 beforeId, int limit) const;

    QSqlDatabase m_db;
};
