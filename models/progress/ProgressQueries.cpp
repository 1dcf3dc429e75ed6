#include "ProgressQueries.h"

#include "database/SqlErrors.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

Status failed(const QSqlQuery &q)
{
    return Status::failure(sqlErrorMessage(q.lastError()));
}

// Every query narrows to the scope the same way (%1: the scope's condition on the pairing p).
// The condition names only the filters in use: an "all or one" form (:pairing = 0 OR p.id =
// :pairing) keeps SQLite from the indexes, and one pairing's figures then walked every
// attendance of the programme.
const QString Pairings = QStringLiteral(
    "SELECT p.id, p.code, t.id, t.code, t.name, p.challenge, p.status FROM pairing p"
    " JOIN theme t ON t.id = p.theme_id WHERE %1 ORDER BY p.code");

const QString Themes = QStringLiteral(
    "SELECT t.id, t.code, t.name FROM theme t WHERE %1 ORDER BY t.position, t.code");

const QString Members = QStringLiteral(
    "SELECT pc.pairing_id, c.id, c.name, co.id, co.code FROM pairing_city pc"
    " JOIN pairing p ON p.id = pc.pairing_id JOIN city c ON c.id = pc.city_id"
    " JOIN country co ON co.id = c.country_id WHERE %1 ORDER BY pc.pairing_id, pc.position");

const QString Sessions = QStringLiteral(
    "SELECT s.pairing_id, s.id, s.sequence, s.kind, s.status, s.start_utc FROM session s"
    " JOIN pairing p ON p.id = s.pairing_id WHERE %1 ORDER BY s.pairing_id, s.sequence");

// Counted in the database per pairing, its sessions in the order of their index and each
// session's action items from a covering index (DESIGN.md Performance): one row per pairing.
const QString Actions = QStringLiteral(
    "SELECT s.pairing_id, sum(a.status = 'done'), sum(a.status NOT IN ('done', 'dropped')),"
    " sum(a.status IN ('open', 'in_progress') AND a.due_date IS NOT NULL AND a.due_date < :today), count(*)"
    " FROM pairing p JOIN session s ON s.pairing_id = p.id JOIN action_item a ON a.session_id = s.id"
    " WHERE %1 GROUP BY s.pairing_id");

// %1: the sessions in scope; the whole programme needs no look-up at all.
const QString Participants = QStringLiteral(
    "SELECT count(DISTINCT a.person_id) FROM attendance a WHERE a.status = 'present' AND %1");

// What a statement's condition is on: the pairing p, the theme t (Themes) or the attendance a
// (Participants).
enum class Narrows { Pairing, Theme, Attendance };

BoundStatement scoped(const QString &sql, const ProgressScope &scope, Narrows on = Narrows::Pairing,
                      const QDate &today = QDate())
{
    const bool onTheme = on == Narrows::Theme;
    QStringList terms;
    if (scope.themeId)
        terms << (onTheme ? QStringLiteral("t.id = :theme") : QStringLiteral("p.theme_id = :theme"));
    if (scope.pairingId)
        terms << (onTheme ? QStringLiteral("t.id = (SELECT theme_id FROM pairing WHERE id = :pairing)")
                          : QStringLiteral("p.id = :pairing"));
    QString where = terms.isEmpty() ? QStringLiteral("1 = 1") : terms.join(QStringLiteral(" AND "));
    if (on == Narrows::Attendance && !terms.isEmpty())
        where = QStringLiteral("a.session_id IN (SELECT s.id FROM session s JOIN pairing p ON p.id = s.pairing_id"
                               " WHERE %1)").arg(where);
    BoundStatement statement{sql.arg(where), {}};
    if (scope.themeId)
        statement.bind(QStringLiteral(":theme"), scope.themeId);
    if (scope.pairingId)
        statement.bind(QStringLiteral(":pairing"), scope.pairingId);
    if (today.isValid())
        statement.bind(QStringLiteral(":today"), today.toString(Qt::ISODate));
    return statement;
}

Result<QSqlQuery> run(QSqlDatabase db, const BoundStatement &statement)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!statement.prepareOn(q) || !q.exec())
        return failed(q);
    return q;
}

} // namespace

ProgressQueries::ProgressQueries(QSqlDatabase db, QDate today, const Rubric &rubric)
    : m_db(std::move(db)), m_today(today), m_rubric(rubric)
{
}

QStringList ProgressQueries::stageKeys()
{
    return {QStringLiteral("not_started"), QStringLiteral("matchmaking"), QStringLiteral("sharing"),
            QStringLiteral("learning"), QStringLiteral("showcasing"), QStringLiteral("piloting")};
}

