#pragma once

#include <QDate>
#include <QDateTime>
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

// One block of a session's agenda. Its start is not stored: it follows from the session's
// start and the durations of the blocks before it.
struct AgendaItemRecord
{
    qint64 id = 0;
    QString uuid;
    QString title;
    std::optional<qint64> methodId;
    QString methodName; // read-only, joined from method
    int durationMinutes = 0;
    std::optional<qint64> ownerPersonId;
    QString objectives;
    QString notes;

    bool operator==(const AgendaItemRecord &o) const;
    bool operator!=(const AgendaItemRecord &o) const { return !(*this == o); }
};

struct SessionRecord
{
    qint64 id = 0;
    QString uuid;
    qint64 pairingId = 0;
    int sequence = 0; // 1, 2, ... within the pairing; 0 asks the store for the next one
    QString kind = QStringLiteral("sharing");
    QString title;
    QDateTime startUtc; // invalid while no time is set
    int durationMinutes = 90;
    QString mode = QStringLiteral("online");
    QString location; // venue of an in-person or hybrid session
    QString link;     // of an online or hybrid session
    QString venueTimeZone; // IANA id of the venue, for in-person sessions
    QString status = QStringLiteral("draft");
    QString objectives;
    QList<AgendaItemRecord> agenda; // in order
    QString createdAt;
    QString updatedAt;

    int agendaMinutes() const;
    bool operator==(const SessionRecord &o) const;
    bool operator!=(const SessionRecord &o) const { return !(*this == o); }
};

