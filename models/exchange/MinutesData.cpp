#include "MinutesData.h"

#include "core/TextKey.h"
#include "database/SqlErrors.h"
#include "domain/Vocabulary.h"
#include "planning/SessionSchedule.h"
#include "readiness/Rubric.h"
#include "store/ProgrammeQueries.h"
#include "store/SessionStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <utility>

namespace {

// Read here rather than through the minutes stores: the document needs joined names, once.
const QString SelectAttendance = QStringLiteral(
    "SELECT p.name, p.organisation, p.role, a.status, p.city_id, c.name, co.code"
    " FROM attendance a JOIN person p ON p.id = a.person_id"
    " LEFT JOIN city c ON c.id = p.city_id LEFT JOIN country co ON co.id = c.country_id"
    " WHERE a.session_id = :session ORDER BY p.search_key, p.id");
const QString SelectNotes =
    QStringLiteral("SELECT n.agenda_item_id, n.kind, n.body, c.name FROM note n"
                   " LEFT JOIN city c ON c.id = n.city_id"
                   " WHERE n.session_id = :session ORDER BY n.position, n.id");
const QString SelectAssessments = QStringLiteral(
    "SELECT a.id, c.name, p.title, a.summary FROM readiness_assessment a"
    " JOIN pilot p ON p.id = a.pilot_id JOIN city c ON c.id = p.city_id"
    " WHERE a.session_id = :session ORDER BY c.search_key, a.created_at, a.id");

const QString SelectAssessmentLevels = QStringLiteral(
    "SELECT dimension, level FROM readiness_level WHERE assessment_id = :id");

const QString SelectActions = QStringLiteral(
    "SELECT a.description, p.name, c.name, a.due_date, a.status FROM action_item a"
    " LEFT JOIN person p ON p.id = a.owner_person_id LEFT JOIN city c ON c.id = a.city_id"
    " WHERE a.session_id = :session ORDER BY a.due_date IS NULL, a.due_date, a.id");
const QString SelectAgendaOwners = QStringLiteral(
    "SELECT ai.id, p.name FROM agenda_item ai JOIN person p ON p.id = ai.owner_person_id"
    " WHERE ai.session_id = :session");

Status failed(const QSqlQuery &query)
{
    return Status::failure(sqlErrorMessage(query.lastError()));
}

bool run(QSqlQuery &query, const QString &sql, qint64 sessionId)
{
    query.prepare(sql);
    query.bindValue(QStringLiteral(":session"), sessionId);
    return query.exec();
}

// Entries sorted into the fixed kind order; kinds outside it come last, in order of appearance.
QList<MinutesData::EntryGroup> grouped(const QList<MinutesData::Entry> &entries)
{
    QStringList order = MinutesData::entryKinds();
    for (const auto &entry : entries) {
        if (!order.contains(entry.kind))
            order << entry.kind;
    }
    QList<MinutesData::EntryGroup> groups;
    for (const QString &kind : std::as_const(order)) {
        MinutesData::EntryGroup group{kind, {}};
        for (const auto &entry : entries) {
            if (entry.kind == kind)
                group.entries << entry;
        }
        if (!group.entries.isEmpty())
            groups << std::move(group);
    }
    return groups;
}

void addDecisions(QList<MinutesData::Decision> &decisions,
                  const QList<MinutesData::EntryGroup> &groups, const QString &block)
{
    for (const auto &group : groups) {
        if (group.kind != QLatin1String("decision"))
            continue;
        for (const auto &entry : group.entries)
            decisions << MinutesData::Decision{entry.body, entry.city, block};
    }
}

Status loadAttendance(QSqlDatabase db, MinutesData &data)
{
    QSqlQuery q(db);
    if (!run(q, SelectAttendance, data.sessionId))
        return failed(q);
    // Member cities first in the pairing's order, then other cities by name, then no city.
    QList<MinutesData::AttendeeGroup> members;
    for (const auto &city : std::as_const(data.cities))
        members << MinutesData::AttendeeGroup{
            city.id, QStringLiteral("%1 (%2)").arg(city.name, city.countryCode), {}};
    QMap<QString, MinutesData::AttendeeGroup> others; // by heading
    MinutesData::AttendeeGroup withoutCity;
    while (q.next()) {
        const MinutesData::Attendee person{q.value(0).toString(), q.value(1).toString(),
                                           q.value(2).toString(), q.value(3).toString()};
        if (q.value(4).isNull()) {
            withoutCity.people << person;
            continue;
        }
        const qint64 cityId = q.value(4).toLongLong();
        auto member = std::find_if(members.begin(), members.end(),
                                   [cityId](const auto &g) { return g.cityId == cityId; });
        if (member != members.end()) {
            member->people << person;
            continue;
        }
        const QString heading =
            QStringLiteral("%1 (%2)").arg(q.value(5).toString(), q.value(6).toString());
        auto &group = others[TextKey::fold(heading) + QString::number(cityId)];
        group.cityId = cityId;
        group.heading = heading;
        group.people << person;
    }
    for (auto &group : members) {
        if (!group.people.isEmpty())
            data.attendance << std::move(group);
    }
    for (auto &group : others)
        data.attendance << std::move(group);
    if (!withoutCity.people.isEmpty())
        data.attendance << std::move(withoutCity);
    return {};
}

Status loadEntries(QSqlDatabase db, MinutesData &data)
{
    QSqlQuery q(db);
    if (!run(q, SelectNotes, data.sessionId))
        return failed(q);
    QHash<qint64, QList<MinutesData::Entry>> byBlock;
    QList<MinutesData::Entry> general;
    QHash<qint64, int> blockIndex;
    for (int i = 0; i < data.agenda.size(); ++i)
        blockIndex.insert(data.agenda.at(i).id, i);
    while (q.next()) {
        MinutesData::Entry entry{q.value(1).toString(), q.value(2).toString(),
                                 q.value(3).toString()};
        // An entry under a block that is not on this session's agenda is shown as general.
        if (!q.value(0).isNull() && blockIndex.contains(q.value(0).toLongLong()))
            byBlock[q.value(0).toLongLong()] << std::move(entry);
        else
            general << std::move(entry);
    }
    for (auto &block : data.agenda) {
        block.groups = grouped(byBlock.value(block.id));
        addDecisions(data.decisions, block.groups,
                     QStringLiteral("%1. %2").arg(block.number).arg(block.title));
    }
    data.general = grouped(general);
    addDecisions(data.decisions, data.general, QString());
    return {};
}

Status loadActions(QSqlDatabase db, MinutesData &data)
{
    QSqlQuery q(db);
    if (!run(q, SelectActions, data.sessionId))
        return failed(q);
    while (q.next())
        data.actions << MinutesData::Action{
            q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            QDate::fromString(q.value(3).toString(), Qt::ISODate), q.value(4).toString()};
    return {};
}

// The readiness assessments tied to the session, judged by the shipped rubric.
Status loadAssessments(QSqlDatabase db, MinutesData &data)
{
    const Rubric &rubric = Rubric::shipped();
    for (const RubricDimension &d : rubric.dimensions())
        data.dimensions << d.shortName;
    QSqlQuery q(db);
    if (!run(q, SelectAssessments, data.sessionId))
        return failed(q);
    QList<qint64> ids;
    while (q.next()) {
        ids << q.value(0).toLongLong();
        MinutesData::Assessment a;
        a.city = q.value(1).toString();
        a.pilot = q.value(2).toString();
        a.summary = q.value(3).toString();
        data.assessments << a;
    }
    for (int i = 0; i < ids.size(); ++i) {
        QSqlQuery levels(db);
        levels.prepare(SelectAssessmentLevels);
        levels.bindValue(QStringLiteral(":id"), ids.at(i));
        if (!levels.exec())
            return failed(levels);
        QMap<QString, int> given;
        while (levels.next())
            given.insert(levels.value(0).toString(), levels.value(1).toInt());
        MinutesData::Assessment &a = data.assessments[i];
        for (const RubricDimension &d : rubric.dimensions())
            a.levels << (given.contains(d.id) ? std::optional<int>(given.value(d.id)) : std::nullopt);
        const Readiness readiness = rubric.evaluate(given);
        a.overall = readiness.overall;
        a.ready = readiness.ready;
    }
    return {};
}

} // namespace

