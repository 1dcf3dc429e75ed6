#include "WorkingHoursStore.h"

#include "database/SqlErrors.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString SelectHours = QStringLiteral(
    "SELECT start_minutes, end_minutes, days FROM city_working_hours WHERE city_id = :id");

const QString DeleteHours = QStringLiteral("DELETE FROM city_working_hours WHERE city_id = :id");

// Update, then insert when there was nothing to update: portable, unlike INSERT OR REPLACE.
const QString UpdateHours = QStringLiteral(
    "UPDATE city_working_hours SET start_minutes = :start, end_minutes = :end, days = :days,"
    " updated_at = :now WHERE city_id = :id");
const QString InsertHours = QStringLiteral(
    "INSERT INTO city_working_hours (city_id, start_minutes, end_minutes, days, updated_at)"
    " VALUES (:id, :start, :end, :days, :now)");

const QString MembersWithHours = QStringLiteral(
    "SELECT c.id, c.name, c.time_zone, h.start_minutes, h.end_minutes, h.days"
    " FROM pairing_city pc JOIN city c ON c.id = pc.city_id"
    " LEFT JOIN city_working_hours h ON h.city_id = c.id"
    " WHERE pc.pairing_id = :id ORDER BY pc.position, pc.id");

int minutesOf(const QTime &time)
{
    return time.hour() * 60 + time.minute();
}

QTime timeOf(int minutes)
{
    minutes = qBound(0, minutes, 24 * 60 - 1); // QTime has no 24:00
    return QTime(minutes / 60, minutes % 60);
}

WorkingHours hoursFrom(const QVariant &start, const QVariant &end, const QVariant &days)
{
    WorkingHours hours;
    if (start.isNull())
        return hours;
    hours.start = timeOf(start.toInt());
    hours.end = timeOf(end.toInt());
    hours.days = WorkingHoursStore::maskToDays(days.toInt());
    return hours;
}

} // namespace

WorkingHoursStore::WorkingHoursStore(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db)), m_clock(clock)
{
}

int WorkingHoursStore::daysToMask(const QList<int> &days)
{
    int mask = 0;
    for (int day : days) {
        if (day >= Qt::Monday && day <= Qt::Sunday)
            mask |= 1 << (day - Qt::Monday);
    }
    return mask;
}

QList<int> WorkingHoursStore::maskToDays(int mask)
{
    QList<int> days;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        if (mask & (1 << (day - Qt::Monday)))
            days << day;
    }
    return days;
}

Result<WorkingHours> WorkingHoursStore::of(qint64 cityId) const
{
    QSqlQuery q(m_db);
    q.prepare(SelectHours);
    q.bindValue(QStringLiteral(":id"), cityId);
    if (!q.exec())
        return Status::failure(sqlErrorMessage(q.lastError()));
    if (!q.next())
        return WorkingHours();
    return hoursFrom(q.value(0), q.value(1), q.value(2));
}

Status WorkingHoursStore::set(qint64 cityId, const WorkingHours &hours)
{
    const int start = minutesOf(hours.start);
    const int end = minutesOf(hours.end);
    const int days = daysToMask(hours.days);
    if (!hours.start.isValid() || !hours.end.isValid() || end <= start)
        return Status::failure(QCoreApplication::translate("WorkingHoursStore",
            "Working hours must end after they start."));
    if (days == 0)
        return Status::failure(QCoreApplication::translate("WorkingHoursStore",
            "Choose at least one working day."));
    QSqlQuery q(m_db);
    if (hours.start == WorkingHours().start && hours.end == WorkingHours().end
        && hours.days == WorkingHours().days) {
        q.prepare(DeleteHours); // the default needs no row
        q.bindValue(QStringLiteral(":id"), cityId);
        return q.exec() ? Status() : Status::failure(sqlErrorMessage(q.lastError()));
    }
    for (const QString &sql : {UpdateHours, InsertHours}) {
        q.prepare(sql);
        q.bindValue(QStringLiteral(":id"), cityId);
        q.bindValue(QStringLiteral(":start"), start);
        q.bindValue(QStringLiteral(":end"), end);
        q.bindValue(QStringLiteral(":days"), days);
        q.bindValue(QStringLiteral(":now"), m_clock.nowIso());
        if (!q.exec())
            return Status::failure(sqlErrorMessage(q.lastError()));
        if (q.numRowsAffected() == 1)
            return {};
    }
    return Status::failure(QCoreApplication::translate("WorkingHoursStore", "The city no longer exists."));
}

Result<QList<SlotCity>> WorkingHoursStore::citiesOfPairing(qint64 pairingId) const
{
    QSqlQuery q(m_db);
    q.prepare(MembersWithHours);
    q.bindValue(QStringLiteral(":id"), pairingId);
    if (!q.exec())
        return Status::failure(sqlErrorMessage(q.lastError()));
    QList<SlotCity> cities;
    while (q.next())
        cities << SlotCity{q.value(1).toString(), q.value(2).toString(),
                           hoursFrom(q.value(3), q.value(4), q.value(5))};
    return cities;
}

Result<QList<qint64>> WorkingHoursStore::cityIdsOfPairing(qint64 pairingId) const
{
    QSqlQuery q(m_db);
    q.prepare(MembersWithHours);
    q.bindValue(QStringLiteral(":id"), pairingId);
    if (!q.exec())
        return Status::failure(sqlErrorMessage(q.lastError()));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}
