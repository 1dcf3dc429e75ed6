#include "ProgrammeQueries.h"

#include "database/SqlErrors.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString CountThemes = QStringLiteral("SELECT count(*) FROM theme");
const QString CountPairings = QStringLiteral("SELECT count(*) FROM pairing");
const QString CountCities = QStringLiteral("SELECT count(*) FROM city");
const QString CountCountries = QStringLiteral("SELECT count(DISTINCT country_id) FROM city");
const QString CountByTheme = QStringLiteral(
    "SELECT t.id, t.code, t.name,"
    " (SELECT count(*) FROM pairing p WHERE p.theme_id = t.id),"
    " (SELECT count(DISTINCT pc.city_id) FROM pairing_city pc"
    "   JOIN pairing p ON p.id = pc.pairing_id WHERE p.theme_id = t.id)"
    " FROM theme t ORDER BY t.position, t.name");

const QString ListPairings = QStringLiteral(
    "SELECT p.id, p.code, t.name, p.challenge, p.status FROM pairing p"
    " JOIN theme t ON t.id = p.theme_id ORDER BY t.position, p.code");

const QString ListPairingsOfTheme = QStringLiteral(
    "SELECT p.id, p.code, t.name, p.challenge, p.status FROM pairing p"
    " JOIN theme t ON t.id = p.theme_id"
    " WHERE lower(t.code) = lower(:code) OR lower(t.name) = lower(:name)"
    " ORDER BY t.position, p.code");

const QString OnePairing = QStringLiteral(
    "SELECT p.id, p.code, t.name, p.challenge, p.status FROM pairing p"
    " JOIN theme t ON t.id = p.theme_id WHERE p.id = :id");

const QString ListMembers = QStringLiteral(
    "SELECT pc.pairing_id, c.id, c.name, co.code, co.name, c.time_zone FROM pairing_city pc"
    " JOIN city c ON c.id = pc.city_id JOIN country co ON co.id = c.country_id"
    " ORDER BY pc.pairing_id, pc.position, pc.id");

const QString MembersOfPairing = QStringLiteral(
    "SELECT pc.pairing_id, c.id, c.name, co.code, co.name, c.time_zone FROM pairing_city pc"
    " JOIN city c ON c.id = pc.city_id JOIN country co ON co.id = c.country_id"
    " WHERE pc.pairing_id = :id ORDER BY pc.position, pc.id");

const QString ThemeChoices = QStringLiteral("SELECT id, name, code FROM theme ORDER BY position, name");
const QString CountryChoices = QStringLiteral("SELECT id, name, code FROM country ORDER BY name");
const QString FacilitatorChoices = QStringLiteral(
    "SELECT id, name, '' FROM person WHERE role = 'facilitator' ORDER BY search_key, id");
const QString CityChoices = QStringLiteral(
    "SELECT c.id, c.name || ' (' || co.code || ')', co.code FROM city c"
    " JOIN country co ON co.id = c.country_id ORDER BY c.search_key, c.id");

const QString PersonChoices = QStringLiteral(
    "SELECT p.id, p.name || coalesce(' (' || c.name || ')', ''), p.role FROM person p"
    " LEFT JOIN city c ON c.id = p.city_id ORDER BY p.search_key, p.id");
const QString PairingChoices = QStringLiteral(
    "SELECT p.id, p.code || ' ' || coalesce((SELECT group_concat(name, ' · ') FROM"
    " (SELECT c.name AS name FROM pairing_city pc JOIN city c ON c.id = pc.city_id"
    "  WHERE pc.pairing_id = p.id ORDER BY pc.position, pc.id) AS members), ''), p.code"
    " FROM pairing p JOIN theme t ON t.id = p.theme_id ORDER BY t.position, p.code");
const QString MethodChoices = QStringLiteral(
    "SELECT id, name, coalesce(default_duration_minutes, 0) FROM method ORDER BY name");
const QString CountCycleSessions = QStringLiteral(
    "SELECT count(*), coalesce(sum(CASE WHEN status IN ('scheduled', 'held') THEN 1 ELSE 0 END), 0)"
    " FROM session WHERE pairing_id = :id");

const QString CountryByCode = QStringLiteral(
    "SELECT id FROM country WHERE code = upper(:code)"
    " UNION ALL SELECT country_id FROM country_alias WHERE alias = upper(:alias)");

// The count sql gives; 0, and the first failure's message in *error, when it fails.
int countOf(QSqlDatabase db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        if (error->isEmpty())
            *error = sqlErrorMessage(q.lastError());
        return 0;
    }
    return q.value(0).toInt();
}

ProgrammeQueries::MemberCity memberFrom(const QSqlQuery &q)
{
    return {q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toString()};
}

} // namespace

ProgrammeQueries::ProgrammeQueries(QSqlDatabase db) : m_db(std::move(db)) {}

