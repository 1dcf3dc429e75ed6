#include "ChangeLog.h"

#include "database/SqlErrors.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace {

// One statement per scope, so that each reads its own partial index in id order.
const QString Columns = QStringLiteral(
    "SELECT id, changed_at, actor, operation, table_name, record_uuid, record_label, field,"
    " old_value, new_value, pairing_uuid, session_uuid, pilot_uuid FROM change_log");
const QString Range = QStringLiteral(" AND id > :after AND id < :before ORDER BY id DESC LIMIT :limit");
const QString OfPairing = Columns + QStringLiteral(" WHERE pairing_uuid = :uuid") + Range;
const QString OfSession = Columns + QStringLiteral(" WHERE session_uuid = :uuid") + Range;
const QString OfPilot = Columns + QStringLiteral(" WHERE pilot_uuid = :uuid") + Range;

const QString PairingUuid = QStringLiteral("SELECT uuid FROM pairing WHERE id = :id");
const QString SessionUuid = QStringLiteral("SELECT uuid FROM session WHERE id = :id");
const QString PilotUuid = QStringLiteral("SELECT uuid FROM pilot WHERE id = :id");

ChangeEntry entryFrom(const QSqlQuery &q)
{
    ChangeEntry e;
    e.id = q.value(0).toLongLong();
    e.changedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toUTC();
    e.actor = q.value(2).toString();
    e.operation = q.value(3).toString();
    e.table = q.value(4).toString();
    e.recordUuid = q.value(5).toString();
    e.recordLabel = q.value(6).toString();
    e.field = q.value(7).toString();
    e.oldValue = q.value(8);
    e.newValue = q.value(9);
    e.pairingUuid = q.value(10).toString();
    e.sessionUuid = q.value(11).toString();
    e.pilotUuid = q.value(12).toString();
    return e;
}

} // namespace

Result<QList<ChangeEntry>> ChangeLog::page(HistoryScope scope, const QString &uuid, int limit,
                                           qint64 beforeId) const
{
    return read(scope, uuid, 0, beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max(), limit);
}

Result<QList<ChangeEntry>> ChangeLog::since(HistoryScope scope, const QString &uuid, qint64 afterId) const
{
    return read(scope, uuid, afterId, std::numeric_limits<qint64>::max(), -1);
}

Result<QList<ChangeEntry>> ChangeLog::read(HistoryScope scope, const QString &uuid, qint64 afterId,
                                           qint64 beforeId, int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(scope == HistoryScope::Pairing ? OfPairing : scope == HistoryScope::Session ? OfSession : OfPilot);
    q.bindValue(QStringLiteral(":uuid"), uuid);
    q.bindValue(QStringLiteral(":after"), afterId);
    q.bindValue(QStringLiteral(":before"), beforeId);
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!q.exec())
        return Status::failure(sqlErrorMessage(q.lastError()));
    QList<ChangeEntry> entries;
    while (q.next())
        entries << entryFrom(q);
    return entries;
}

Result<QString> ChangeLog::uuidOf(HistoryScope scope, qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(scope == HistoryScope::Pairing ? PairingUuid : scope == HistoryScope::Session ? SessionUuid : PilotUuid);
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return Status::failure(sqlErrorMessage(q.lastError()));
    if (!q.next())
        return Status::failure(QCoreApplication::translate("ChangeLog", "There is no such record."));
    return q.value(0).toString();
}
