#include "PairingStore.h"

#include "SqlValues.h"
#include "database/SqlErrors.h"
#include "domain/Validation.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace SqlValues;

namespace {

const QString SelectPairing = QStringLiteral(
    "SELECT p.id, p.uuid, p.code, p.theme_id, t.name, p.challenge, p.status, p.start_date,"
    " p.lead_facilitator_id, p.created_at, p.updated_at"
    " FROM pairing p JOIN theme t ON t.id = p.theme_id WHERE p.id = :id");

const QString SelectMembers = QStringLiteral(
    "SELECT city_id FROM pairing_city WHERE pairing_id = :id ORDER BY position, id");

const QString InsertPairing = QStringLiteral(
    "INSERT INTO pairing (id, uuid, code, theme_id, challenge, status, start_date,"
    " lead_facilitator_id, created_at, updated_at)"
    " VALUES (:id, :uuid, :code, :theme_id, :challenge, :status, :start_date,"
    " :lead_facilitator_id, :created_at, :updated_at)");

const QString UpdatePairing = QStringLiteral(
    "UPDATE pairing SET code = :code, theme_id = :theme_id, challenge = :challenge,"
    " status = :status, start_date = :start_date, lead_facilitator_id = :lead_facilitator_id,"
    " updated_at = :updated_at WHERE id = :id");

const QString DeletePairing = QStringLiteral("DELETE FROM pairing WHERE id = :id");

const QString DeleteMember = QStringLiteral(
    "DELETE FROM pairing_city WHERE pairing_id = :pairing_id AND city_id = :city_id");

const QString InsertMember = QStringLiteral(
    "INSERT INTO pairing_city (pairing_id, city_id, position) VALUES (:pairing_id, :city_id, :position)");

const QString UpdateMemberPosition = QStringLiteral(
    "UPDATE pairing_city SET position = :position WHERE pairing_id = :pairing_id AND city_id = :city_id");

const QString SameCode = QStringLiteral(
    "SELECT count(*) FROM pairing WHERE lower(code) = lower(:code) AND id <> :id");

const QString PairingByCode = QStringLiteral("SELECT id FROM pairing WHERE lower(code) = lower(:code)");
const QString PairingById = QStringLiteral("SELECT id FROM pairing WHERE id = :id");

const QString UsesOfPairing = QStringLiteral(
    "SELECT (SELECT count(*) FROM session WHERE pairing_id = :id1),"
    " (SELECT count(*) FROM pilot WHERE pairing_id = :id2)");

const QString ThemeCode = QStringLiteral("SELECT code FROM theme WHERE id = :id");
const QString CodesLike = QStringLiteral("SELECT code FROM pairing WHERE code LIKE :prefix");

const QString MissingCity = QStringLiteral(
    "SELECT count(*) FROM city WHERE id = :id");

} // namespace