Result<ProgrammeQueries::Summary> ProgrammeQueries::totals() const
{
    Summary s;
    QString error;
    s.themes = countOf(m_db, CountThemes, &error);
    s.pairings = countOf(m_db, CountPairings, &error);
    s.cities = countOf(m_db, CountCities, &error);
    s.countries = countOf(m_db, CountCountries, &error);
    if (!error.isEmpty())
        return Status::failure(error);
    return s;
}

Result<ProgrammeQueries::Summary> ProgrammeQueries::summary() const
{
    auto totalsRead = totals();
    if (!totalsRead)
        return totalsRead;
    Summary s = std::move(totalsRead).value();
    QSqlQuery q(m_db);
    if (!q.exec(CountByTheme))
        return Status::failure(sqlErrorMessage(q.lastError()));
    while (q.next())
        s.byTheme.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toInt(), q.value(4).toInt()});
    return s;
}

Result<QList<ProgrammeQueries::PairingListing>> ProgrammeQueries::pairings(const QString &themeFilter) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString theme = themeFilter.trimmed();
    q.prepare(theme.isEmpty() ? ListPairings : ListPairingsOfTheme);
    if (!theme.isEmpty()) {
        q.bindValue(QStringLiteral(":code"), theme);
        q.bindValue(QStringLiteral(":name"), theme);
    }
    if (!q.exec())
        return Status::failure(sqlErrorMessage(q.lastError()));
    QList<PairingListing> list;
    QHash<qint64, int> rowOf;
    while (q.next()) {
        rowOf.insert(q.value(0).toLongLong(), int(list.size()));
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), {}});
    }
    if (!q.exec(ListMembers))
        return Status::failure(sqlErrorMessage(q.lastError()));
    while (q.next()) {
        const auto row = rowOf.constFind(q.value(0).toLongLong());
        if (row != rowOf.constEnd())
            list[*row].cities.append(memberFrom(q));
    }
    return list;
}

Result<ProgrammeQueries::PairingListing> ProgrammeQueries::pairing(qint64 pairingId) const
{
    QSqlQuery q(m_db);
    q.prepare(OnePairing);
    q.bindValue(QStringLiteral(":id"), pairingId);
    if (!q.exec())
        return Status::failure(sqlErrorMessage(q.lastError()));
    if (!q.next())
        return Status::failure(QCoreApplication::translate("ProgrammeQueries", "The pairing no longer exists."));
    PairingListing listing{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString(), q.value(4).toString(), {}};
    auto members = membersOf(pairingId);
    if (!members)
        return members.status();
    listing.cities = members.value();
    return listing;
}

Result<QList<ProgrammeQueries::MemberCity>> ProgrammeQueries::membersOf(qint64 pairingId) const
{
    QSqlQuery q(m_db);
    q.prepare(MembersOfPairing);
    q.bindValue(QStringLiteral(":id"), pairingId);
    if (!q.exec())
        return Status::failure(sqlErrorMessage(q.lastError()));
    QList<MemberCity> members;
    while (q.next())
        members.append(memberFrom(q));
    return members;
}

Result<QList<ProgrammeQueries::Choice>> ProgrammeQueries::choices(const QString &sql) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return Status::failure(sqlErrorMessage(q.lastError()));
    QList<Choice> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return list;
}

Result<QList<ProgrammeQueries::Choice>> ProgrammeQueries::themes() const { return choices(ThemeChoices); }
Result<QList<ProgrammeQueries::Choice>> ProgrammeQueries::countries() const { return choices(CountryChoices); }
Result<QList<ProgrammeQueries::Choice>> ProgrammeQueries::facilitators() const { return choices(FacilitatorChoices); }
Result<QList<ProgrammeQueries::Choice>> ProgrammeQueries::cities() const { return choices(CityChoices); }

Result<QList<ProgrammeQueries::Choice>> ProgrammeQueries::people() const { return choices(PersonChoices); }
Result<QList<ProgrammeQueries::Choice>> ProgrammeQueries::pairingChoices() const { return choices(PairingChoices); }
Result<QList<ProgrammeQueries::Choice>> ProgrammeQueries::methods() const { return choices(MethodChoices); }

Result<ProgrammeQueries::CycleProgress> ProgrammeQueries::cycleProgress(qint64 pairingId) const
{
    QSqlQuery q(m_db);
    q.prepare(CountCycleSessions);
    q.bindValue(QStringLiteral(":id"), pairingId);
    if (!q.exec() || !q.next())
        return Status::failure(sqlErrorMessage(q.lastError()));
    return CycleProgress{q.value(0).toInt(), q.value(1).toInt()};
}

Result<qint64> ProgrammeQueries::countryByCode(const QString &code) const
{
    QSqlQuery q(m_db);
    q.prepare(CountryByCode);
    q.bindValue(QStringLiteral(":code"), code.trimmed());
    q.bindValue(QStringLiteral(":alias"), code.trimmed());
    if (!q.exec())
        return Status::failure(sqlErrorMessage(q.lastError()));
    if (!q.next())
        return Status::failure(QCoreApplication::translate("ProgrammeQueries",
            "Unknown country code “%1”.").arg(code.trimmed()));
    return q.value(0).toLongLong();
}
