#include "CityStore.h"

#include "SqlValues.h"
#include "StagedInsert.h"
#include "core/TextKey.h"
#include "database/SqlErrors.h"
#include "domain/Validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace SqlValues;

namespace {

const QString SelectCity = QStringLiteral(
    "SELECT c.id, c.uuid, c.name, c.country_id, co.code, co.name, c.population, c.gcom_signatory,"
    " c.plan_type, c.plan_citywide, c.time_zone, c.cohort_status, c.created_at, c.updated_at"
    " FROM city c JOIN country co ON co.id = c.country_id WHERE c.id = :id");

const QStringList CityColumns = {
    QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("name"), QStringLiteral("search_key"),
    QStringLiteral("country_id"), QStringLiteral("population"), QStringLiteral("gcom_signatory"),
    QStringLiteral("plan_type"), QStringLiteral("plan_citywide"), QStringLiteral("time_zone"),
    QStringLiteral("cohort_status"), QStringLiteral("created_at"), QStringLiteral("updated_at")};
const QString InsertCity = insertStatement(QStringLiteral("city"), CityColumns);

const QString UpdateCity = QStringLiteral(
    "UPDATE city SET name = :name, search_key = :search_key, country_id = :country_id,"
    " population = :population, gcom_signatory = :gcom_signatory, plan_type = :plan_type,"
    " plan_citywide = :plan_citywide, time_zone = :time_zone, cohort_status = :cohort_status,"
    " updated_at = :updated_at WHERE id = :id");

const QString DeleteCity = QStringLiteral("DELETE FROM city WHERE id = :id");

const QString CountryName = QStringLiteral("SELECT name FROM country WHERE id = :id");

const QString SameNameInCountry = QStringLiteral(
    "SELECT count(*) FROM city WHERE name = :name AND country_id = :country_id AND id <> :id");

const QString PairingsOfCity = QStringLiteral(
    "SELECT p.code FROM pairing_city pc JOIN pairing p ON p.id = pc.pairing_id"
    " WHERE pc.city_id = :id ORDER BY p.code");

const QString PeopleOfCity = QStringLiteral("SELECT count(*) FROM person WHERE city_id = :id");

// Working hours go with a deleted city (ON DELETE CASCADE): an undone import must not take
// any that were set since. Other references make the DELETE fail (foreign keys).
const QString HoursOfCities = QStringLiteral(
    "SELECT count(*) FROM city_working_hours WHERE city_id IN (SELECT value FROM json_each(:ids))");
const QString DeleteCities = QStringLiteral(
    "DELETE FROM city WHERE id IN (SELECT value FROM json_each(:ids))");

QString searchKey(const CityRecord &city, const QString &countryName)
{
    return TextKey::fold(city.name + u' ' + countryName + u' ' + city.timeZone);
}

} // namespace

