#pragma once

#include "core/Result.h"
#include "database/BoundStatement.h"
#include "readiness/PilotRecords.h"
#include "readiness/Rubric.h"

#include <QHash>
#include <QSqlDatabase>

#include <optional>

// A pilot with where it stands: its city and pairing, its latest assessment and what the
// rubric's rules make of it.
struct PilotStanding
{
    qint64 pilotId = 0;
    QString title;
    qint64 cityId = 0;
    QString cityName;
    QString countryCode;
    qint64 pairingId = 0;
    QString pairingCode;
    qint64 themeId = 0;
    QString themeCode;
    QString themeName;
    QDate expectedStart;
    int assessments = 0;
    std::optional<AssessmentRecord> latest; // with its levels
    Readiness readiness;
};

// One assessment of a pilot's history, with the session it was made at.
struct AssessmentPoint
{
    AssessmentRecord assessment;
    int sessionSequence = 0; // 0: not tied to a session
    QString sessionKind;     // vocabulary key, empty without a session
    Readiness readiness;
};

// Which pilots to read; 0 means any.
struct PilotFilter
{
    qint64 pairingId = 0;
    qint64 themeId = 0;
    qint64 cityId = 0;
};

// Read-only: pilots with their latest assessment, and a pilot's history, judged by a rubric.
class ReadinessQueries
{
public:
    explicit ReadinessQueries(QSqlDatabase db, const Rubric &rubric = Rubric::shipped());

    // What standings() reads: everything, or what the progress figures need (dashboard, report):
    // each pilot's title, city name, pairing code and theme id, and of its latest assessment the
    // id and levels alone (no country code, theme's code and name, expected start, count of
    // assessments (0), nor the assessment's date, summary or evidence).
    enum class Detail { Full, Levels };
    // By pairing code, then city name.
    Result<QList<PilotStanding>> standings(const PilotFilter &filter = {}, Detail detail = Detail::Full) const;
    Result<PilotStanding> standing(qint64 pilotId) const;
    // Oldest first.
    Result<QList<AssessmentPoint>> history(qint64 pilotId) const;
    // The plans of the pilots the filter selects, by pilot id, each in its order.
    Result<QHash<qint64, QList<PlanActionRecord>>> plans(const PilotFilter &filter = {}) const;

    const Rubric &rubric() const { return m_rubric; }
    // The order of standings(): by pairing code, city name and pilot.
    static bool inStandingOrder(const PilotStanding &a, const PilotStanding &b);

    // The reads of standings(): one row per pilot with its latest assessment, then the levels
    // of those assessments. pilotId 0: every pilot the filter selects.
    static QList<BoundStatement> standingsStatements(const PilotFilter &filter, qint64 pilotId = 0,
                                                     Detail detail = Detail::Full);

private:
    QSqlDatabase m_db;
    const Rubric &m_rubric;
};
