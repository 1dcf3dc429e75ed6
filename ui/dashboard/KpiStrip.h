#pragma once

#include <QList>
#include <QWidget>

struct ProgrammeProgress;
class QLabel;

// The dashboard's headline figures in a row of tiles: pairings, cities, countries, sessions held
// of planned, sessions held this quarter, participants, overdue action items (a link to them)
// and pilots ready / assessed / total.
class KpiStrip : public QWidget
{
    Q_OBJECT
public:
    enum Figure
    {
        Pairings,
        Cities,
        Countries,
        Sessions,
        HeldThisQuarter,
        Participants,
        Overdue,
        Pilots,
        FigureCount
    };

    explicit KpiStrip(QWidget *parent = nullptr);

    void setProgress(const ProgrammeProgress &progress);
    // The figure as shown, e.g. "12 / 40"; for tests and accessibility.
    QString value(Figure figure) const;
    QString caption(Figure figure) const;

signals:
    void overdueRequested();

private:
    struct Tile
    {
        QLabel *value = nullptr;
        QLabel *caption = nullptr;
        QWidget *frame = nullptr;
    };
    void set(Figure figure, const QString &value, const QString &caption);

    QList<Tile> m_tiles;
};