CityStore::CityStore(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

Result<CityRecord> CityStore::fetch(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(SelectCity);
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return Status::failure(sqlErrorMessage(q.lastError()));
    if (!q.next())
        return Status::failure(QCoreApplication::translate("CityStore", "The city no longer exists."));
    CityRecord c;
    c.id = q.value(0).toLongLong();
    c.uuid = q.value(1).toString();
    c.name = q.value(2).toString();
    c.countryId = q.value(3).toLongLong();
    c.countryCode = q.value(4).toString();
    c.countryName = q.value(5).toString();
    c.population = optionalId(q.value(6));
    c.gcomSignatory = optionalBool(q.value(7));
    c.planType = q.value(8).toString();
    c.planCitywide = optionalBool(q.value(9));
    c.timeZone = q.value(10).toString();
    c.cohortStatus = q.value(11).toString();
    c.createdAt = q.value(12).toString();
    c.updatedAt = q.value(13).toString();
    return c;
}

Status CityStore::checkUnique(const CityRecord &city) const
{
    QSqlQuery q(m_db);
    q.prepare(SameNameInCountry);
    q.bindValue(QStringLiteral(":name"), city.name.trimmed());
    q.bindValue(QStringLiteral(":country_id"), city.countryId);
    q.bindValue(QStringLiteral(":id"), city.id);
    if (!q.exec() || !q.next())
        return Status::failure(sqlErrorMessage(q.lastError()));
    if (q.value(0).toInt() > 0)
        return Status::failure(QCoreApplication::translate("CityStore",
            "There is already a city named %1 in this country.").arg(city.name.trimmed()));
    return {};
}

// Validates the city, trims it and binds the values insert and update share.
Status CityStore::prepareWrite(QSqlQuery &q, const QString &sql, CityRecord &city) const
{
    if (Status s = Validation::city(city); !s)
        return s;
    if (Status s = checkUnique(city); !s)
        return s;
    q.prepare(CountryName);
    q.bindValue(QStringLiteral(":id"), city.countryId);
    if (!q.exec() || !q.next())
        return Status::failure(QCoreApplication::translate("CityStore", "Unknown country."));
    const QString countryName = q.value(0).toString();

    q.prepare(sql);
    bindFields(q, city, countryName);
    return {};
}

template <typename Query>
void CityStore::bindFields(Query &q, CityRecord &city, const QString &countryName) const
{
    city.name = city.name.trimmed();
    city.timeZone = city.timeZone.trimmed();
    city.updatedAt = m_clock.nowIso();
    q.bindValue(QStringLiteral(":name"), city.name);
    q.bindValue(QStringLiteral(":search_key"), searchKey(city, countryName));
    q.bindValue(QStringLiteral(":country_id"), city.countryId);
    q.bindValue(QStringLiteral(":population"), nullable(city.population));
    q.bindValue(QStringLiteral(":gcom_signatory"), nullable(city.gcomSignatory));
    q.bindValue(QStringLiteral(":plan_type"), nullableText(city.planType));
    q.bindValue(QStringLiteral(":plan_citywide"), nullable(city.planCitywide));
    q.bindValue(QStringLiteral(":time_zone"), city.timeZone);
    q.bindValue(QStringLiteral(":cohort_status"), nullableText(city.cohortStatus));
    q.bindValue(QStringLiteral(":updated_at"), city.updatedAt);
}

Result<qint64> CityStore::insert(CityRecord &city)
{
    QSqlQuery q(m_db);
    if (Status s = prepareWrite(q, InsertCity, city); !s)
        return s;
    bindNewRow(q, city);
    if (!q.exec())
        return Status::failure(sqlErrorMessage(q.lastError()));
    city.id = q.lastInsertId().toLongLong();
    return city.id;
}

Status CityStore::update(CityRecord &city)
{
    QSqlQuery q(m_db);
    if (Status s = prepareWrite(q, UpdateCity, city); !s)
        return s;
    q.bindValue(QStringLiteral(":id"), city.id);
    if (!q.exec())
        return Status::failure(sqlErrorMessage(q.lastError()));
    if (q.numRowsAffected() != 1)
        return Status::failure(QCoreApplication::translate("CityStore", "The city no longer exists."));
    return {};
}

Status CityStore::checkRemovable(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(PairingsOfCity);
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return Status::failure(sqlErrorMessage(q.lastError()));
    QStringList codes;
    while (q.next())
        codes << q.value(0).toString();
    if (!codes.isEmpty())
        return Status::failure(QCoreApplication::translate("CityStore",
            "This city is a member of pairing %1; remove it from there first.")
                .arg(codes.join(QStringLiteral(", "))));
    q.prepare(PeopleOfCity);
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return Status::failure(sqlErrorMessage(q.lastError()));
    if (const int people = q.value(0).toInt(); people > 0)
        return Status::failure(QCoreApplication::translate("CityStore",
            "People who belong to this city: %n. Change or delete them first.", nullptr, people));
    return {};
}

Status CityStore::remove(qint64 id)
{
    if (Status s = checkRemovable(id); !s)
        return s;
    QSqlQuery q(m_db);
    q.prepare(DeleteCity);
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return Status::failure(sqlErrorMessage(q.lastError()));
    return {};
}

Status CityStore::insertAll(QList<CityRecord> &cities)
{
    QHash<qint64, QString> countryNames;
    QSqlQuery country(m_db);
    country.prepare(CountryName);
    StagedInsert staged(m_db, QStringLiteral("city"), CityColumns);
    for (CityRecord &city : cities) {
        if (Status s = Validation::city(city); !s)
            return Status::failure(QStringLiteral("%1: %2").arg(city.name.trimmed(), s.error()));
        auto name = countryNames.find(city.countryId);
        if (name == countryNames.end()) {
            country.bindValue(QStringLiteral(":id"), city.countryId);
            if (!country.exec() || !country.next())
                return Status::failure(QCoreApplication::translate("CityStore", "Unknown country."));
            name = countryNames.insert(city.countryId, country.value(0).toString());
            country.finish();
        }
        if (city.uuid.isEmpty())
            city.uuid = newBatchUuid();
        bindFields(staged.row(), city, *name);
        bindNewRow(staged.row(), city);
        if (Status s = staged.add(); !s)
            return s;
    }
    const auto ids = staged.copy();
    if (!ids) {
        // The import's check compared names with the database; another window or program may
        // have added one of them since.
        if (staged.lastError().databaseText().contains(QLatin1String("city.name")))
            return Status::failure(QCoreApplication::translate("CityStore",
                "A city of this file has been added to the database since the file was checked; "
                "nothing was imported. Check the file again."));
        return ids.status();
    }
    for (qsizetype i = 0; i < cities.size(); ++i)
        cities[i].id = ids.value().at(i);
    return {};
}

Status CityStore::removeAll(const QList<qint64> &ids)
{
    QSqlQuery q(m_db);
    q.prepare(HoursOfCities);
    q.bindValue(QStringLiteral(":ids"), idArray(ids));
    if (!q.exec() || !q.next())
        return Status::failure(sqlErrorMessage(q.lastError()));
    const QString inUse = QCoreApplication::translate("CityStore",
        "Some of these cities are used now (by pairings, people, minutes or working hours); "
        "they were not removed.");
    if (q.value(0).toInt() > 0)
        return Status::failure(inUse);
    q.prepare(DeleteCities);
    q.bindValue(QStringLiteral(":ids"), idArray(ids));
    if (!q.exec())
        return Status::failure(isConstraintViolation(q.lastError()) ? inUse : sqlErrorMessage(q.lastError()));
    if (q.numRowsAffected() != ids.size())
        return Status::failure(QCoreApplication::translate("CityStore",
            "Some of these cities no longer exist; nothing was removed."));
    return {};
}
