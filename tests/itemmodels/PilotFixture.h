#pragma once

#include "EditFixture.h"
#include "readiness/Rubric.h"
#include "store/SessionStore.h"

#include <QTimeZone>

// A known set of pilots, written through the Editor:
//   E-02 Çorlu      assessed 1 Feb 2027 on a date, three dimensions at 4: not ready (missing)
//   E-02 Zhytomyr   never assessed
//   E-04 Ann Arbor  S1 (12 Jan) 1,2,1,1,1,1 then S2 (10 Mar) 3,3,2,2,3,2: overall 2, avg 2.5
//   E-04 Lviv       S2 (10 Mar) 4,4,4,5,4,4: ready, overall 4, avg 4.2
class PilotFixture : public EditFixture
{
public:
    PilotFixture()
    {
        if (!ok())
            return;
        s1 = session(QStringLiteral("matchmaking"),
                     QDateTime(QDate(2027, 1, 12), QTime(14, 0), QTimeZone::utc()));
        s2 = session(QStringLiteral("sharing"),
                     QDateTime(QDate(2027, 3, 10), QTime(14, 0), QTimeZone::utc()));
        corlu = addPilot(QStringLiteral("E-02"), QStringLiteral("Çorlu"),
                         QStringLiteral("Rooftop solar with storage"));
        zhytomyr = addPilot(QStringLiteral("E-02"), QStringLiteral("Zhytomyr"),
                            QStringLiteral("Energy community"));
        annArbor = addPilot(QStringLiteral("E-04"), QStringLiteral("Ann Arbor"),
                            QStringLiteral("District heating loop"));
        lviv = addPilot(QStringLiteral("E-04"), QStringLiteral("Lviv"),
                        QStringLiteral("Heat pumps for a school"));
        corluFirst = assess(corlu, {4, 4, 4}, QDate(2027, 2, 1));
        annArborFirst =
            assess(annArbor, {1, 2, 1, 1, 1, 1}, QDate(), s1, QStringLiteral("Idea from Lviv"));
        annArborLatest = assess(annArbor, {3, 3, 2, 2, 3, 2}, QDate(), s2,
                                QStringLiteral("Concept adapted\nFunding unclear"));
        lvivLatest = assess(lviv, {4, 4, 4, 5, 4, 4}, QDate(), s2);
        undoStack.clear(); // tests count their own steps
    }

    bool built() const
    {
        return s1 > 0 && s2 > 0 && corlu > 0 && zhytomyr > 0 && annArbor > 0 && lviv > 0 &&
               corluFirst > 0 && annArborFirst > 0 && annArborLatest > 0 && lvivLatest > 0;
    }

    static QString dimension(int index) { return Rubric::shipped().dimensions().at(index).id; }

    qint64 session(const QString &kind, const QDateTime &start)
    {
        SessionRecord s;
        s.pairingId = pairingId(QStringLiteral("E-04"));
        s.kind = kind;
        s.startUtc = start;
        return editor().addSession(s).value_or(0);
    }

    qint64 addPilot(const QString &code, const QString &city, const QString &title)
    {
        PilotRecord p;
        p.pairingId = pairingId(code);
        p.cityId = cityId(city);
        p.title = title;
        return editor().addPilot(p).value_or(0);
    }

    // Levels in the rubric's order, the first dimensions only when fewer are given.
    qint64 assess(qint64 pilot, const QList<int> &levels, const QDate &on, qint64 sessionId = 0,
                  const QString &summary = QString())
    {
        AssessmentRecord a;
        a.pilotId = pilot;
        a.assessedOn = on;
        if (sessionId > 0)
            a.sessionId = sessionId;
        a.summary = summary;
        for (int i = 0; i < levels.size(); ++i)
            a.levels << DimensionLevel{dimension(i), levels.at(i),
                                       QStringLiteral("evidence %1").arg(i)};
        return editor().addAssessment(a).value_or(0);
    }

    qint64 s1 = 0, s2 = 0;
    qint64 corlu = 0, zhytomyr = 0, annArbor = 0, lviv = 0;
    qint64 corluFirst = 0, annArborFirst = 0, annArborLatest = 0, lvivLatest = 0;
};
