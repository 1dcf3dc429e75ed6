#include "DemoProgramme.h"

#include "database/Database.h"
#include "edit/Editor.h"
#include "planning/CyclePlanner.h"
#include "readiness/PilotRecords.h"
#include "store/CityStore.h"
#include "store/NameLookup.h"
#include "store/PairingStore.h"
#include "store/SessionStore.h"
#include "store/TemplateStore.h"
#include "store/WorkingHoursStore.h"

#include <QRegularExpression>

namespace {
QString check(const Status &status) { return status ? QString() : status.error(); }

Result<QList<qint64>> planCycle(Database &database, Editor &editor, qint64 pairing, const QDate &start)
{
    const auto cities = WorkingHoursStore(database.connection(), database.clock()).citiesOfPairing(pairing);
    const auto templates = TemplateStore(database.connection(), database.clock()).templates();
    if (!cities)
        return Status::failure(cities.error());
    if (!templates)
        return Status::failure(templates.error());
    const int next = SessionStore(database.connection(), database.clock()).nextSequence(pairing);
    return editor.addSessions(CyclePlanner::propose(pairing, start, cities.value(), templates.value(), next),
                              QStringLiteral("Plan cycle"));
}

Status setStatus(Database &database, Editor &editor, qint64 sessionId, const QString &status)
{
    auto session = SessionStore(database.connection(), database.clock()).fetch(sessionId);
    if (!session)
        return Status::failure(session.error());
    session.value().status = status;
    return editor.editSession(session.value());
}

Result<qint64> addPerson(Editor &editor, Database &database, const QString &name, const QString &city,
                         const QString &organisation, const QString &role)
{
    PersonRecord person;
    person.name = name;
    person.organisation = organisation;
    person.role = role;
    // olena.kovalenko@example.org: the reserved example domain, never a real address.
    QString local = name.toLower().normalized(QString::NormalizationForm_D).replace(u' ', u'.');
    local.remove(QRegularExpression(QStringLiteral("[^a-z.]")));
    person.email = local + QStringLiteral("@example.org");
    if (!city.isEmpty()) {
        const auto cityId = NameLookup::city(database.connection(), city);
        if (!cityId)
            return Status::failure(cityId.error());
        person.cityId = cityId.value();
    }
    return editor.addPerson(person);
}
} // namespace

