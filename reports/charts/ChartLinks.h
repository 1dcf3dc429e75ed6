#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPair>
#include <QString>

#include <functional>

class QChart;

// What a bar, slice or point of a chart stands for: clicking it opens this.
struct ChartTarget
{
    enum class Kind
    {
        Pairing,
        Pilot,
        Session,
        Actions,
        OverdueActions
    };

    Kind kind = Kind::Pairing;
    qint64 id = 0; // the pairing, pilot or session; for actions the pairing, 0 for all
    QString label; // how a menu offers it when a bar stands for several

    bool operator==(const ChartTarget &o) const
    {
        return kind == o.kind && id == o.id && label == o.label;
    }
};
Q_DECLARE_METATYPE(ChartTarget)

// The targets behind the parts of one chart, kept as a child of the chart so that they travel
// with it. A part is a QBarSet (index: the bar), a QPieSlice (index 0) or an XY series (index:
// the point).
class ChartLinks : public QObject
{
    Q_OBJECT
public:
    // The chart's links, nullptr when it has none.
    static ChartLinks *of(const QChart *chart);
    // The chart's links, created on first use.
    static ChartLinks *attach(QChart *chart);

    // The targets of a part's index, found when they are asked for.
    using Finder = std::function<QList<ChartTarget>(int index)>;

    void add(const QObject *part, int index, const ChartTarget &target);
    // For a part standing for thousands of pairings or pilots: nothing is spent on its targets
    // until it is hovered or clicked.
    void addFinder(const QObject *part, Finder finder);
    QList<ChartTarget> at(const QObject *part, int index) const;
    // Every part with a target or a finder.
    QList<const QObject *> parts() const;

private:
    explicit ChartLinks(QObject *chart) : QObject(chart) {}
    QHash<QPair<const QObject *, int>, QList<ChartTarget>> m_targets;
    QHash<const QObject *, Finder> m_finders;
};
