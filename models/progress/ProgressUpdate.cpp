#include "ProgressUpdate.h"

#include "database/ReadSnapshot.h"
#include "database/SqlRows.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace {

const QString ChangeColumns = QStringLiteral("SELECT id, changed_at, record_uuid, table_name, field FROM change_log");

// The row read by ChangeColumns as a mark; NULLs name as empty. An entry's text is logged in
// one row extended as it is typed, its time moving with it (migration 0006): that row is named
// without its time, or figures kept while a facilitator types would not be found again.
ChangeMark markOf(const SqlRows &row)
{
    const bool typed = row.text(3) == QLatin1String("note") && row.text(4) == QLatin1String("body");
    return ChangeMark{row.integer(0),
                      QStringList{typed ? QString() : row.text(1), row.text(2), row.text(3), row.text(4)}.join(u'\x1f')};
}

// What one logged change does to the figures.
struct Effect
{
    bool wholeRead = false;       // only the whole read can tell
    bool pairing = false;         // its pairing (the log's) is read again
    bool people = false;          // the participants are counted again
    bool places = false;          // the member cities and countries are counted again
};

Effect effectOf(const QString &table, const QString &operation, const QString &field)
{
    // The tables the figures read, every row logged with its pairing.
    static const QSet<QString> ofPairings = {
        QStringLiteral("pairing"), QStringLiteral("pairing_city"), QStringLiteral("session"),
        QStringLiteral("action_item"), QStringLiteral("attendance"), QStringLiteral("pilot"),
        QStringLiteral("readiness_assessment"), QStringLiteral("readiness_level")};
    // Logged, and in no figure.
    static const QSet<QString> notCounted = {
        QStringLiteral("note"), QStringLiteral("agenda_item"), QStringLiteral("city_working_hours"),
        QStringLiteral("session_template"), QStringLiteral("pilot_plan_action")};
    // Updates that move a record to another parent: the log names the new parent's pairing
    // only, and the old one's figures would keep it.
    static const QSet<QString> moves = {
        QStringLiteral("session.pairing_id"), QStringLiteral("pilot.pairing_id"),
        QStringLiteral("pairing_city.pairing_id"), QStringLiteral("action_item.session_id"),
        QStringLiteral("attendance.session_id"), QStringLiteral("readiness_assessment.pilot_id"),
        QStringLiteral("readiness_level.assessment_id")};
    const bool update = operation == QLatin1String("update");
    const bool removal = operation == QLatin1String("delete");
    Effect effect;
    if (ofPairings.contains(table)) {
        effect.wholeRead = update && moves.contains(table + u'.' + field);
        effect.pairing = true;
        // A pairing removed or moved to another theme takes its people and cities with it; a
        // session removed, its attendance.
        effect.people = table == QLatin1String("attendance") || table == QLatin1String("pairing")
            || (table == QLatin1String("session") && removal);
        effect.places = table == QLatin1String("pairing_city") || table == QLatin1String("pairing");
    } else if (table == QLatin1String("person")) {
        effect.people = removal; // with its attendance
    } else if (table == QLatin1String("city")) {
        // A new city is in no pairing yet; a renamed one is in members' and pilots' labels.
        effect.wholeRead = removal
            || (update && (field == QLatin1String("name") || field == QLatin1String("country_id")));
    } else {
        effect.wholeRead = !notCounted.contains(table); // a table this code does not know yet
    }
    return effect;
}

} // namespace

ProgressUpdate::ProgressUpdate(QSqlDatabase db, QDate today, const Rubric &rubric)
    : m_db(std::move(db)), m_today(today), m_rubric(rubric)
{
}

Result<ChangeMark> ProgressUpdate::lastChange(QSqlDatabase db)
{
    SqlRows last(db, BoundStatement{ChangeColumns + QStringLiteral(" ORDER BY id DESC LIMIT 1"), {}});
    const ChangeMark mark = last.next() ? markOf(last) : ChangeMark{};
    if (!last.status())
        return last.status();
    return mark;
}