int MinutesData::entryCount() const
{
    int count = 0;
    for (const auto &block : agenda) {
        for (const auto &group : block.groups)
            count += int(group.entries.size());
    }
    for (const auto &group : general)
        count += int(group.entries.size());
    return count;
}

QString MinutesData::sessionLabel() const
{
    return QCoreApplication::translate("MinutesData", "Session %1: %2")
        .arg(sequence)
        .arg(Vocabulary::sessionKindLabel(kind));
}

QString MinutesData::documentTitle() const
{
    return QCoreApplication::translate("MinutesData", "Minutes — %1 %2")
        .arg(pairingCode, sessionLabel());
}

QString MinutesData::fileName() const
{
    // Pairing codes are short programme codes (E-04), but they are typed by people: keep only
    // what every file system accepts.
    QString code = pairingCode;
    code.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("_"));
    if (code.isEmpty())
        code = QStringLiteral("pairing");
    return QStringLiteral("%1-session-%2.pdf").arg(code).arg(sequence);
}

QStringList MinutesData::entryKinds()
{
    return {QStringLiteral("decision"), QStringLiteral("good_practice"), QStringLiteral("insight"),
            QStringLiteral("challenge"), QStringLiteral("discussion")};
}

Result<MinutesData> MinutesData::load(QSqlDatabase db, qint64 sessionId)
{
    const auto session = SessionStore(db, SystemClock::instance()).fetch(sessionId);
    if (!session)
        return session.status();
    const auto pairing = ProgrammeQueries(db).pairing(session->pairingId);
    if (!pairing)
        return pairing.status();

    MinutesData data;
    data.pairingId = pairing->id;
    data.pairingCode = pairing->code;
    data.challenge = pairing->challenge;
    data.theme = pairing->theme;
    for (const auto &city : pairing->cities)
        data.cities << City{city.id, city.name, city.countryCode, city.timeZone};

    data.sessionId = session->id;
    data.sequence = session->sequence;
    data.kind = session->kind;
    data.title = session->title;
    data.status = session->status;
    data.mode = session->mode;
    data.link = session->link;
    data.location = session->location;
    data.objectives = session->objectives;
    data.startUtc = session->startUtc.isValid() ? session->startUtc.toUTC() : QDateTime();
    data.durationMinutes = session->durationMinutes;
    for (const auto &local : SessionSchedule::localTimes(data.startUtc, pairing->cities))
        data.localStarts << LocalStart{local.city, local.local, local.offsetLabel};

    QSqlQuery owners(db);
    if (!run(owners, SelectAgendaOwners, sessionId))
        return failed(owners);
    QHash<qint64, QString> ownerOf;
    while (owners.next())
        ownerOf.insert(owners.value(0).toLongLong(), owners.value(1).toString());
    const auto times = SessionSchedule::blockTimes(session.value());
    for (int i = 0; i < session->agenda.size(); ++i) {
        const AgendaItemRecord &item = session->agenda.at(i);
        Block block;
        block.id = item.id;
        block.number = i + 1;
        block.title = item.title;
        block.method = item.methodName;
        block.owner = ownerOf.value(item.id);
        block.objectives = item.objectives;
        block.durationMinutes = item.durationMinutes;
        if (i < times.size())
            block.startUtc = times.at(i).startUtc;
        data.agenda << std::move(block);
    }

    if (Status s = loadAttendance(db, data); !s)
        return s;
    if (Status s = loadEntries(db, data); !s)
        return s;
    if (Status s = loadActions(db, data); !s)
        return s;
    if (Status s = loadAssessments(db, data); !s)
        return s;
    return data;
}
