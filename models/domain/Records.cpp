#include "Records.h"

#include <tuple>

// Equality compares what a user can edit, so that an edit that changes nothing is dropped.
bool CityRecord::operator==(const CityRecord &o) const
{
    return std::tie(id, name, countryId, population, gcomSignatory, planType, planCitywide,
                    timeZone, cohortStatus)
           == std::tie(o.id, o.name, o.countryId, o.population, o.gcomSignatory, o.planType,
                       o.planCitywide, o.timeZone, o.cohortStatus);
}

bool PersonRecord::operator==(const PersonRecord &o) const
{
    return std::tie(id, name, organisation, role, cityId, email)
           == std::tie(o.id, o.name, o.organisation, o.role, o.cityId, o.email);
}

bool PairingRecord::operator==(const PairingRecord &o) const
{
    return std::tie(id, code, themeId, challenge, status, startDate, leadFacilitatorId, cityIds)
           == std::tie(o.id, o.code, o.themeId, o.challenge, o.status, o.startDate,
                       o.leadFacilitatorId, o.cityIds);
}

bool AgendaItemRecord::operator==(const AgendaItemRecord &o) const
{
    return std::tie(id, title, methodId, durationMinutes, ownerPersonId, objectives, notes)
           == std::tie(o.id, o.title, o.methodId, o.durationMinutes, o.ownerPersonId, o.objectives,
                       o.notes);
}

int SessionRecord::agendaMinutes() const
{
    int total = 0;
    for (const AgendaItemRecord &item : agenda)
        total += item.durationMinutes;
    return total;
}

bool SessionRecord::operator==(const SessionRecord &o) const
{
    return std::tie(id, pairingId, sequence, kind, title, startUtc, durationMinutes, mode, location,
                    link, venueTimeZone, status, objectives, agenda)
           == std::tie(o.id, o.pairingId, o.sequence, o.kind, o.title, o.startUtc, o.durationMinutes,
                       o.mode, o.location, o.link, o.venueTimeZone, o.status, o.objectives, o.agenda);
}