QString ProgressQueries::stageName(const QString &key)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("not_started"), QT_TRANSLATE_NOOP("ProgressQueries", "Not started")},
        {QStringLiteral("matchmaking"), QT_TRANSLATE_NOOP("ProgressQueries", "Matchmaking")},
        {QStringLiteral("sharing"), QT_TRANSLATE_NOOP("ProgressQueries", "Sharing")},
        {QStringLiteral("learning"), QT_TRANSLATE_NOOP("ProgressQueries", "Learning")},
        {QStringLiteral("showcasing"), QT_TRANSLATE_NOOP("ProgressQueries", "Showcasing")},
        {QStringLiteral("piloting"), QT_TRANSLATE_NOOP("ProgressQueries", "Piloting")},
    };
    const char *name = names.value(key);
    return name ? QCoreApplication::translate("ProgressQueries", name) : key;
}

// Only the cycle's own sessions (matchmaking, sharing, learning, showcasing) move a pairing
// along the stages; study visits and other sessions come on top. Four of them held complete
// the cycle: the pairing is piloting.
QString ProgressQueries::stageOf(const QStringList &heldKinds)
{
    constexpr int CycleLength = 4;
    const QStringList stages = stageKeys();
    QString stage = QStringLiteral("not_started");
    int cycleSessions = 0;
    for (const QString &kind : heldKinds) {
        const int index = stages.indexOf(kind);
        if (index <= 0 || kind == QLatin1String("piloting"))
            continue;
        ++cycleSessions;
        if (index > stages.indexOf(stage))
            stage = kind;
    }
    return cycleSessions >= CycleLength ? QStringLiteral("piloting") : stage;
}

QList<BoundStatement> ProgressQueries::statements(const ProgressScope &scope, QDate today)
{
    return QList<BoundStatement>{scoped(Pairings, scope), scoped(Themes, scope, Narrows::Theme), scoped(Members, scope),
                                 scoped(Sessions, scope), scoped(Actions, scope, Narrows::Pairing, today), scoped(Participants, scope, Narrows::Attendance)}
        + ReadinessQueries::standingsStatements(PilotFilter{scope.pairingId, scope.themeId, 0}, 0,
                                                ReadinessQueries::Detail::Levels);
}

