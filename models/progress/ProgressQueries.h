#pragma once

#include "ReadinessQueries.h"
#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QSqlDatabase>

#include <utility>

// What the progress of the programme, of one theme or of one pairing is read for.
struct ProgressScope
{
    qint64 themeId = 0;   // 0: every theme
    qint64 pairingId = 0; // 0: every pairing (of the theme)
};

// The figures a funder asks for.
struct ProgressIndicators
{
    int pairings = 0;
    int cities = 0;
    int countries = 0;
    int sessionsPlanned = 0; // not cancelled: draft, scheduled or held
    int sessionsHeld = 0;
    int participants = 0;    // people present at one session or more
    int actions = 0;
    int actionsDone = 0;
    int actionsOpen = 0;     // open or in progress
    int actionsOverdue = 0;  // open or in progress, due before today
    int pilots = 0;
    int pilotsAssessed = 0;
    int pilotsReady = 0;
    QMap<int, int> pilotsByOverall; // overall level -> pilots; assessed pilots only
};

// A session of a pairing's cycle, as the timeline chart draws it.
struct CycleSessionPoint
{
    qint64 sessionId = 0;
    int sequence = 0;
    QString kind;   // vocabulary key
    QString status; // vocabulary key
    QDateTime startUtc; // invalid while unscheduled
};

// One pairing's row of the dashboard and of the report's table.
struct PairingProgress
{
    qint64 pairingId = 0;
    QString code;
    qint64 themeId = 0;
    QString themeCode;
    QString themeName;
    QString challenge;
    QString status;
    QStringList cities; // "Ann Arbor (US)", in the pairing's order
    QString stage;      // programme stage key: not_started, matchmaking ... piloting
    int sessionsPlanned = 0;
    int sessionsHeld = 0;
    int sessionsHeldThisQuarter = 0;
    int actions = 0; // every action item, dropped ones too
    int actionsOpen = 0;
    int actionsDone = 0;
    int actionsOverdue = 0;
    int pilots = 0;
    int pilotsReady = 0;
    std::optional<int> lowestReadiness; // the lowest overall level of its assessed pilots
};

// A theme's pilots by overall level, for the readiness distribution.
struct ThemeReadiness
{
    qint64 themeId = 0;
    QString themeCode;
    QString themeName;
    QMap<int, int> byOverall; // level -> pilots
    int notAssessed = 0;
    int ready = 0;
};

// A theme's pairings by the stage they have reached.
struct ThemeStages
{
    qint64 themeId = 0;
    QString themeCode;
    QString themeName;
    QMap<QString, int> byStage; // stage key -> pairings
};

struct ProgrammeProgress
{
    QDate asOf;          // the date the figures are for (today, UTC)
    QDate quarterStart;  // of the quarter holding asOf
    QDate quarterEnd;
    ProgressScope scope;
    QString scopeLabel;  // "Programme", a theme's name or a pairing's code
    ProgressIndicators totals;
    int sessionsHeldThisQuarter = 0;
    QList<ThemeStages> stagesByTheme;       // every theme in scope, in the programme's order
    QList<ThemeReadiness> readinessByTheme; // likewise
    QList<PairingProgress> pairings;        // by code
    QList<PilotStanding> pilots;            // by pairing, then city; levels without their evidence
};

// Everything one pairing's dashboard shows.
struct PairingDashboard
{
    PairingProgress progress;
    QList<CycleSessionPoint> sessions; // by sequence
    QList<PilotStanding> pilots;       // by city
};

// Read-only aggregates for the dashboards and the progress report: narrow grouped queries over
// indexed columns, never a copy of whole tables.
class ProgressQueries
{
public:
    ProgressQueries(QSqlDatabase db, QDate today, const Rubric &rubric = Rubric::shipped());

    // The stages a pairing moves through, in order, as the programme names them.
    static QStringList stageKeys();
    static QString stageName(const QString &key);
    // The stage a pairing has reached from its held sessions' kinds: the furthest of the
    // cycle's kinds, piloting once four of the cycle's sessions are held.
    static QString stageOf(const QStringList &heldKinds);

    // Read in one snapshot of the file. A programme's or a theme's pilots are read beside the
    // rest, on a thread and a connection of their own (the file's; not inside a transaction).
    Result<ProgrammeProgress> programme(const ProgressScope &scope = {}) const;
    Result<PairingDashboard> pairing(qint64 pairingId) const;

    // The first day of the quarter holding day ("held this quarter").
    static QDate quarterStart(QDate day);
    // Fills in what follows from the pairings' rows and the pilots: each pairing's pilots, the
    // themes' stages and readiness, and every total but the cities, countries and participants
    // (which are counted over members and people, not summed).
    static void tally(ProgrammeProgress &progress);
    // People present at one session or more of the scope.
    Result<int> participants(const ProgressScope &scope) const;
    // The scope's member cities and their countries, each counted once.
    Result<std::pair<int, int>> places(const ProgressScope &scope) const;

    // The statements programme() runs, bound as it binds them, for comparing the app with the
    // sqlite3 shell (which then counts none of what programme() counts in C++).
    static QList<BoundStatement> statements(const ProgressScope &scope);
    // How many reads of this process took the pilots read beside, for the tests.
    static quint64 pilotsReadBeside();

private:
    QSqlDatabase m_db;
    QDate m_today;
    const Rubric &m_rubric;
};
