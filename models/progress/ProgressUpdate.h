#pragma once

#include "ProgressQueries.h"

#include <optional>

// A row of the change log: its id and what names it (its time, record, table and field). An id
// alone could come back after a restore from a backup and new edits; not with its time and
// record.
struct ChangeMark
{
    qint64 id = 0; // 0: the log is empty
    QString name;

    bool operator==(const ChangeMark &other) const { return id == other.id && name == other.name; }
    bool operator!=(const ChangeMark &other) const { return !(*this == other); }
};

// The dashboard's figures read at an earlier change of the file, brought up to its present by
// reading again only the pairings the changes since were in: a facilitator's edit touches one
// pairing, whose figures take milliseconds, where the whole programme's take a third of a
// second at 10,000 pairings. Every write the app makes is in the change log with its pairing,
// written by triggers in the edit's own transaction (migration 0006), which is what makes this
// exact; the figures are those a whole read gives, field for field (the tests compare the two).
// DESIGN.md asks for counts kept up to date in the edit's transaction: the log is that record,
// while the figures themselves need the rubric (data, evaluated in C++) and the day ("overdue").
class ProgressUpdate
{
public:
    // More pairings changed than this, and the whole read is as quick; more rows of the log
    // since (read one by one: 100,000 people imported are 100,000 rows, 0.1 s), too.
    static constexpr int MostPairings = 40;
    static constexpr int MostChanges = 200000;

    ProgressUpdate(QSqlDatabase db, QDate today, const Rubric &rubric = Rubric::shipped());

    // The change log's last row, read on db.
    static Result<ChangeMark> lastChange(QSqlDatabase db);

    // The figures kept (of the whole programme or a theme, with the fields that
    // ProgrammeCharts::drawnOnly keeps at least), read when `since` was the log's last row, as
    // they are now, today: a day or more later, the action items due since are overdue. None
    // when only the whole read can tell: since is no longer in the log (a backup was restored),
    // the figures are of another quarter, a later day or one pairing, too much changed, a city
    // of the directory was renamed or removed, or a record moved from one pairing's session or
    // pilot to another's. Read in one snapshot of the file.
    Result<std::optional<ProgrammeProgress>> apply(ProgrammeProgress kept, const ChangeMark &since,
                                                   int mostChanges = MostChanges) const;

private:
    QSqlDatabase m_db;
    QDate m_today;
    const Rubric &m_rubric;
};
