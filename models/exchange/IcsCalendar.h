#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

// One session as a calendar client sees it: a VEVENT with times in UTC.
struct CalendarEvent
{
    QString uid;            // stable across exports, e.g. "<session uuid>@city2city.utm" — the caller provides it
    QDateTime startUtc;     // Qt::UTC
    int durationMinutes = 0;
    QString summary;        // "E-04 Ann Arbor · Lviv — Session 2: Sharing"
    QString location;       // venue, or empty
    QString url;            // online link, or empty
    QString description;    // multi-line text: agenda and local start times per city
    QString status;         // "CONFIRMED", "TENTATIVE" or "CANCELLED"
    int sequence = 0;       // bumps when the event changes (caller decides)
    QDateTime stampUtc;     // DTSTAMP; the caller passes its clock's now
};

// Writes and reads iCalendar (RFC 5545) files through libical, for subscribing to or importing
// a programme's sessions in any calendar client.
namespace IcsCalendar {
// A VCALENDAR (PRODID "-//UTM City2City//Facilitator//EN", VERSION 2.0, METHOD PUBLISH, X-WR-CALNAME) holding one VEVENT per event.
// Deterministic: the same input gives the same bytes; times are written to the second. Checks
// nothing: writeFile() refuses events that would make a calendar parse() rejects. Empty texts and
// statuses are left out, and DTEND when the duration is not positive (the event then ends when it
// starts, RFC 5545 3.6.1).
QByteArray write(const QList<CalendarEvent> &events, const QString &calendarName);
// Writes atomically (QSaveFile): the target is either the new calendar or what it was before.
// Refuses, writing nothing, an empty list and events without UID, start or DTSTAMP, with a
// negative duration, an unknown status or a UID used twice.
Status writeFile(const QString &path, const QList<CalendarEvent> &events,
                 const QString &calendarName);
// Parses a calendar back (for tests and, later, import); a broken file gives a clear message.
// Times given in a zone (TZID, with or without VTIMEZONE) come back in UTC; all-day events,
// floating times and unknown zones are refused, as is text that is not UTF-8. libical 3.0 strips
// blanks at both ends of each value, so "  Session 2 " comes back as "Session 2".
Result<QList<CalendarEvent>> parse(const QByteArray &ics);
} // namespace IcsCalendar
