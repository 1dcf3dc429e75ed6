#include "IcsCalendar.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QSet>
#include <QStringDecoder>

#include <libical/ical.h>

#include <memory>
#include <optional>
#include <utility>

namespace {

const char ProductId[] = "-//UTM City2City//Facilitator//EN";

struct ComponentFree
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
// Owns a component tree; properties and subcomponents added to it are freed with it.
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentFree>;

struct StatusName
{
    const char *name;
    icalproperty_status status;
};
// The statuses RFC 5545 allows on a VEVENT.
const StatusName EventStatuses[] = {
    {"CONFIRMED", ICAL_STATUS_CONFIRMED},
    {"TENTATIVE", ICAL_STATUS_TENTATIVE},
    {"CANCELLED", ICAL_STATUS_CANCELLED},
};

std::optional<icalproperty_status> eventStatus(const QString &name)
{
    for (const StatusName &known : EventStatuses) {
        if (name == QLatin1String(known.name))
            return known.status;
    }
    return std::nullopt;
}

icaltimetype toIcalUtc(const QDateTime &instant)
{
    return icaltime_from_timet_with_zone(static_cast<time_t>(instant.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

// libical copies the text, so the temporary QByteArray may go right after the call.
void addText(icalcomponent *component, icalproperty *(*make)(const char *), const QString &text)
{
    if (!text.isEmpty())
        icalcomponent_add_property(component, make(text.toUtf8().constData()));
}

icalcomponent *newEvent(const CalendarEvent &event)
{
    icalcomponent *vevent = icalcomponent_new_vevent();
    addText(vevent, icalproperty_new_uid, event.uid);
    if (event.stampUtc.isValid())
        icalcomponent_add_property(vevent, icalproperty_new_dtstamp(toIcalUtc(event.stampUtc)));
    icalcomponent_add_property(vevent, icalproperty_new_sequence(event.sequence));
    if (event.startUtc.isValid()) {
        icalcomponent_add_property(vevent, icalproperty_new_dtstart(toIcalUtc(event.startUtc)));
        if (event.durationMinutes > 0) {
            const QDateTime end = event.startUtc.addSecs(qint64(event.durationMinutes) * 60);
            icalcomponent_add_property(vevent, icalproperty_new_dtend(toIcalUtc(end)));
        }
    }
    addText(vevent, icalproperty_new_summary, event.summary);
    addText(vevent, icalproperty_new_location, event.location);
    addText(vevent, icalproperty_new_url, event.url);
    // libical drops a lone CR, which would glue two lines together.
    QString description = event.description;
    description.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'\r', u'\n');
    addText(vevent, icalproperty_new_description, description);
    if (const std::optional<icalproperty_status> status = eventStatus(event.status))
        icalcomponent_add_property(vevent, icalproperty_new_status(*status));
    return vevent;
}

Status checkEvents(const QList<CalendarEvent> &events)
{
    if (events.isEmpty()) {
        return Status::failure(QCoreApplication::translate(
            "IcsCalendar", "There are no sessions to put in the calendar."));
    }
    QSet<QString> uids;
    for (const CalendarEvent &event : events) {
        const QString name = event.summary.isEmpty() ? event.uid : event.summary;
        if (event.uid.trimmed().isEmpty()) {
            return Status::failure(
                QCoreApplication::translate("IcsCalendar", "The event “%1” has no UID.").arg(name));
        }
        if (uids.contains(event.uid)) {
            return Status::failure(
                QCoreApplication::translate("IcsCalendar", "Two events share the UID %1.")
                    .arg(event.uid));
        }
        uids.insert(event.uid);
        if (!event.startUtc.isValid()) {
            return Status::failure(
                QCoreApplication::translate("IcsCalendar", "The event “%1” has no start time.")
                    .arg(name));
        }
        if (event.durationMinutes < 0) {
            return Status::failure(QCoreApplication::translate(
                                       "IcsCalendar", "The event “%1” has a negative duration.")
                                       .arg(name));
        }
        if (!event.stampUtc.isValid()) {
            return Status::failure(QCoreApplication::translate(
                                       "IcsCalendar", "The event “%1” has no time stamp (DTSTAMP).")
                                       .arg(name));
        }
        if (!event.status.isEmpty() && !eventStatus(event.status)) {
            return Status::failure(QCoreApplication::translate(
                                       "IcsCalendar", "The event “%1” has an unknown status “%2”.")
                                       .arg(name, event.status));
        }
    }
    return {};
}

// The text of the first X-LIC-ERROR the parser left in the tree, or null. The pointer belongs
// to the property.
const char *firstParseError(icalcomponent *component)
{
    if (icalproperty *error = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY))
        return icalproperty_get_xlicerror(error);
    for (icalcomponent *child = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT);
         child; child = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT)) {
        if (const char *text = firstParseError(child))
            return text;
    }
    return nullptr;
}

