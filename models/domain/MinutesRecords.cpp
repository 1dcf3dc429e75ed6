#include "MinutesRecords.h"

#include <tuple>

// Equality compares what a user can edit, so that an edit that changes nothing is dropped.
bool NoteRecord::operator==(const NoteRecord &o) const
{
    return std::tie(id, sessionId, agendaItemId, kind, body, cityId, position)
           == std::tie(o.id, o.sessionId, o.agendaItemId, o.kind, o.body, o.cityId, o.position);
}

bool AttendanceRecord::operator==(const AttendanceRecord &o) const
{
    return std::tie(sessionId, personId, status) == std::tie(o.sessionId, o.personId, o.status);
}

bool ActionItemRecord::isOverdue(const QDate &today) const
{
    const bool pending = status == QLatin1String("open") || status == QLatin1String("in_progress");
    return pending && dueDate.isValid() && today.isValid() && dueDate < today;
}

bool ActionItemRecord::operator==(const ActionItemRecord &o) const
{
    return std::tie(id, sessionId, noteId, description, ownerPersonId, cityId, dueDate, status, doneDate)
           == std::tie(o.id, o.sessionId, o.noteId, o.description, o.ownerPersonId, o.cityId, o.dueDate,
                       o.status, o.doneDate);
}
