#include "KpiStrip.h"

#include "progress/ProgressQueries.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

KpiStrip::KpiStrip(QWidget *parent) : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    for (int i = 0; i < FigureCount; ++i) {
        Tile tile;
        auto *frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setBackgroundRole(QPalette::Base);
        frame->setAutoFillBackground(true);
        tile.frame = frame;
        tile.value = new QLabel(frame);
        QFont big = tile.value->font();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        big.setBold(true);
        tile.value->setFont(big);
        tile.caption = new QLabel(frame);
        tile.caption->setForegroundRole(QPalette::PlaceholderText);
        tile.caption->setWordWrap(true);
        auto *column = new QVBoxLayout(frame);
        column->setContentsMargins(8, 4, 8, 6);
        column->setSpacing(0);
        column->addWidget(tile.value);
        column->addWidget(tile.caption);
        column->addStretch(1);
        row->addWidget(frame, 1);
        m_tiles << tile;
    }
    // The overdue figure opens the overdue action items.
    QLabel *overdue = m_tiles.at(Overdue).value;
    overdue->setTextFormat(Qt::RichText);
    overdue->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    overdue->setToolTip(tr("Show the overdue action items"));
    // Focusable for its link, and named before its figure arrives (until then it is empty).
    overdue->setAccessibleName(tr("Actions overdue"));
    connect(overdue, &QLabel::linkActivated, this, &KpiStrip::overdueRequested);
}

void KpiStrip::set(Figure figure, const QString &value, const QString &caption)
{
    Tile &tile = m_tiles[figure];
    if (figure == Overdue) {
        tile.value->setText(
            QStringLiteral("<a href=\"overdue\">%1</a>").arg(value.toHtmlEscaped()));
        tile.value->setAccessibleName(QStringLiteral("%1: %2").arg(caption, value));
    } else {
        tile.value->setText(value);
    }
    tile.value->setProperty("figure", value);
    tile.caption->setText(caption);
    tile.frame->setAccessibleName(QStringLiteral("%1: %2").arg(caption, value));
}

QString KpiStrip::value(Figure figure) const
{
    return m_tiles.at(figure).value->property("figure").toString();
}

QString KpiStrip::caption(Figure figure) const
{
    return m_tiles.at(figure).caption->text();
}

void KpiStrip::setProgress(const ProgrammeProgress &p)
{
    const ProgressIndicators &t = p.totals;
    const int quarter = (p.quarterStart.month() - 1) / 3 + 1;
    // "10,019" or "10.019", as the user's language writes it.
    const QLocale locale;
    const auto n = [&locale](int value) { return locale.toString(value); };
    set(Pairings, n(t.pairings), tr("Pairings"));
    set(Cities, n(t.cities), tr("Cities"));
    set(Countries, n(t.countries), tr("Countries"));
    set(Sessions, tr("%1 / %2").arg(n(t.sessionsHeld), n(t.sessionsPlanned)), tr("Sessions held / planned"));
    set(HeldThisQuarter, n(p.sessionsHeldThisQuarter),
        tr("Held in Q%1 %2").arg(quarter).arg(p.quarterStart.year()));
    set(Participants, n(t.participants), tr("Participants"));
    set(Overdue, n(t.actionsOverdue), tr("Actions overdue"));
    set(Pilots, tr("%1 / %2 / %3").arg(n(t.pilotsReady), n(t.pilotsAssessed), n(t.pilots)),
        tr("Pilots ready / assessed / total"));
}