// Collected first: libical's child iterator lives in the parent and nested walks would reset it.
QList<icalcomponent *> children(icalcomponent *parent, icalcomponent_kind kind)
{
    QList<icalcomponent *> found;
    for (icalcomponent *child = icalcomponent_get_first_component(parent, kind); child;
         child = icalcomponent_get_next_component(parent, kind)) {
        found.append(child);
    }
    return found;
}

// The UTC instant of a DTSTART or DTEND that icalcomponent_get_dtstart/_dtend resolved; property
// is the one carrying the TZID (DTSTART when DTEND comes from DURATION).
Result<QDateTime> toUtc(icaltimetype time, icalproperty *property, const QString &uid)
{
    if (time.is_date) {
        return Result<QDateTime>::failure(
            QCoreApplication::translate(
                "IcsCalendar",
                "The event %1 is an all-day event; only events with a start time can be read.")
                .arg(uid));
    }
    if (!time.zone) {
        // UTC times carry libical's UTC zone, and zones it could resolve their own.
        if (icalparameter *tzid = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER)) {
            return Result<QDateTime>::failure(
                QCoreApplication::translate("IcsCalendar",
                                            "The event %1 uses the unknown time zone “%2”.")
                    .arg(uid, QString::fromUtf8(icalparameter_get_tzid(tzid))));
        }
        return Result<QDateTime>::failure(
            QCoreApplication::translate("IcsCalendar",
                                        "The event %1 has a time without a time zone.")
                .arg(uid));
    }
    const icaltimetype utc = icaltime_convert_to_zone(time, icaltimezone_get_utc_timezone());
    const QDateTime instant(QDate(utc.year, utc.month, utc.day),
                            QTime(utc.hour, utc.minute, utc.second), Qt::UTC);
    // libical reads "20273001T140000Z" (month 30) without complaint.
    if (!instant.isValid()) {
        return Result<QDateTime>::failure(
            QCoreApplication::translate("IcsCalendar", "The event %1 has an impossible date or time.")
                .arg(uid));
    }
    return instant;
}

QDateTime stampToUtc(icaltimetype time)
{
    if (icaltime_is_null_time(time) || time.is_date)
        return {};
    const icaltimetype utc =
        time.zone ? icaltime_convert_to_zone(time, icaltimezone_get_utc_timezone()) : time;
    return QDateTime(QDate(utc.year, utc.month, utc.day), QTime(utc.hour, utc.minute, utc.second),
                     Qt::UTC);
}

// The unescaped text of the first property of that kind, or empty; libical keeps the bytes.
QString textOf(icalcomponent *vevent, icalproperty_kind kind,
               const char *(*get)(const icalproperty *))
{
    icalproperty *property = icalcomponent_get_first_property(vevent, kind);
    return property ? QString::fromUtf8(get(property)) : QString();
}

QString statusOf(icalcomponent *vevent)
{
    icalproperty *property = icalcomponent_get_first_property(vevent, ICAL_STATUS_PROPERTY);
    if (!property)
        return {};
    // The status's name, also for values outside the enum; a new buffer that is ours to free.
    char *text = icalproperty_get_value_as_string_r(property);
    QString status = QString::fromUtf8(text);
    icalmemory_free_buffer(text);
    return status;
}

Result<CalendarEvent> readEvent(icalcomponent *vevent)
{
    CalendarEvent event;
    event.uid = QString::fromUtf8(icalcomponent_get_uid(vevent));
    event.summary = textOf(vevent, ICAL_SUMMARY_PROPERTY, icalproperty_get_summary);
    if (event.uid.trimmed().isEmpty()) {
        return Result<CalendarEvent>::failure(
            QCoreApplication::translate("IcsCalendar", "The event “%1” has no UID.")
                .arg(event.summary));
    }
    icalproperty *start = icalcomponent_get_first_property(vevent, ICAL_DTSTART_PROPERTY);
    if (!start) {
        return Result<CalendarEvent>::failure(
            QCoreApplication::translate("IcsCalendar", "The event %1 has no start time (DTSTART).")
                .arg(event.uid));
    }
    const icaltimetype startTime = icalcomponent_get_dtstart(vevent);
    Result<QDateTime> startUtc = toUtc(startTime, start, event.uid);
    if (!startUtc)
        return startUtc.status();
    event.startUtc = startUtc.value();

    icalproperty *end = icalcomponent_get_first_property(vevent, ICAL_DTEND_PROPERTY);
    if (end || icalcomponent_get_first_property(vevent, ICAL_DURATION_PROPERTY)) {
        Result<QDateTime> endUtc =
            toUtc(icalcomponent_get_dtend(vevent), end ? end : start, event.uid);
        if (!endUtc)
            return endUtc.status();
        const qint64 seconds = event.startUtc.secsTo(endUtc.value());
        if (seconds < 0) {
            return Result<CalendarEvent>::failure(
                QCoreApplication::translate("IcsCalendar", "The event %1 ends before it starts.")
                    .arg(event.uid));
        }
        event.durationMinutes = int(seconds / 60);
    }

    event.location = textOf(vevent, ICAL_LOCATION_PROPERTY, icalproperty_get_location);
    event.url = textOf(vevent, ICAL_URL_PROPERTY, icalproperty_get_url);
    event.description = textOf(vevent, ICAL_DESCRIPTION_PROPERTY, icalproperty_get_description);
    event.status = statusOf(vevent);
    if (icalproperty *sequence = icalcomponent_get_first_property(vevent, ICAL_SEQUENCE_PROPERTY))
        event.sequence = icalproperty_get_sequence(sequence);
    if (icalproperty *stamp = icalcomponent_get_first_property(vevent, ICAL_DTSTAMP_PROPERTY))
        event.stampUtc = stampToUtc(icalproperty_get_dtstamp(stamp));
    return event;
}

} // namespace

