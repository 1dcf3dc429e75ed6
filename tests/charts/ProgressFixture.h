#pragma once

// A known programme in progress, written through the Editor into a seeded TestDatabase (the
// clock stands at 2027-03-20 13:12 UTC, in Q1 2027):
//   E-04  S1 matchmaking held 12 Jan 2027, S2 sharing held 16 Feb, S3 learning scheduled 11 May,
//         S4 showcasing draft without a date                            -> stage sharing
//   E-01  S1 matchmaking held 10 Nov 2026, S2 sharing cancelled         -> stage matchmaking
//   M-01  S1 matchmaking held 1 Mar 2027                                -> stage matchmaking
//   Pilots: E-04 Ann Arbor S1 1,2,1,1,2,1 then S2 4,4,4,4,5,4 (ready, overall 4);
//           E-04 Lviv S2 2,3,1,2,2,3 (overall 1); E-01 Barranquilla never assessed;
//           M-01 (its first city) S1 3,3,3,3,3,3 (overall 3).
//   Actions: E-04 S1 open due 1 Mar (overdue), open due 30 Apr, done; E-04 S2 in progress due
//           10 Mar (overdue); E-01 S1 open due 5 Jan (overdue), dropped due 1 Jan.
//   Attendance: two people present at E-04 S1, one of them at S2, the other absent at E-01 S1.
//   Plan: Ann Arbor's pilot has two actions; the other pilots have none.
#include "../itemmodels/EditFixture.h"
#include "readiness/Rubric.h"
#include "store/ProgrammeQueries.h"

#include <QTimeZone>

class ProgressFixture : public EditFixture
{
public:
    ProgressFixture()
    {
        if (!ok())
            return;
        e04 = pairingId(QStringLiteral("E-04"));
        e01 = pairingId(QStringLiteral("E-01"));
        m01 = pairingId(QStringLiteral("M-01"));
        e04s1 =
            session(e04, QStringLiteral("matchmaking"), QStringLiteral("held"), at(2027, 1, 12));
        e04s2 = session(e04, QStringLiteral("sharing"), QStringLiteral("held"), at(2027, 2, 16));
        e04s3 =
            session(e04, QStringLiteral("learning"), QStringLiteral("scheduled"), at(2027, 5, 11));
        e04s4 = session(e04, QStringLiteral("showcasing"), QStringLiteral("draft"), QDateTime());
        e01s1 =
            session(e01, QStringLiteral("matchmaking"), QStringLiteral("held"), at(2026, 11, 10));
        e01s2 =
            session(e01, QStringLiteral("sharing"), QStringLiteral("cancelled"), at(2027, 2, 10));
        m01s1 = session(m01, QStringLiteral("matchmaking"), QStringLiteral("held"), at(2027, 3, 1));

        annArbor = addPilot(e04, cityId(QStringLiteral("Ann Arbor")),
                            QStringLiteral("Heat network for Bryant"));
        lviv =
            addPilot(e04, cityId(QStringLiteral("Lviv")), QStringLiteral("Heat pumps for Sykhiv"));
        barranquilla =
            addPilot(e01, cityId(QStringLiteral("Barranquilla")), QStringLiteral("Solar schools"));
        const auto m01Cities = ProgrammeQueries(connection()).membersOf(m01);
        m01City = m01Cities && !m01Cities->isEmpty() ? m01Cities->first().name : QString();
        m01Pilot = addPilot(m01, cityId(m01City), QStringLiteral("Bus priority corridor"));
        annArborFirst = assess(annArbor, {1, 2, 1, 1, 2, 1}, e04s1);
        annArborLatest = assess(annArbor, {4, 4, 4, 4, 5, 4}, e04s2);
        lvivLatest = assess(lviv, {2, 3, 1, 2, 2, 3}, e04s2);
        m01Latest = assess(m01Pilot, {3, 3, 3, 3, 3, 3}, m01s1);

        actions << action(e04s1, QStringLiteral("Share heat map"), QDate(2027, 3, 1),
                          QStringLiteral("open"))
                << action(e04s1, QStringLiteral("Draft tender"), QDate(2027, 4, 30),
                          QStringLiteral("open"))
                << action(e04s1, QStringLiteral("Site visit"), QDate(2027, 2, 1),
                          QStringLiteral("done"))
                << action(e04s2, QStringLiteral("Cost estimate"), QDate(2027, 3, 10),
                          QStringLiteral("in_progress"))
                << action(e01s1, QStringLiteral("Roof survey"), QDate(2027, 1, 5),
                          QStringLiteral("open"))
                << action(e01s1, QStringLiteral("Old idea"), QDate(2027, 1, 1),
                          QStringLiteral("dropped"));

        plan << planAction(annArbor, QStringLiteral("Tender for heat pumps"), QDate(2027, 4, 1),
                           QDate(2027, 6, 30), 120000, QStringLiteral("City budget"),
                           QStringLiteral("Tender published"))
             << planAction(annArbor, QStringLiteral("Connect the school"), QDate(2027, 9, 1),
                           QDate(2028, 3, 31), std::nullopt, QString(),
                           QStringLiteral("Heat delivered"));

        const qint64 ana = person(QStringLiteral("Ana Ruiz"));
        const qint64 ben = person(QStringLiteral("Ben Okafor"));
        attendance = editor().setAttendance({e04s1, ana, QStringLiteral("present")}).ok() &&
                     editor().setAttendance({e04s1, ben, QStringLiteral("present")}).ok() &&
                     editor().setAttendance({e04s2, ana, QStringLiteral("present")}).ok() &&
                     editor().setAttendance({e01s1, ben, QStringLiteral("absent")}).ok();
        undoStack.clear();
    }