namespace DemoProgramme {

Result<Ids> populate(Database &database, Editor &editor)
{
    Ids ids;
    const PairingStore pairings(database.connection(), database.clock());
    const auto e04 = pairings.resolve(QStringLiteral("E-04"));
    const auto e01 = pairings.resolve(QStringLiteral("E-01"));
    if (!e04 || !e01)
        return Status::failure(e04 ? e01.error() : e04.error());
    ids.pairing = e04.value();

    const auto olena = addPerson(editor, database, QStringLiteral("Olena Kovalenko"), QStringLiteral("Lviv"),
                                 QStringLiteral("Lviv City Council"), QStringLiteral("city_representative"));
    const auto james = addPerson(editor, database, QStringLiteral("James Whitfield"), QStringLiteral("Ann Arbor"),
                                 QStringLiteral("Office of Sustainability"), QStringLiteral("city_representative"));
    const auto maria = addPerson(editor, database, QStringLiteral("María Fernández"), QString(),
                                 QStringLiteral("UTM City2City"), QStringLiteral("facilitator"));
    for (const auto *person : {&olena, &james, &maria}) {
        if (!*person)
            return Status::failure(person->error());
    }

    const auto e04Sessions = planCycle(database, editor, ids.pairing, QDate(2026, 9, 14));
    if (!e04Sessions)
        return Status::failure(e04Sessions.error());
    const auto e01Sessions = planCycle(database, editor, e01.value(), QDate(2027, 2, 15));
    if (!e01Sessions)
        return Status::failure(e01Sessions.error());
    const QList<qint64> held = e04Sessions.value().mid(0, 2);
    for (qint64 id : held) {
        if (const QString error = check(setStatus(database, editor, id, QStringLiteral("held"))); !error.isEmpty())
            return Status::failure(error);
    }
    // Cycles are planned months apart: the next session of each is scheduled, the rest drafts.
    const std::pair<qint64, QString> statuses[] = {{e04Sessions.value().value(2), QStringLiteral("scheduled")},
                                                   {e01Sessions.value().value(0), QStringLiteral("held")},
                                                   {e01Sessions.value().value(1), QStringLiteral("scheduled")}};
    for (const auto &[id, status] : statuses) {
        if (const QString error = check(setStatus(database, editor, id, status)); !error.isEmpty())
            return Status::failure(error);
    }
    ids.heldSession = held.value(1);

    const qint64 lviv = NameLookup::city(database.connection(), QStringLiteral("Lviv")).value_or(0);
    const qint64 annArbor = NameLookup::city(database.connection(), QStringLiteral("Ann Arbor")).value_or(0);
    // What the facilitator has learned about the two cities (rounded public figures).
    const std::tuple<qint64, qint64, const char *> facts[] = {{lviv, 717000, "SECAP"}, {annArbor, 123000, "CAP"}};
    for (const auto &[cityId, population, plan] : facts) {
        auto city = CityStore(database.connection(), database.clock()).fetch(cityId);
        if (!city)
            return Status::failure(city.error());
        city.value().population = population;
        city.value().gcomSignatory = true;
        city.value().planType = QString::fromLatin1(plan);
        city.value().planCitywide = true;
        if (const QString error = check(editor.editCity(city.value())); !error.isEmpty())
            return Status::failure(error);
    }
    struct Entry
    {
        const char *kind;
        const char *body;
        qint64 city;
    };
    const Entry entries[] = {
        {"discussion", "Ann Arbor walked through its **geothermal district** pilot: 1,200 homes, "
                       "financed by a municipal green bond.", annArbor},
        {"insight", "Lviv's district heating network already runs at low supply temperatures in Sykhiv.", lviv},
        {"challenge", "Heat pump procurement in Ukraine waits on EU co-funding rules.", lviv},
        {"decision", "Both cities share their heat maps before the next session.", 0},
        {"good_practice", "Ann Arbor's community energy survey reached 4,000 households in six weeks.", annArbor},
    };
    QList<qint64> noteIds;
    for (const Entry &entry : entries) {
        NoteRecord note;
        note.sessionId = ids.heldSession;
        note.kind = QString::fromLatin1(entry.kind);
        note.body = QString::fromUtf8(entry.body);
        if (entry.city)
            note.cityId = entry.city;
        const auto id = editor.addNote(note);
        if (!id)
            return Status::failure(id.error());
        noteIds.append(id.value());
    }
    for (qint64 person : {olena.value(), james.value(), maria.value()}) {
        AttendanceRecord attendance;
        attendance.sessionId = ids.heldSession;
        attendance.personId = person;
        if (const QString error = check(editor.setAttendance(attendance)); !error.isEmpty())
            return Status::failure(error);
    }

    struct Action
    {
        const char *description;
        qint64 owner;
        qint64 city;
        QDate due;
        const char *status;
    };
    const QDate today = database.clock().nowUtc().date();
    const Action actions[] = {
        {"Share the Sykhiv heat map with Ann Arbor", olena.value(), lviv, today.addDays(10), "in_progress"},
        {"Send the green bond term sheet", james.value(), annArbor, today.addDays(-5), "open"},
        {"Book the site visit to the geothermal plant", maria.value(), 0, today.addDays(-20), "done"},
        {"Ask the ministry about co-funding rules", olena.value(), lviv, today.addDays(24), "open"},
        {"Draft the joint funding note", maria.value(), 0, QDate(), "dropped"},
    };
    for (const Action &a : actions) {
        ActionItemRecord action;
        action.sessionId = ids.heldSession;
        action.description = QString::fromUtf8(a.description);
        action.ownerPersonId = a.owner;
        if (a.city)
            action.cityId = a.city;
        action.dueDate = a.due;
        action.status = QString::fromLatin1(a.status);
        if (action.status == QLatin1String("done"))
            action.doneDate = today.addDays(-22);
        if (action.status == QLatin1String("open") && action.description.startsWith(u'S'))
            action.noteId = noteIds.value(0);
        const auto id = editor.addAction(action);
        if (!id)
            return Status::failure(id.error());
    }

    PilotRecord pilot;
    pilot.pairingId = ids.pairing;
    pilot.cityId = lviv;
    pilot.title = QStringLiteral("Heat pumps for Sykhiv");
    pilot.description = QStringLiteral("Large heat pumps feeding Sykhiv's district heating network.");
    pilot.inspiredByCityId = annArbor;
    pilot.academicPartners = QStringLiteral("Lviv Polytechnic");
    pilot.expectedStart = QDate(2027, 9, 1);
    const auto pilotId = editor.addPilot(pilot);
    if (!pilotId)
        return Status::failure(pilotId.error());
    ids.pilot = pilotId.value();
    PilotRecord second;
    second.pairingId = ids.pairing;
    second.cityId = annArbor;
    second.title = QStringLiteral("Geothermal loop for Bryant");
    second.expectedStart = QDate(2028, 3, 1);
    const auto secondId = editor.addPilot(second);
    if (!secondId)
        return Status::failure(secondId.error());

    const char *planTitles[] = {"Feasibility study", "Council approval", "Procurement of two heat pumps"};
    for (int i = 0; i < 3; ++i) {
        PlanActionRecord action;
        action.pilotId = ids.pilot;
        action.title = QString::fromLatin1(planTitles[i]);
        action.startDate = QDate(2027, 4 + 3 * i, 1);
        action.endDate = action.startDate.addMonths(3).addDays(-1);
        action.responsible = QStringLiteral("Lviv City Council");
        action.costAmount = 40000.0 * (i + 1);
        action.costCurrency = QStringLiteral("EUR");
        action.indicator = QStringLiteral("Milestone reached");
        const auto id = editor.addPlanAction(action);
        if (!id)
            return Status::failure(id.error());
    }

    const QStringList dimensions = {QStringLiteral("need"), QStringLiteral("solution"), QStringLiteral("mandate"),
                                    QStringLiteral("resources"), QStringLiteral("team"), QStringLiteral("plan")};
    const QList<QList<int>> rounds = {{2, 1, 1, 1, 2, 1}, {3, 2, 2, 1, 3, 2}, {4, 4, 3, 3, 4, 3}};
    const QList<QDate> dates = {QDate(2026, 9, 14), QDate(2027, 1, 11), QDate(2027, 3, 18)};
    for (int r = 0; r < rounds.size(); ++r) {
        AssessmentRecord assessment;
        assessment.pilotId = ids.pilot;
        if (r < held.size())
            assessment.sessionId = held.at(r);
        else
            assessment.assessedOn = dates.at(r);
        assessment.summary = r == 2 ? QStringLiteral("Council vote expected in April") : QString();
        for (int d = 0; d < dimensions.size(); ++d)
            assessment.levels.append({dimensions.at(d), rounds.at(r).at(d), QString()});
        const auto id = editor.addAssessment(assessment);
        if (!id)
            return Status::failure(id.error());
    }
    return ids;
}

} // namespace DemoProgramme
