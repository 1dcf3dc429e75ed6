#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// Plain values of the rows a facilitator edits. Unknown facts are std::nullopt (NULL), never
// a made-up default.

struct CityRecord
{
    qint64 id = 0;
    QString uuid;
    QString name;
    qint64 countryId = 0;
    QString countryCode; // read-only, joined from country
    QString countryName; // read-only, joined from country
    std::optional<qint64> population;
    std::optional<bool> gcomSignatory;
    QString planType; // SECAP, SEACAP, CAP, ... ; empty when unknown
    std::optional<bool> planCitywide;
    QString timeZone; // IANA id
    QString cohortStatus; // member, joining, former; empty when unknown
    QString createdAt;
    QString updatedAt;

    bool operator==(const CityRecord &o) const;
    bool operator!=(const CityRecord &o) const { return !(*this == o); }
};

struct PersonRecord
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString organisation;
    QString role = QStringLiteral("city_representative");
    std::optional<qint64> cityId;
    QString cityName; // read-only, joined from city
    QString email;
    QString createdAt;
    QString updatedAt;

    bool operator==(const PersonRecord &o) const;
    bool operator!=(const PersonRecord &o) const { return !(*this == o); }
};

struct PairingRecord
{
    qint64 id = 0;
    QString uuid;
    QString code;
    qint64 themeId = 0;
    QString themeName; // read-only, joined from theme
    QString challenge;
    QString status = QStringLiteral("active");
    QDate startDate;
    std::optional<qint64> leadFacilitatorId;
    QList<qint64> cityIds; // member cities, in order
    QString createdAt;
    QString updatedAt;

    bool operator==(const PairingRecord &o) const;
    bool operator!=(const PairingRecord &o) const { return !(*this == o); }
};
