#include "ProgrammeCharts.h"

#include "ChartFrame.h"
#include "ChartLinks.h"
#include "ChartStyle.h"
#include "PairingCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

namespace {

// Q_DECLARE_TR_FUNCTIONS tells lupdate the context of each Text::tr() in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeCharts)
};

QBarSet *barSet(const QString &key, const QString &name, const QColor &colour)
{
    auto *set = new QBarSet(name);
    set->setObjectName(key);
    set->setColor(colour);
    return set;
}

// Labels are concatenated, not formatted with arg(): the dashboard makes one for each of
// 24,000 pilots and 10,000 pairings, and parsing a format for each was a tenth of its charts.
QString pairingLabel(const PairingProgress &p)
{
    if (p.cities.isEmpty())
        return p.code;
    QString label = p.code;
    label += u' ';
    label += p.cities.join(QStringLiteral(" · "));
    return label;
}

QString pilotLabel(const PilotStanding &s)
{
    QString label;
    label.reserve(s.pairingCode.size() + s.cityName.size() + s.title.size() + 3);
    label += s.pairingCode;
    label += u' ';
    label += s.cityName;
    label += QLatin1String(": ");
    label += s.title;
    return label;
}

// What a bar of a theme chart stands for: the set's key and the theme's index in the figures'
// order. Found when the bar is hovered or clicked (ChartLinks::addFinder): at 10,000 pairings
// the charts would otherwise make 100,000 targets and their labels at every refresh.
using ThemeTargets = std::function<QList<ChartTarget>(const QString &setKey, int theme)>;

// Horizontal stacked bars over the themes, first theme on top; sets without a value are left
// out (and out of the legend), and so are their links.
std::unique_ptr<QChart> themeBars(const QString &title, const QStringList &themes,
                                  QList<QBarSet *> sets, const ThemeTargets &targets,
                                  const QString &valueTitle, const ChartStyle &style)
{
    auto chart = ChartFrame::create(title);
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.6);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    int most = 0;
    QList<int> totals(themes.size(), 0);
    for (QBarSet *set : sets) {
        if (set->sum() <= 0) {
            delete set;
            continue;
        }
        for (int i = 0; i < set->count(); ++i)
            totals[i] += int(set->at(i));
        series->append(set);
    }
    for (int total : std::as_const(totals))
        most = qMax(most, total);
    chart->addSeries(series);
    QStringList labels;
    for (const QString &theme : themes)
        labels.prepend(ChartFrame::axisLabel(theme, 22));
    auto *y = new QBarCategoryAxis;
    y->append(labels);
    y->setGridLineVisible(false);
    QValueAxis *x = ChartFrame::countAxis(most, valueTitle);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    ChartLinks *links = ChartLinks::attach(chart.get());
    const int n = int(themes.size());
    for (const QBarSet *set : series->barSets()) {
        links->addFinder(set, [targets, key = set->objectName(), n](int bar) {
            // The bars run reversed: the first theme on top.
            return bar >= 0 && bar < n ? targets(key, n - 1 - bar) : QList<ChartTarget>();
        });
    }
    ChartFrame::finish(chart.get(), style);
    return chart;
}

// What clicking a pilot or a pairing opens.
ChartTarget targetOf(const PilotStanding &s)
{
    return {ChartTarget::Kind::Pilot, s.pilotId, pilotLabel(s)};
}

ChartTarget targetOf(const PairingProgress &p)
{
    return {ChartTarget::Kind::Pairing, p.pairingId, pairingLabel(p)};
}

// The pilots or pairings of the figures that belong, as targets.
template <typename Record, typename Belongs>
QList<ChartTarget> targetsAmong(const QList<Record> &records, const Belongs &belongs)
{
    QList<ChartTarget> targets;
    for (const Record &r : records) {
        if (belongs(r))
            targets.append(targetOf(r));
    }
    return targets;
}

} // namespace

