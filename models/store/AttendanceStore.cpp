#include "AttendanceStore.h"

#include "database/SqlErrors.h"
#include "domain/Validation.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// The union removes duplicates (a facilitator who is also a city's representative).
const QString ExpectedAtSession = QStringLiteral(
    "WITH expected (person_id) AS ("
    "  SELECT p.id FROM session s JOIN pairing_city pc ON pc.pairing_id = s.pairing_id"
    "   JOIN person p ON p.city_id = pc.city_id WHERE s.id = :s1"
    "  UNION SELECT pr.lead_facilitator_id FROM session s JOIN pairing pr ON pr.id = s.pairing_id"
    "   WHERE s.id = :s2 AND pr.lead_facilitator_id IS NOT NULL"
    "  UNION SELECT person_id FROM attendance WHERE session_id = :s3"
    // The programme's own facilitators and experts (people of no city) join every session.
    "  UNION SELECT id FROM person WHERE city_id IS NULL AND role IN ('facilitator', 'expert'))"
    " SELECT p.id, p.name, p.role, c.name, at.status"
    " FROM expected e JOIN person p ON p.id = e.person_id"
    " LEFT JOIN city c ON c.id = p.city_id"
    " LEFT JOIN attendance at ON at.session_id = :s4 AND at.person_id = p.id"
    " ORDER BY c.id IS NULL, c.search_key, c.id, p.search_key, p.id");

const QString StatusOf = QStringLiteral(
    "SELECT status FROM attendance WHERE session_id = :session_id AND person_id = :person_id");

const QString UpdateAttendance = QStringLiteral(
    "UPDATE attendance SET status = :status WHERE session_id = :session_id AND person_id = :person_id");

const QString InsertAttendance = QStringLiteral(
    "INSERT INTO attendance (session_id, person_id, status) VALUES (:session_id, :person_id, :status)");

const QString DeleteAttendance = QStringLiteral(
    "DELETE FROM attendance WHERE session_id = :session_id AND person_id = :person_id");

Status failed(const QSqlQuery &q)
{
    return Status::failure(sqlErrorMessage(q.lastError()));
}

void bindKey(QSqlQuery &q, qint64 sessionId, qint64 personId)
{
    q.bindValue(QStringLiteral(":session_id"), sessionId);
    q.bindValue(QStringLiteral(":person_id"), personId);
}

} // namespace

AttendanceStore::AttendanceStore(QSqlDatabase db, const Clock &) : m_db(std::move(db)) {}

Result<QList<ExpectedAttendee>> AttendanceStore::ofSession(qint64 sessionId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(ExpectedAtSession);
    for (const char *name : {":s1", ":s2", ":s3", ":s4"})
        q.bindValue(QString::fromLatin1(name), sessionId);
    if (!q.exec())
        return failed(q);
    QList<ExpectedAttendee> people;
    while (q.next()) {
        ExpectedAttendee a;
        a.personId = q.value(0).toLongLong();
        a.name = q.value(1).toString();
        a.role = q.value(2).toString();
        a.cityName = q.value(3).toString();
        if (!q.value(4).isNull())
            a.status = q.value(4).toString();
        people << a;
    }
    return people;
}

Result<std::optional<QString>> AttendanceStore::statusOf(qint64 sessionId, qint64 personId) const
{
    QSqlQuery q(m_db);
    q.prepare(StatusOf);
    bindKey(q, sessionId, personId);
    if (!q.exec())
        return failed(q);
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
}

// An update first, an insert when there was nothing to update: the row keeps its id, which
// INSERT OR REPLACE would not.
Status AttendanceStore::set(const AttendanceRecord &attendance)
{
    if (Status s = Validation::attendance(attendance); !s)
        return s;
    QSqlQuery q(m_db);
    q.prepare(UpdateAttendance);
    bindKey(q, attendance.sessionId, attendance.personId);
    q.bindValue(QStringLiteral(":status"), attendance.status);
    if (!q.exec())
        return failed(q);
    if (q.numRowsAffected() > 0)
        return {};
    q.prepare(InsertAttendance);
    bindKey(q, attendance.sessionId, attendance.personId);
    q.bindValue(QStringLiteral(":status"), attendance.status);
    if (!q.exec())
        return isConstraintViolation(q.lastError())
                   ? Status::failure(QCoreApplication::translate("AttendanceStore",
                         "The session or the person no longer exists."))
                   : failed(q);
    return {};
}

Status AttendanceStore::clear(qint64 sessionId, qint64 personId)
{
    QSqlQuery q(m_db);
    q.prepare(DeleteAttendance);
    bindKey(q, sessionId, personId);
    if (!q.exec())
        return failed(q);
    return {};
}
