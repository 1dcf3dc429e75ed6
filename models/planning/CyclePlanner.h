#pragma once

#include "domain/Records.h"
#include "planning/SlotFinder.h"
#include "store/TemplateStore.h"

#include <QDate>

// Proposes a pairing's cycle: matchmaking / kick-off, sharing, learning and showcasing spread
// over twelve months from a start date, each at the best time for every member city in the
// week of its target date, with the default agenda of its kind. Nothing is written: the
// facilitator edits the proposal and the Editor adds it as one undoable step.
class CyclePlanner
{
public:
    static constexpr int CycleMonths = 12;

    // The month offsets of the four sessions from the start date: 0, 4, 8 and 12.
    static QList<int> monthOffsets();

    // templates: one per kind (missing kinds get an empty agenda of the session's length).
    // firstSequence: the number the first proposed session takes (after existing ones).
    static QList<SessionRecord> propose(qint64 pairingId, QDate start, const QList<SlotCity> &cities,
                                        const QList<TemplateRecord> &templates, int firstSequence = 1);

    // The best start in the seven days from a date, or (when nothing fits) the closest miss;
    // invalid when there are no cities to fit.
    static QDateTime bestStartInWeek(const QList<SlotCity> &cities, QDate from, int durationMinutes);
};