Result<ProgrammeProgress> ProgressQueries::programme(const ProgressScope &scope) const
{
    ProgrammeProgress result;
    result.scope = scope;
    result.asOf = m_today;
    result.quarterStart = QDate(m_today.year(), ((m_today.month() - 1) / 3) * 3 + 1, 1);
    result.quarterEnd = result.quarterStart.addMonths(3).addDays(-1);
    result.scopeLabel = QCoreApplication::translate("ProgressQueries", "Programme");

    auto pairings = run(m_db, scoped(Pairings, scope));
    if (!pairings)
        return pairings.status();
    QHash<qint64, int> rowOf;
    while (pairings->next()) {
        PairingProgress p;
        p.pairingId = pairings->value(0).toLongLong();
        p.code = pairings->value(1).toString();
        p.themeId = pairings->value(2).toLongLong();
        p.themeCode = pairings->value(3).toString();
        p.themeName = pairings->value(4).toString();
        p.challenge = pairings->value(5).toString();
        p.status = pairings->value(6).toString();
        rowOf.insert(p.pairingId, int(result.pairings.size()));
        result.pairings << p;
    }
    if (scope.pairingId && result.pairings.isEmpty())
        return Status::failure(QCoreApplication::translate("ProgressQueries", "The pairing no longer exists."));

    auto themes = run(m_db, scoped(Themes, scope, Narrows::Theme));
    if (!themes)
        return themes.status();
    QHash<qint64, int> themeRow;
    while (themes->next()) {
        const qint64 id = themes->value(0).toLongLong();
        themeRow.insert(id, int(result.stagesByTheme.size()));
        result.stagesByTheme << ThemeStages{id, themes->value(1).toString(), themes->value(2).toString(), {}};
        result.readinessByTheme << ThemeReadiness{id, themes->value(1).toString(), themes->value(2).toString(), {}, 0, 0};
    }
    if (scope.pairingId)
        result.scopeLabel = result.pairings.first().code;
    else if (scope.themeId && !result.stagesByTheme.isEmpty())
        result.scopeLabel = result.stagesByTheme.first().themeName;

    auto members = run(m_db, scoped(Members, scope));
    if (!members)
        return members.status();
    QSet<qint64> cities;
    QSet<qint64> countries;
    while (members->next()) {
        const int row = rowOf.value(members->value(0).toLongLong(), -1);
        if (row < 0)
            continue;
        result.pairings[row].cities << QStringLiteral("%1 (%2)").arg(members->value(2).toString(),
                                                                    members->value(4).toString());
        cities.insert(members->value(1).toLongLong());
        countries.insert(members->value(3).toLongLong());
    }

    auto sessions = run(m_db, scoped(Sessions, scope));
    if (!sessions)
        return sessions.status();
    QHash<qint64, QStringList> heldKinds;
    while (sessions->next()) {
        const qint64 pairingId = sessions->value(0).toLongLong();
        const int row = rowOf.value(pairingId, -1);
        if (row < 0)
            continue;
        const QString status = sessions->value(4).toString();
        PairingProgress &p = result.pairings[row];
        if (status != QLatin1String("cancelled"))
            ++p.sessionsPlanned;
        if (status == QLatin1String("held")) {
            ++p.sessionsHeld;
            heldKinds[pairingId] << sessions->value(3).toString();
            const QDate day = QDateTime::fromString(sessions->value(5).toString(), Qt::ISODate).toUTC().date();
            if (day.isValid() && day >= result.quarterStart && day <= result.quarterEnd)
                ++result.sessionsHeldThisQuarter;
        }
    }

    auto actions = run(m_db, scoped(Actions, scope, Narrows::Pairing, m_today));
    if (!actions)
        return actions.status();
    while (actions->next()) {
        const int row = rowOf.value(actions->value(0).toLongLong(), -1);
        if (row < 0)
            continue;
        PairingProgress &p = result.pairings[row];
        p.actionsDone += actions->value(1).toInt();
        p.actionsOpen += actions->value(2).toInt();
        p.actionsOverdue += actions->value(3).toInt();
        result.totals.actions += actions->value(4).toInt();
    }

    auto participants = run(m_db, scoped(Participants, scope, Narrows::Attendance));
    if (!participants)
        return participants.status();
    if (participants->next())
        result.totals.participants = participants->value(0).toInt();

    // Progress needs each pilot's levels, not the words of its assessment: without the summary
    // and the evidence, the figures of 10,000 pairings hold (and keep) a third of the memory.
    auto pilots = ReadinessQueries(m_db, m_rubric)
                      .standings(PilotFilter{scope.pairingId, scope.themeId, 0}, ReadinessQueries::Detail::Levels);
    if (!pilots)
        return pilots.status();
    result.pilots = std::move(pilots).value();
    for (const PilotStanding &s : std::as_const(result.pilots)) {
        const int row = rowOf.value(s.pairingId, -1);
        const int theme = themeRow.value(s.themeId, -1);
        ++result.totals.pilots;
        if (row >= 0) {
            PairingProgress &p = result.pairings[row];
            ++p.pilots;
            if (s.readiness.ready)
                ++p.pilotsReady;
            if (s.readiness.overall)
                p.lowestReadiness = p.lowestReadiness ? std::min(*p.lowestReadiness, *s.readiness.overall)
                                                      : *s.readiness.overall;
        }
        if (s.readiness.overall) {
            ++result.totals.pilotsAssessed;
            ++result.totals.pilotsByOverall[*s.readiness.overall];
            if (theme >= 0)
                ++result.readinessByTheme[theme].byOverall[*s.readiness.overall];
        } else if (theme >= 0) {
            ++result.readinessByTheme[theme].notAssessed;
        }
        if (s.readiness.ready) {
            ++result.totals.pilotsReady;
            if (theme >= 0)
                ++result.readinessByTheme[theme].ready;
        }
    }

    for (PairingProgress &p : result.pairings) {
        p.stage = stageOf(heldKinds.value(p.pairingId));
        const int theme = themeRow.value(p.themeId, -1);
        if (theme >= 0)
            ++result.stagesByTheme[theme].byStage[p.stage];
        result.totals.sessionsPlanned += p.sessionsPlanned;
        result.totals.sessionsHeld += p.sessionsHeld;
        result.totals.actionsDone += p.actionsDone;
        result.totals.actionsOpen += p.actionsOpen;
        result.totals.actionsOverdue += p.actionsOverdue;
    }
    result.totals.pairings = int(result.pairings.size());
    result.totals.cities = int(cities.size());
    result.totals.countries = int(countries.size());
    return result;
}

Result<PairingDashboard> ProgressQueries::pairing(qint64 pairingId) const
{
    auto programme = this->programme(ProgressScope{0, pairingId});
    if (!programme)
        return programme.status();
    PairingDashboard dashboard;
    dashboard.progress = programme->pairings.first();
    dashboard.pilots = programme->pilots;
    auto sessions = run(m_db, scoped(Sessions, ProgressScope{0, pairingId}));
    if (!sessions)
        return sessions.status();
    while (sessions->next()) {
        CycleSessionPoint s;
        s.sessionId = sessions->value(1).toLongLong();
        s.sequence = sessions->value(2).toInt();
        s.kind = sessions->value(3).toString();
        s.status = sessions->value(4).toString();
        s.startUtc = QDateTime::fromString(sessions->value(5).toString(), Qt::ISODate);
        dashboard.sessions << s;
    }
    return dashboard;
}
