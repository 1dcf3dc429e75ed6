#pragma once

#include "core/Result.h"

#include <QDate>
#include <QString>

#include <functional>

// Writes a large, realistic and deterministic programme for measuring the app: N pairings of
// 2–4 cities over the four themes, drawn from N × 2.5 cities in real countries and IANA zones,
// each with a cycle of 4–6 sessions (agendas of 6–12 blocks, attendance, ~30 entries of minutes
// and ~5 action items per held session), a pilot per member city with its plan and an
// assessment at every held session. The same seed gives the same data.
class SyntheticProgramme
{
public:
    struct Options
    {
        int pairings = 100;
        quint64 seed = 1;
    };
    struct Counts
    {
        qint64 cities = 0;
        qint64 people = 0;
        qint64 pairings = 0;
        qint64 sessions = 0;
        qint64 agendaItems = 0;
        qint64 attendance = 0;
        qint64 notes = 0;
        qint64 actions = 0;
        qint64 pilots = 0;
        qint64 planActions = 0;
        qint64 assessments = 0;
    };
    // Called after each batch of pairings is written.
    using Progress = std::function<void(int pairingsWritten, int pairingsTotal)>;

    static constexpr int MaxPairings = 1000000;

    // The day the data is built around: sessions before it are held, after it scheduled.
    static QDate referenceDate() { return QDate(2027, 3, 20); }

    // Writes a new database at path, which must not exist yet; the file appears only once it
    // is complete (it is written beside it under another name, then renamed).
    static Result<Counts> generate(const QString &path, const Options &options,
                                   const Progress &progress = {});
};
