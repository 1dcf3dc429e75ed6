#include "Seeder.h"

#include "SqlErrors.h"
#include "store/CityStore.h"
#include "store/PairingStore.h"
#include "store/ProgrammeQueries.h"
#include "store/SqlValues.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString InsertCountry = QStringLiteral("INSERT INTO country (code, name) VALUES (:code, :name)");
const QString InsertAlias = QStringLiteral(
    "INSERT INTO country_alias (alias, country_id) SELECT :alias, id FROM country WHERE code = :code");
const QString InsertTheme = QStringLiteral(
    "INSERT INTO theme (code, name, position) VALUES (:code, :name, :position)");
const QString InsertMethod = QStringLiteral(
    "INSERT INTO method (uuid, name, description, default_duration_minutes, builtin, created_at, updated_at)"
    " VALUES (:uuid, :name, :description, :minutes, 1, :now1, :now2)");
const QString InsertTemplate = QStringLiteral(
    "INSERT INTO session_template (uuid, name, kind, description, builtin, created_at, updated_at)"
    " VALUES (:uuid, :name, :kind, :description, 1, :now1, :now2)");
const QString InsertTemplateItem = QStringLiteral(
    "INSERT INTO session_template_item (template_id, position, title, method_id, duration_minutes, objectives)"
    " VALUES (:template_id, :position, :title, :method_id, :minutes, :objectives)");

Status seedError(const QString &what)
{
    return Status::failure(QStringLiteral("The programme's seed data is broken: %1").arg(what));
}

} // namespace

