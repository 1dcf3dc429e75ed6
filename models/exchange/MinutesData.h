#pragma once

#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

// Everything the minutes of one session show, read in one go and already in the order the
// document prints it: a plain value that MinutesDocument turns into pages, with no SQL after
// load(). Keys (kinds, statuses) stay keys; the document chooses the labels.
struct MinutesData
{
    struct City
    {
        qint64 id = 0;
        QString name;
        QString countryCode;
        QString timeZone;
    };
    // The session's start in one member city.
    struct LocalStart
    {
        QString city;
        QDateTime local;     // in the city's zone
        QString offsetLabel; // "UTC−04:00"
    };
    struct Attendee
    {
        QString name;
        QString organisation;
        QString role;   // city_representative, expert, facilitator, observer
        QString status; // present, absent, excused
    };
    // The people of one city, or (cityId empty) the facilitators and experts without a city.
    struct AttendeeGroup
    {
        std::optional<qint64> cityId;
        QString heading; // "Ann Arbor (US)"; empty for people without a city
        QList<Attendee> people;
    };
    struct Entry
    {
        QString kind; // decision, good_practice, insight, challenge, discussion
        QString body; // Markdown
        QString city; // the city it concerns, or empty
    };
    // The entries of one kind, in the order they were written.
    struct EntryGroup
    {
        QString kind;
        QList<Entry> entries;
    };
    struct Block
    {
        qint64 id = 0;
        int number = 0; // 1, 2, ... in agenda order
        QString title;
        QString method;
        QString owner;
        QString objectives;
        int durationMinutes = 0;
        QDateTime startUtc;       // invalid while the session has no time
        QList<EntryGroup> groups; // in entryKinds() order, only kinds that have entries
    };
    struct Decision
    {
        QString body; // Markdown
        QString city;
        QString block; // "2. Sharing round", or empty for a general entry
    };
    struct Action
    {
        QString description;
        QString owner;
        QString city;
        QDate due;      // invalid: no due date
        QString status; // open, in_progress, done, dropped
    };
    // A pilot's readiness as assessed at this session.
    struct Assessment
    {
        QString city;
        QString pilot;
        QList<std::optional<int>> levels; // one per rubric dimension, in the rubric's order
        std::optional<int> overall;
        bool ready = false;
        QString summary;
    };

    QString programme = QStringLiteral("UTM City2City");
    qint64 pairingId = 0;
    QString pairingCode;
    QString challenge;
    QString theme;
    QList<City> cities; // member cities, in the pairing's order

    qint64 sessionId = 0;
    int sequence = 0;
    QString kind;
    QString title;
    QString status;
    QString mode;
    QString link;
    QString location;
    QString objectives;
    QDateTime startUtc; // invalid while no time is set
    int durationMinutes = 0;
    QList<LocalStart> localStarts; // one per member city; empty without a time

    QList<AttendeeGroup> attendance; // member cities first, other cities, then people without one
    QList<Block> agenda;
    QList<EntryGroup> general; // entries not under an agenda block
    QList<Decision> decisions; // every decision, in agenda order, general ones last
    QList<Action> actions;     // by due date, undated last
    QStringList dimensions;          // the rubric's short dimension names, for the assessments
    QList<Assessment> assessments;   // made at this session, by city

    int entryCount() const;
    // "Session 2: Sharing"
    QString sessionLabel() const;
    // "Minutes — E-04 Session 2: Sharing": the PDF's title.
    QString documentTitle() const;
    // "E-04-session-2.pdf": safe on every file system.
    QString fileName() const;

    // The order of entry kinds in the document: decision, good_practice, insight, challenge,
    // discussion.
    static QStringList entryKinds();
    static Result<MinutesData> load(QSqlDatabase db, qint64 sessionId);
};
