#include "CyclePlanner.h"

#include "domain/Vocabulary.h"

QList<int> CyclePlanner::monthOffsets()
{
    const int steps = int(Vocabulary::cycleKinds().size()) - 1;
    QList<int> offsets;
    for (int i = 0; i <= steps; ++i)
        offsets << i * CycleMonths / steps;
    return offsets;
}

QDateTime CyclePlanner::bestStartInWeek(const QList<SlotCity> &cities, QDate from, int durationMinutes)
{
    if (cities.isEmpty())
        return {};
    const SlotSearch search = SlotFinder::find(cities, from, from.addDays(6), durationMinutes, 1);
    return search.found.isEmpty() ? QDateTime() : search.found.first().startUtc;
}

QList<SessionRecord> CyclePlanner::propose(qint64 pairingId, QDate start, const QList<SlotCity> &cities,
                                           const QList<TemplateRecord> &templates, int firstSequence)
{
    QList<SessionRecord> sessions;
    const QStringList kinds = Vocabulary::cycleKinds();
    const QList<int> offsets = monthOffsets();
    for (int i = 0; i < kinds.size(); ++i) {
        SessionRecord session;
        session.pairingId = pairingId;
        session.sequence = firstSequence + i;
        session.kind = kinds.at(i);
        session.title = Vocabulary::sessionKindLabel(session.kind);
        session.status = QStringLiteral("draft");
        session.mode = QStringLiteral("online");
        for (const TemplateRecord &t : templates) {
            if (t.kind == session.kind) {
                session.agenda = TemplateStore::agendaFrom(t);
                session.objectives = t.description;
                if (t.totalMinutes() > 0)
                    session.durationMinutes = t.totalMinutes();
                break;
            }
        }
        session.startUtc = bestStartInWeek(cities, start.addMonths(offsets.at(i)), session.durationMinutes);
        sessions << session;
    }
    return sessions;
}