Seeder::Seeder(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

Status Seeder::seedProgramme()
{
    if (Status s = seedCountries(); !s)
        return s;
    return seedFromProgrammeFile();
}

Status Seeder::seedLibrary()
{
    QFile file(QStringLiteral(":/seed/library.json"));
    if (!file.open(QIODevice::ReadOnly))
        return seedError(QStringLiteral("library.json is missing"));
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return seedError(parseError.errorString());

    const QString now = m_clock.nowIso();
    QSqlQuery q(m_db);
    QHash<QString, qint64> methodIds;
    for (const QJsonValue &value : root.value(QLatin1String("methods")).toArray()) {
        const QJsonObject method = value.toObject();
        const QString name = method.value(QLatin1String("name")).toString();
        q.prepare(InsertMethod);
        q.bindValue(QStringLiteral(":uuid"), SqlValues::newUuid());
        q.bindValue(QStringLiteral(":name"), name);
        q.bindValue(QStringLiteral(":description"), method.value(QLatin1String("description")).toString());
        q.bindValue(QStringLiteral(":minutes"), method.value(QLatin1String("minutes")).toInt());
        q.bindValue(QStringLiteral(":now1"), now);
        q.bindValue(QStringLiteral(":now2"), now);
        if (!q.exec())
            return seedError(name + QStringLiteral(": ") + sqlErrorMessage(q.lastError()));
        methodIds.insert(name, q.lastInsertId().toLongLong());
    }
    for (const QJsonValue &value : root.value(QLatin1String("templates")).toArray()) {
        const QJsonObject object = value.toObject();
        const QString name = object.value(QLatin1String("name")).toString();
        q.prepare(InsertTemplate);
        q.bindValue(QStringLiteral(":uuid"), SqlValues::newUuid());
        q.bindValue(QStringLiteral(":name"), name);
        q.bindValue(QStringLiteral(":kind"), object.value(QLatin1String("kind")).toString());
        q.bindValue(QStringLiteral(":description"), object.value(QLatin1String("description")).toString());
        q.bindValue(QStringLiteral(":now1"), now);
        q.bindValue(QStringLiteral(":now2"), now);
        if (!q.exec())
            return seedError(name + QStringLiteral(": ") + sqlErrorMessage(q.lastError()));
        const qint64 templateId = q.lastInsertId().toLongLong();
        const QJsonArray items = object.value(QLatin1String("items")).toArray();
        for (int position = 0; position < items.size(); ++position) {
            const QJsonObject item = items.at(position).toObject();
            const QString method = item.value(QLatin1String("method")).toString();
            if (!methodIds.contains(method))
                return seedError(QStringLiteral("%1 names the unknown method %2").arg(name, method));
            q.prepare(InsertTemplateItem);
            q.bindValue(QStringLiteral(":template_id"), templateId);
            q.bindValue(QStringLiteral(":position"), position);
            q.bindValue(QStringLiteral(":title"), item.value(QLatin1String("title")).toString());
            q.bindValue(QStringLiteral(":method_id"), methodIds.value(method));
            q.bindValue(QStringLiteral(":minutes"), item.value(QLatin1String("minutes")).toInt());
            q.bindValue(QStringLiteral(":objectives"), SqlValues::nullableText(item.value(QLatin1String("objectives")).toString()));
            if (!q.exec())
                return seedError(name + QStringLiteral(": ") + sqlErrorMessage(q.lastError()));
        }
    }
    return {};
}

Status Seeder::seedCountries()
{
    QFile file(QStringLiteral(":/seed/countries.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return seedError(QStringLiteral("countries.tsv is missing"));
    QSqlQuery q(m_db);
    q.prepare(InsertCountry);
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList fields = line.split(u'\t');
        if (fields.size() != 2)
            return seedError(QStringLiteral("bad country line “%1”").arg(line));
        q.bindValue(QStringLiteral(":code"), fields.at(0).trimmed());
        q.bindValue(QStringLiteral(":name"), fields.at(1).trimmed());
        if (!q.exec())
            return Status::failure(sqlErrorMessage(q.lastError()));
    }
    return {};
}

Status Seeder::seedFromProgrammeFile()
{
    QFile file(QStringLiteral(":/seed/programme.json"));
    if (!file.open(QIODevice::ReadOnly))
        return seedError(QStringLiteral("programme.json is missing"));
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return seedError(parseError.errorString());

    QSqlQuery q(m_db);
    const QJsonObject aliases = root.value(QLatin1String("country_aliases")).toObject();
    for (auto it = aliases.begin(); it != aliases.end(); ++it) {
        q.prepare(InsertAlias);
        q.bindValue(QStringLiteral(":alias"), it.key());
        q.bindValue(QStringLiteral(":code"), it.value().toString());
        if (!q.exec() || q.numRowsAffected() != 1)
            return seedError(QStringLiteral("alias %1").arg(it.key()));
    }

    QHash<QString, qint64> themeIds;
    const QJsonArray themes = root.value(QLatin1String("themes")).toArray();
    for (int i = 0; i < themes.size(); ++i) {
        const QJsonObject theme = themes.at(i).toObject();
        q.prepare(InsertTheme);
        q.bindValue(QStringLiteral(":code"), theme.value(QLatin1String("code")).toString());
        q.bindValue(QStringLiteral(":name"), theme.value(QLatin1String("name")).toString());
        q.bindValue(QStringLiteral(":position"), i);
        if (!q.exec())
            return Status::failure(sqlErrorMessage(q.lastError()));
        themeIds.insert(theme.value(QLatin1String("code")).toString(), q.lastInsertId().toLongLong());
    }

    const ProgrammeQueries lookups(m_db);
    CityStore cities(m_db, m_clock);
    QHash<QString, qint64> cityIds;
    for (const QJsonValue &value : root.value(QLatin1String("cities")).toArray()) {
        const QJsonObject object = value.toObject();
        CityRecord city;
        city.name = object.value(QLatin1String("name")).toString();
        city.timeZone = object.value(QLatin1String("time_zone")).toString();
        const auto country = lookups.countryByCode(object.value(QLatin1String("country")).toString());
        if (!country)
            return seedError(city.name + QStringLiteral(": ") + country.error());
        city.countryId = country.value();
        const auto id = cities.insert(city);
        if (!id)
            return seedError(city.name + QStringLiteral(": ") + id.error());
        cityIds.insert(city.name, id.value());
    }

    PairingStore pairings(m_db, m_clock);
    for (const QJsonValue &value : root.value(QLatin1String("pairings")).toArray()) {
        const QJsonObject object = value.toObject();
        PairingRecord pairing;
        pairing.code = object.value(QLatin1String("code")).toString();
        pairing.themeId = themeIds.value(object.value(QLatin1String("theme")).toString());
        pairing.challenge = object.value(QLatin1String("challenge")).toString();
        for (const QJsonValue &name : object.value(QLatin1String("cities")).toArray()) {
            if (!cityIds.contains(name.toString()))
                return seedError(QStringLiteral("%1 names the unknown city %2")
                                     .arg(pairing.code, name.toString()));
            pairing.cityIds << cityIds.value(name.toString());
        }
        if (const auto id = pairings.insert(pairing); !id)
            return seedError(pairing.code + QStringLiteral(": ") + id.error());
    }
    return {};
}