QByteArray IcsCalendar::write(const QList<CalendarEvent> &events, const QString &calendarName)
{
    ComponentPtr calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid(ProductId));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    if (!calendarName.isEmpty()) {
        // libical 3.0 escapes backslashes and newlines in X- values but leaves , and ; as they are.
        icalproperty *name = icalproperty_new_x(calendarName.toUtf8().constData());
        icalproperty_set_x_name(name, "X-WR-CALNAME");
        icalcomponent_add_property(calendar.get(), name);
    }
    for (const CalendarEvent &event : events)
        icalcomponent_add_component(calendar.get(), newEvent(event));

    char *text = icalcomponent_as_ical_string_r(calendar.get()); // ours to free
    const QByteArray bytes(text);
    icalmemory_free_buffer(text);
    return bytes;
}

Status IcsCalendar::writeFile(const QString &path, const QList<CalendarEvent> &events,
                              const QString &calendarName)
{
    if (Status checked = checkEvents(events); !checked)
        return checked;
    const QByteArray bytes = write(events, calendarName);
    const QString shownPath = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Status::failure(QCoreApplication::translate("IcsCalendar", "Cannot write %1: %2")
                                   .arg(shownPath, file.errorString()));
    }
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Status::failure(QCoreApplication::translate("IcsCalendar", "Cannot write %1: %2")
                                   .arg(shownPath, reason));
    }
    if (!file.commit()) {
        return Status::failure(QCoreApplication::translate("IcsCalendar", "Cannot save %1: %2")
                                   .arg(shownPath, file.errorString()));
    }
    return {};
}

Result<QList<CalendarEvent>> IcsCalendar::parse(const QByteArray &ics)
{
    using Events = Result<QList<CalendarEvent>>;
    QByteArray text = ics;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    // Decoded only to learn whether it is UTF-8: libical takes the bytes as they are.
    QStringDecoder utf8(QStringDecoder::Utf8);
    [[maybe_unused]] const QString decoded = utf8.decode(text);
    if (utf8.hasError()) {
        return Events::failure(QCoreApplication::translate(
            "IcsCalendar", "The calendar is not UTF-8 text; save it as UTF-8 and try again."));
    }

    icalerror_clear_errno();
    const ComponentPtr root(icalparser_parse_string(text.constData()));
    if (icalerrno != ICAL_NO_ERROR) {
        return Events::failure(
            QCoreApplication::translate("IcsCalendar", "The calendar cannot be read: %1")
                .arg(QString::fromUtf8(icalerror_strerror(icalerrno))));
    }
    if (!root) {
        return Events::failure(QCoreApplication::translate(
            "IcsCalendar",
            "This is not an iCalendar file: it has no complete BEGIN:VCALENDAR … END:VCALENDAR."));
    }
    if (const char *error = firstParseError(root.get())) {
        return Events::failure(
            QCoreApplication::translate("IcsCalendar", "The calendar cannot be read: %1")
                .arg(QString::fromUtf8(error)));
    }

    // Several calendars in one stream come back under an XROOT.
    QList<icalcomponent *> calendars;
    if (icalcomponent_isa(root.get()) == ICAL_XROOT_COMPONENT) {
        calendars = children(root.get(), ICAL_ANY_COMPONENT);
    } else {
        calendars.append(root.get());
    }
    QList<CalendarEvent> events;
    for (icalcomponent *calendar : std::as_const(calendars)) {
        if (icalcomponent_isa(calendar) != ICAL_VCALENDAR_COMPONENT) {
            return Events::failure(
                QCoreApplication::translate(
                    "IcsCalendar",
                    "This is not an iCalendar file: it holds a %1 instead of a VCALENDAR.")
                    .arg(QString::fromUtf8(
                        icalcomponent_kind_to_string(icalcomponent_isa(calendar)))));
        }
        const QList<icalcomponent *> vevents = children(calendar, ICAL_VEVENT_COMPONENT);
        for (icalcomponent *vevent : vevents) {
            Result<CalendarEvent> event = readEvent(vevent);
            if (!event)
                return event.status();
            events.append(std::move(event).value());
        }
    }
    if (events.isEmpty())
        return Events::failure(
            QCoreApplication::translate("IcsCalendar", "The calendar has no events."));
    return events;
}