namespace ProgrammeCharts {

std::unique_ptr<QChart> stagesByTheme(const ProgrammeProgress &progress, const ChartStyle &style)
{
    const QString title = Text::tr("Pairings by theme and stage");
    if (progress.pairings.isEmpty())
        return ChartFrame::empty(title, Text::tr("No pairings yet"), style);
    QStringList themes;
    for (const ThemeStages &t : progress.stagesByTheme)
        themes << t.themeName;
    const int n = int(themes.size());
    QList<QBarSet *> sets;
    for (const QString &stage : ProgressQueries::stageKeys()) {
        QBarSet *set = barSet(stage, ProgressQueries::stageName(stage), ChartStyle::stage(stage));
        for (int i = n - 1; i >= 0; --i) // reversed: the first theme on top
            set->append(progress.stagesByTheme.at(i).byStage.value(stage));
        sets << set;
    }
    const auto targets = [progress](const QString &stage, int theme) {
        const qint64 themeId = progress.stagesByTheme.at(theme).themeId;
        return targetsAmong(progress.pairings, [&](const PairingProgress &p) {
            return p.stage == stage && p.themeId == themeId;
        });
    };
    return themeBars(title, themes, sets, targets, Text::tr("Pairings"), style);
}

std::unique_ptr<QChart> readinessByTheme(const ProgrammeProgress &progress, const Rubric &rubric,
                                         const ChartStyle &style)
{
    const QString title = Text::tr("Pilots by theme and overall readiness");
    if (progress.pilots.isEmpty())
        return ChartFrame::empty(title, Text::tr("No pilots yet"), style);
    QStringList themes;
    for (const ThemeReadiness &t : progress.readinessByTheme)
        themes << t.themeName;
    const int n = int(themes.size());
    QList<QBarSet *> sets;
    for (const RubricLevel &level : rubric.levels()) {
        // The level's first word ("4 Validated") keeps the legend within a dashboard panel.
        QBarSet *set =
            barSet(QString::number(level.level),
                   QStringLiteral("%1 %2").arg(level.level).arg(level.name.section(u' ', 0, 0)),
                   ChartStyle::level(level.level, rubric.minLevel(), rubric.maxLevel()));
        for (int i = n - 1; i >= 0; --i)
            set->append(progress.readinessByTheme.at(i).byOverall.value(level.level));
        sets << set;
    }
    const QString notAssessed = QStringLiteral("not_assessed");
    QBarSet *none = barSet(notAssessed, Text::tr("Not assessed"), ChartStyle::neutral());
    for (int i = n - 1; i >= 0; --i)
        none->append(progress.readinessByTheme.at(i).notAssessed);
    sets << none;
    // A level's set is keyed by the level: "3" stands for the pilots whose overall level is 3.
    const auto targets = [progress, notAssessed](const QString &key, int theme) {
        const qint64 themeId = progress.readinessByTheme.at(theme).themeId;
        const std::optional<int> level =
            key == notAssessed ? std::nullopt : std::optional<int>(key.toInt());
        return targetsAmong(progress.pilots, [&](const PilotStanding &s) {
            return s.themeId == themeId && s.readiness.overall == level;
        });
    };
    return themeBars(title, themes, sets, targets, Text::tr("Pilots"), style);
}

std::unique_ptr<QChart> pilotsReady(const ProgrammeProgress &progress, const ChartStyle &style)
{
    const ProgressIndicators &t = progress.totals;
    if (t.pilots == 0)
        return ChartFrame::empty(Text::tr("Pilots ready to pilot"), Text::tr("No pilots yet"), style);
    auto chart =
        ChartFrame::create(Text::tr("Pilots ready to pilot: %1 of %2").arg(t.pilotsReady).arg(t.pilots));
    auto *series = new QPieSeries;
    series->setHoleSize(0.45);
    series->setPieSize(0.75);
    ChartLinks *links = ChartLinks::attach(chart.get());
    QStringList names;
    using Belongs = bool (*)(const PilotStanding &);
    struct Part
    {
        const char *key;
        QString name;
        int count;
        QColor colour;
        Belongs belongs;
    };
    const Part parts[] = {
        {"ready", Text::tr("Ready"), t.pilotsReady, ChartStyle::ready(),
         [](const PilotStanding &s) { return s.readiness.ready; }},
        {"not_ready", Text::tr("Not ready"), t.pilotsAssessed - t.pilotsReady, ChartStyle::notReady(),
         [](const PilotStanding &s) { return s.readiness.overall && !s.readiness.ready; }},
        {"not_assessed", Text::tr("Not assessed"), t.pilots - t.pilotsAssessed, ChartStyle::neutral(),
         [](const PilotStanding &s) { return !s.readiness.overall; }},
    };
    for (const Part &part : parts) {
        if (part.count <= 0)
            continue;
        // The count in the ring, the name in the legend: outside labels get cut in a narrow panel.
        QPieSlice *slice = series->append(QString::number(part.count), part.count);
        slice->setObjectName(QLatin1String(part.key));
        slice->setColor(part.colour);
        slice->setLabelVisible(true);
        slice->setLabelPosition(QPieSlice::LabelInsideHorizontal);
        names << part.name;
        links->addFinder(slice, [progress, belongs = part.belongs](int) {
            return targetsAmong(progress.pilots, belongs);
        });
    }
    chart->addSeries(series);
    const QList<QLegendMarker *> markers = chart->legend()->markers(series);
    for (int i = 0; i < markers.size() && i < names.size(); ++i)
        markers.at(i)->setLabel(names.at(i));
    ChartFrame::finish(chart.get(), style);
    return chart;
}

std::unique_ptr<QChart> sessionsByTheme(const ProgrammeProgress &progress, const ChartStyle &style)
{
    const QString title = Text::tr("Sessions by theme: %1 held of %2 planned")
                              .arg(progress.totals.sessionsHeld)
                              .arg(progress.totals.sessionsPlanned);
    if (progress.pairings.isEmpty())
        return ChartFrame::empty(Text::tr("Sessions by theme"), Text::tr("No pairings yet"), style);
    QStringList themes;
    for (const ThemeStages &t : progress.stagesByTheme)
        themes << t.themeName;
    const int n = int(themes.size());
    QBarSet *held = barSet(QStringLiteral("held"), Text::tr("Held"),
                           ChartStyle::sessionStatus(QStringLiteral("held")));
    QBarSet *planned = barSet(QStringLiteral("planned"), Text::tr("Planned, not held yet"),
                              ChartStyle::sessionStatus(QStringLiteral("scheduled")));
    QBarSet *toPlan = barSet(QStringLiteral("to_plan"), Text::tr("To plan"), ChartStyle::neutral());
    for (int i = n - 1; i >= 0; --i) {
        int h = 0, p = 0, missing = 0;
        for (const PairingProgress &pairing : progress.pairings) {
            if (pairing.themeId != progress.stagesByTheme.at(i).themeId)
                continue;
            h += pairing.sessionsHeld;
            p += pairing.sessionsPlanned - pairing.sessionsHeld;
            missing += qMax(0, PairingCharts::MinimumSessions - pairing.sessionsPlanned);
        }
        held->append(h);
        planned->append(p);
        toPlan->append(missing);
    }
    // Every part of a theme's bar opens its pairings.
    const auto targets = [progress](const QString &, int theme) {
        const qint64 themeId = progress.stagesByTheme.at(theme).themeId;
        return targetsAmong(progress.pairings,
                            [&](const PairingProgress &p) { return p.themeId == themeId; });
    };
    return themeBars(title, themes, {held, planned, toPlan}, targets, Text::tr("Sessions"), style);
}

std::unique_ptr<QChart> overdueByPairing(const ProgrammeProgress &progress, const ChartStyle &style,
                                         int limit)
{
    QList<PairingProgress> late;
    for (const PairingProgress &p : progress.pairings) {
        if (p.actionsOverdue > 0)
            late << p;
    }
    const QString title = Text::tr("Overdue action items by pairing");
    if (late.isEmpty())
        return ChartFrame::empty(title, Text::tr("No overdue action items"), style);
    std::stable_sort(late.begin(), late.end(),
                     [](const PairingProgress &a, const PairingProgress &b) {
                         return a.actionsOverdue > b.actionsOverdue; // ties stay in code order
                     });
    const int total = int(late.size());
    if (late.size() > limit)
        late = late.mid(0, limit);
    auto chart = ChartFrame::create(
        total > limit ? Text::tr("%1 (top %2 of %n pairings)", nullptr, total).arg(title).arg(limit) : title);
    QBarSet *set =
        barSet(QStringLiteral("overdue"), Text::tr("Overdue action items"), ChartStyle::overdue());
    QStringList codes;
    ChartLinks *links = ChartLinks::attach(chart.get());
    for (int i = int(late.size()) - 1; i >= 0; --i) { // most overdue on top
        const PairingProgress &p = late.at(i);
        links->add(set, int(codes.size()),
                   {ChartTarget::Kind::OverdueActions, p.pairingId,
                    Text::tr("Overdue action items of %1").arg(p.code)});
        codes << p.code;
        set->append(p.actionsOverdue);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(codes);
    y->setGridLineVisible(false);
    const int most = late.first().actionsOverdue;
    QValueAxis *x = ChartFrame::countAxis(most + qMax(1, most / 8), Text::tr("Overdue action items"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    chart->legend()->hide();
    ChartFrame::finish(chart.get(), style);
    return chart;
}

ProgrammeProgress drawnOnly(ProgrammeProgress progress)
{
    // Only what pairingLabel(), pilotLabel() and the charts above read is kept, and what
    // ProgressQueries::tally() sums (the figures are brought up to date from these);
    // ProgressSnapshot writes these same fields, and no others (keep the two lists together).
    for (PairingProgress &p : progress.pairings) {
        PairingProgress kept;
        kept.pairingId = p.pairingId;
        kept.code = std::move(p.code);
        kept.themeId = p.themeId;
        kept.cities = std::move(p.cities);
        kept.stage = std::move(p.stage);
        kept.sessionsPlanned = p.sessionsPlanned;
        kept.sessionsHeld = p.sessionsHeld;
        kept.sessionsHeldThisQuarter = p.sessionsHeldThisQuarter;
        kept.actions = p.actions;
        kept.actionsOpen = p.actionsOpen;
        kept.actionsDone = p.actionsDone;
        kept.actionsOverdue = p.actionsOverdue;
        kept.pilots = p.pilots;
        kept.pilotsReady = p.pilotsReady;
        kept.lowestReadiness = p.lowestReadiness;
        p = std::move(kept);
    }
    for (PilotStanding &s : progress.pilots) {
        PilotStanding kept;
        kept.pilotId = s.pilotId;
        kept.title = std::move(s.title);
        kept.cityId = s.cityId;
        kept.cityName = std::move(s.cityName);
        kept.pairingId = s.pairingId;
        kept.pairingCode = std::move(s.pairingCode);
        kept.themeId = s.themeId;
        kept.readiness.assessed = s.readiness.assessed;
        kept.readiness.overall = s.readiness.overall;
        kept.readiness.ready = s.readiness.ready;
        s = std::move(kept);
    }
    return progress;
}

} // namespace ProgrammeCharts