Result<std::optional<ProgrammeProgress>> ProgressUpdate::apply(ProgrammeProgress kept, const ChangeMark &since,
                                                               int mostChanges) const
{
    // An empty log at the keeping proves nothing about the file's history since; in another
    // quarter, every pairing's "held this quarter" is another.
    if (kept.scope.pairingId || since.id <= 0 || !kept.asOf.isValid() || kept.asOf > m_today
        || kept.quarterStart != ProgressQueries::quarterStart(m_today))
        return std::optional<ProgrammeProgress>();
    const ReadSnapshot snapshot(m_db);

    BoundStatement markAt{ChangeColumns + QStringLiteral(" WHERE id = :id"), {}};
    markAt.bind(QStringLiteral(":id"), since.id);
    SqlRows mark(m_db, markAt);
    const bool continues = mark.next() && markOf(mark) == since;
    if (!mark.status())
        return mark.status();
    if (!continues)
        return std::optional<ProgrammeProgress>();

    BoundStatement after{QStringLiteral(
        "SELECT c.table_name, c.operation, c.field, c.pairing_uuid IS NOT NULL, p.id FROM change_log c"
        " LEFT JOIN pairing p ON p.uuid = c.pairing_uuid WHERE c.id > :since ORDER BY c.id LIMIT :most"), {}};
    after.bind(QStringLiteral(":since"), since.id);
    after.bind(QStringLiteral(":most"), mostChanges + 1);
    SqlRows changes(m_db, after);
    QSet<qint64> touched;
    bool people = false;
    bool places = false;
    int count = 0;
    while (changes.next()) {
        const Effect effect = effectOf(changes.text(0), changes.text(1), changes.text(2));
        if (++count > mostChanges || effect.wholeRead || (effect.pairing && !changes.integer(3)))
            return std::optional<ProgrammeProgress>();
        if (effect.pairing && !changes.isNull(4)) // a removed pairing's is gone, with its figures
            touched.insert(changes.integer(4));
        people = people || effect.people;
        places = places || effect.places;
    }
    if (!changes.status())
        return changes.status();

    // The pairings in scope now: the ones added are read, the ones gone (removed, or moved to
    // another theme) dropped.
    const ProgressScope scope = kept.scope;
    BoundStatement inScope{QStringLiteral("SELECT id FROM pairing"), {}};
    if (scope.themeId) {
        inScope.sql += QStringLiteral(" WHERE theme_id = :theme");
        inScope.bind(QStringLiteral(":theme"), scope.themeId);
    }
    SqlRows ids(m_db, inScope);
    QSet<qint64> current;
    while (ids.next())
        current.insert(ids.integer(0));
    if (!ids.status())
        return ids.status();
    QSet<qint64> keptIds;
    for (const PairingProgress &p : std::as_const(kept.pairings))
        keptIds.insert(p.pairingId);
    const QSet<qint64> toRead = (touched & current) | (current - keptIds);
    if (toRead.size() > MostPairings)
        return std::optional<ProgrammeProgress>();
    const QSet<qint64> toDrop = toRead | (keptIds - current);

    // A day later, the items due since are overdue: counted for the pairings kept (the ones
    // read again below are read as of today).
    if (kept.asOf < m_today) {
        BoundStatement fallen{QStringLiteral(
            "SELECT s.pairing_id, count(*) FROM action_item a JOIN session s ON s.id = a.session_id"
            " WHERE (a.status = 'open' OR a.status = 'in_progress') AND a.due_date >= :kept AND a.due_date < :today"
            " GROUP BY s.pairing_id"), {}};
        fallen.bind(QStringLiteral(":kept"), kept.asOf.toString(Qt::ISODate));
        fallen.bind(QStringLiteral(":today"), m_today.toString(Qt::ISODate));
        QHash<qint64, int> overdue;
        SqlRows counts(m_db, fallen);
        while (counts.next())
            overdue.insert(counts.integer(0), counts.number(1));
        if (!counts.status())
            return counts.status();
        for (PairingProgress &p : kept.pairings)
            p.actionsOverdue += overdue.value(p.pairingId);
        kept.asOf = m_today;
    }

    const ProgressQueries queries(m_db, m_today, m_rubric);
    QList<PairingProgress> pairings;
    QList<PilotStanding> pilots;
    for (const qint64 id : toRead) {
        auto one = queries.programme(ProgressScope{scope.themeId, id});
        if (!one)
            return one.status();
        pairings << std::move(one->pairings.first());
        pilots << std::move(one->pilots);
    }
    const auto dropped = [&toDrop](qint64 pairingId) { return toDrop.contains(pairingId); };
    kept.pairings.removeIf([&](const PairingProgress &p) { return dropped(p.pairingId); });
    kept.pilots.removeIf([&](const PilotStanding &s) { return dropped(s.pairingId); });
    // In the whole read's orders: pairings by code (ASCII codes: Qt's order is SQLite's), pilots
    // as standings() sorts them.
    const auto byCode = [](const PairingProgress &a, const PairingProgress &b) {
        return QString::compare(a.code, b.code) < 0;
    };
    for (PairingProgress &p : pairings)
        kept.pairings.insert(std::upper_bound(kept.pairings.begin(), kept.pairings.end(), p, byCode), std::move(p));
    for (PilotStanding &s : pilots)
        kept.pilots.insert(std::upper_bound(kept.pilots.begin(), kept.pilots.end(), s, ReadinessQueries::inStandingOrder),
                           std::move(s));

    if (people) {
        const Result<int> participants = queries.participants(scope);
        if (!participants)
            return participants.status();
        kept.totals.participants = participants.value();
    }
    if (places) {
        const auto counted = queries.places(scope);
        if (!counted)
            return counted.status();
        std::tie(kept.totals.cities, kept.totals.countries) = counted.value();
    }
    ProgressQueries::tally(kept);
    return std::optional<ProgrammeProgress>(std::move(kept));
}