    bool built() const
    {
        const QList<qint64> ids{
            e04,          e01,      m01,           e04s1,          e04s2,      e04s3,
            e04s4,        e01s1,    e01s2,         m01s1,          annArbor,   lviv,
            barranquilla, m01Pilot, annArborFirst, annArborLatest, lvivLatest, m01Latest};
        return attendance && actions.size() == 6 && !actions.contains(0) && !ids.contains(0) &&
               plan.size() == 2 && !plan.contains(0);
    }

    static QDateTime at(int year, int month, int day)
    {
        return QDateTime(QDate(year, month, day), QTime(14, 0), QTimeZone::utc());
    }

    qint64 session(qint64 pairing, const QString &kind, const QString &status,
                   const QDateTime &start)
    {
        SessionRecord s;
        s.pairingId = pairing;
        s.kind = kind;
        s.status = status;
        s.startUtc = start;
        return editor().addSession(s).value_or(0);
    }

    qint64 addPilot(qint64 pairing, qint64 city, const QString &title)
    {
        PilotRecord p;
        p.pairingId = pairing;
        p.cityId = city;
        p.title = title;
        return editor().addPilot(p).value_or(0);
    }

    // Levels in the rubric's order.
    qint64 assess(qint64 pilot, const QList<int> &levels, qint64 sessionId)
    {
        AssessmentRecord a;
        a.pilotId = pilot;
        a.sessionId = sessionId;
        for (int i = 0; i < levels.size(); ++i)
            a.levels << DimensionLevel{Rubric::shipped().dimensions().at(i).id, levels.at(i),
                                       QString()};
        return editor().addAssessment(a).value_or(0);
    }

    qint64 action(qint64 sessionId, const QString &text, const QDate &due, const QString &status)
    {
        ActionItemRecord a;
        a.sessionId = sessionId;
        a.description = text;
        a.dueDate = due;
        a.status = status;
        return editor().addAction(a).value_or(0);
    }

    qint64 planAction(qint64 pilot, const QString &title, const QDate &start, const QDate &end,
                      std::optional<double> cost, const QString &funding, const QString &indicator)
    {
        PlanActionRecord a;
        a.pilotId = pilot;
        a.title = title;
        a.startDate = start;
        a.endDate = end;
        a.costAmount = cost;
        a.costCurrency = cost ? QStringLiteral("EUR") : QString();
        a.fundingSource = funding;
        a.indicator = indicator;
        a.responsible = QStringLiteral("Energy Office");
        a.risk = QStringLiteral("Bids over budget");
        return editor().addPlanAction(a).value_or(0);
    }

    qint64 person(const QString &name)
    {
        PersonRecord p;
        p.name = name;
        p.role = QStringLiteral("expert");
        return editor().addPerson(p).value_or(0);
    }

    qint64 e04 = 0, e01 = 0, m01 = 0;
    qint64 e04s1 = 0, e04s2 = 0, e04s3 = 0, e04s4 = 0, e01s1 = 0, e01s2 = 0, m01s1 = 0;
    qint64 annArbor = 0, lviv = 0, barranquilla = 0, m01Pilot = 0;
    qint64 annArborFirst = 0, annArborLatest = 0, lvivLatest = 0, m01Latest = 0;
    QString m01City;
    QList<qint64> actions;
    QList<qint64> plan;
    bool attendance = false;
};