PairingStore::PairingStore(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

Result<PairingRecord> PairingStore::fetch(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(SelectPairing);
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return Status::failure(sqlErrorMessage(q.lastError()));
    if (!q.next())
        return Status::failure(QCoreApplication::translate("PairingStore", "The pairing no longer exists."));
    PairingRecord p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.code = q.value(2).toString();
    p.themeId = q.value(3).toLongLong();
    p.themeName = q.value(4).toString();
    p.challenge = q.value(5).toString();
    p.status = q.value(6).toString();
    p.startDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    p.leadFacilitatorId = optionalId(q.value(8));
    p.createdAt = q.value(9).toString();
    p.updatedAt = q.value(10).toString();
    q.prepare(SelectMembers);
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return Status::failure(sqlErrorMessage(q.lastError()));
    while (q.next())
        p.cityIds << q.value(0).toLongLong();
    return p;
}

Result<qint64> PairingStore::resolve(const QString &idOrCode) const
{
    QSqlQuery q(m_db);
    bool isNumber = false;
    const qint64 id = idOrCode.trimmed().toLongLong(&isNumber);
    if (isNumber) {
        q.prepare(PairingById);
        q.bindValue(QStringLiteral(":id"), id);
    } else {
        q.prepare(PairingByCode);
        q.bindValue(QStringLiteral(":code"), idOrCode.trimmed());
    }
    if (!q.exec())
        return Status::failure(sqlErrorMessage(q.lastError()));
    if (!q.next())
        return Status::failure(QCoreApplication::translate("PairingStore",
            "No pairing with id or code “%1”.").arg(idOrCode.trimmed()));
    return q.value(0).toLongLong();
}

Status PairingStore::checkUniqueCode(const PairingRecord &pairing) const
{
    QSqlQuery q(m_db);
    q.prepare(SameCode);
    q.bindValue(QStringLiteral(":code"), pairing.code.trimmed());
    q.bindValue(QStringLiteral(":id"), pairing.id);
    if (!q.exec() || !q.next())
        return Status::failure(sqlErrorMessage(q.lastError()));
    if (q.value(0).toInt() > 0)
        return Status::failure(QCoreApplication::translate("PairingStore",
            "The code %1 is already used by another pairing.").arg(pairing.code.trimmed()));
    return {};
}

Status PairingStore::writeMembers(const PairingRecord &pairing)
{
    QSqlQuery q(m_db);
    q.prepare(SelectMembers);
    q.bindValue(QStringLiteral(":id"), pairing.id);
    if (!q.exec())
        return Status::failure(sqlErrorMessage(q.lastError()));
    QSet<qint64> existing;
    while (q.next())
        existing.insert(q.value(0).toLongLong());
    const QSet<qint64> wanted(pairing.cityIds.begin(), pairing.cityIds.end());

    // Only rows that really go are deleted: a member's pilot refers to its row.
    for (qint64 cityId : std::as_const(existing)) {
        if (wanted.contains(cityId))
            continue;
        q.prepare(DeleteMember);
        q.bindValue(QStringLiteral(":pairing_id"), pairing.id);
        q.bindValue(QStringLiteral(":city_id"), cityId);
        if (!q.exec())
            return Status::failure(isConstraintViolation(q.lastError())
                ? QCoreApplication::translate("PairingStore",
                      "A city with a pilot in this pairing cannot be removed from it.")
                : sqlErrorMessage(q.lastError()));
    }
    for (int position = 0; position < pairing.cityIds.size(); ++position) {
        const qint64 cityId = pairing.cityIds.at(position);
        if (!existing.contains(cityId)) {
            q.prepare(MissingCity);
            q.bindValue(QStringLiteral(":id"), cityId);
            if (!q.exec() || !q.next() || q.value(0).toInt() == 0)
                return Status::failure(QCoreApplication::translate("PairingStore",
                    "One of the member cities no longer exists."));
        }
        q.prepare(existing.contains(cityId) ? UpdateMemberPosition : InsertMember);
        q.bindValue(QStringLiteral(":pairing_id"), pairing.id);
        q.bindValue(QStringLiteral(":city_id"), cityId);
        q.bindValue(QStringLiteral(":position"), position);
        if (!q.exec())
            return Status::failure(sqlErrorMessage(q.lastError()));
    }
    return {};
}

// Validates the pairing, trims it and binds the values insert and update share.
Status PairingStore::prepareWrite(QSqlQuery &q, const QString &sql, PairingRecord &pairing) const
{
    if (Status s = Validation::pairing(pairing); !s)
        return s;
    if (Status s = checkUniqueCode(pairing); !s)
        return s;
    pairing.code = pairing.code.trimmed();
    pairing.challenge = pairing.challenge.trimmed();
    pairing.updatedAt = m_clock.nowIso();
    q.prepare(sql);
    q.bindValue(QStringLiteral(":code"), pairing.code);
    q.bindValue(QStringLiteral(":theme_id"), pairing.themeId);
    q.bindValue(QStringLiteral(":challenge"), pairing.challenge);
    q.bindValue(QStringLiteral(":status"), pairing.status);
    q.bindValue(QStringLiteral(":start_date"), nullableDate(pairing.startDate));
    q.bindValue(QStringLiteral(":lead_facilitator_id"), nullable(pairing.leadFacilitatorId));
    q.bindValue(QStringLiteral(":updated_at"), pairing.updatedAt);
    return {};
}

Result<qint64> PairingStore::insert(PairingRecord &pairing)
{
    QSqlQuery q(m_db);
    if (Status s = prepareWrite(q, InsertPairing, pairing); !s)
        return s;
    bindNewRow(q, pairing);
    if (!q.exec())
        return Status::failure(sqlErrorMessage(q.lastError()));
    pairing.id = q.lastInsertId().toLongLong();
    if (Status s = writeMembers(pairing); !s)
        return s;
    return pairing.id;
}

Status PairingStore::update(PairingRecord &pairing)
{
    QSqlQuery q(m_db);
    if (Status s = prepareWrite(q, UpdatePairing, pairing); !s)
        return s;
    q.bindValue(QStringLiteral(":id"), pairing.id);
    if (!q.exec())
        return Status::failure(sqlErrorMessage(q.lastError()));
    if (q.numRowsAffected() != 1)
        return Status::failure(QCoreApplication::translate("PairingStore", "The pairing no longer exists."));
    return writeMembers(pairing);
}

Status PairingStore::checkRemovable(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(UsesOfPairing);
    q.bindValue(QStringLiteral(":id1"), id);
    q.bindValue(QStringLiteral(":id2"), id);
    if (!q.exec() || !q.next())
        return Status::failure(sqlErrorMessage(q.lastError()));
    if (const int n = q.value(0).toInt(); n > 0)
        return Status::failure(QCoreApplication::translate("PairingStore",
            "Sessions in this pairing, with their minutes: %n. The pairing was not deleted; "
            "set its status to cancelled instead.", nullptr, n));
    if (const int n = q.value(1).toInt(); n > 0)
        return Status::failure(QCoreApplication::translate("PairingStore",
            "Pilots in this pairing: %n. The pairing was not deleted.", nullptr, n));
    return {};
}

Status PairingStore::remove(qint64 id)
{
    if (Status s = checkRemovable(id); !s)
        return s;
    QSqlQuery q(m_db);
    q.prepare(DeletePairing);
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return Status::failure(sqlErrorMessage(q.lastError()));
    return {};
}

QString PairingStore::suggestCode(qint64 themeId) const
{
    QSqlQuery q(m_db);
    q.prepare(ThemeCode);
    q.bindValue(QStringLiteral(":id"), themeId);
    if (!q.exec() || !q.next())
        return QString();
    const QString prefix = q.value(0).toString() + u'-';
    q.prepare(CodesLike);
    q.bindValue(QStringLiteral(":prefix"), prefix + u'%');
    int highest = 0;
    if (q.exec()) {
        while (q.next())
            highest = qMax(highest, q.value(0).toString().mid(prefix.size()).toInt());
    }
    return prefix + QStringLiteral("%1").arg(highest + 1, 2, 10, QLatin1Char('0'));
}
