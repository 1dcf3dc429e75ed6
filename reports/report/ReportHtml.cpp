#include "ReportHtml.h"

#include "charts/PairingCharts.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

// Q_DECLARE_TR_FUNCTIONS tells lupdate the context of each Text::tr() in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProgressReport)
};

const char Accent[] = "#1f5f7a";
const char Muted[] = "#5f6b73";
const char Rule[] = "#c9d1d6";
const char Shade[] = "#eef3f5";
const char Alert[] = "#a5400b";

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString levelText(const Rubric &rubric, std::optional<int> level)
{
    if (!level)
        return Text::tr("not assessed");
    const RubricLevel *l = rubric.level(*level);
    return l ? QStringLiteral("%1 %2").arg(*level).arg(l->name) : QString::number(*level);
}

class Writer
{
public:
    Writer(const ReportData &data, int figures, const Rubric &rubric)
        : m_data(data), m_p(data.progress), m_figures(figures), m_rubric(rubric)
    {
    }

    QString html()
    {
        m_html += QStringLiteral("<html><body>");
        header();
        indicators();
        rule();
        charts();
        if (m_data.pairing)
            cycle();
        pairings();
        pilots();
        plans();
        m_html += QStringLiteral("</body></html>");
        return m_html;
    }

private:
    void section(const QString &title)
    {
        m_html += QStringLiteral("<h2 style=\"font-size:13pt; color:%1; margin-top:%2px; "
                                 "margin-bottom:%3px;\">%4</h2>")
                      .arg(QLatin1String(Accent))
                      .arg(ReportHtml::px(16))
                      .arg(ReportHtml::px(6))
                      .arg(esc(title));
    }

    void muted(const QString &text)
    {
        m_html +=
            QStringLiteral("<p style=\"color:%1; margin-top:0px; margin-bottom:%2px;\">%3</p>")
                .arg(QLatin1String(Muted))
                .arg(ReportHtml::px(4))
                .arg(esc(text));
    }

    QString tableStart() const
    {
        return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\" "
                              "style=\"border-collapse:collapse;"
                              " border-color:%2; border-style:solid; margin-bottom:%3px; "
                              "font-size:8.5pt;\" border=\"%4\">")
            .arg(ReportHtml::px(2.5))
            .arg(QLatin1String(Rule))
            .arg(ReportHtml::px(4))
            .arg(ReportHtml::px(0.5));
    }

    // points: the size of the headings; narrow columns take smaller ones.
    QString head(const QStringList &labels, const QStringList &widths, qreal points = 8) const
    {
        QString row = QStringLiteral("<thead><tr>");
        for (int i = 0; i < labels.size(); ++i)
            row += QStringLiteral("<th width=\"%1\" bgcolor=\"%2\" align=\"left\" "
                                  "style=\"font-size:%3pt; color:%4;\">%5</th>")
                       .arg(widths.value(i), QLatin1String(Shade))
                       .arg(points)
                       .arg(QLatin1String(Muted), esc(labels.at(i)));
        return row + QStringLiteral("</tr></thead>");
    }

    static QString cell(const QString &text, bool alert = false)
    {
        return alert ? QStringLiteral("<td style=\"color:%1; font-weight:bold;\">%2</td>")
                           .arg(QLatin1String(Alert), esc(text))
                     : QStringLiteral("<td>%1</td>").arg(esc(text));
    }

    void indicatorRow(const QString &label, const QString &value, const QString &note = QString())
    {
        m_html += QStringLiteral("<tr><td width=\"42%\" style=\"color:%1;\">%2</td><td "
                                 "width=\"58%\"><b>%3</b>%4</td></tr>")
                      .arg(QLatin1String(Muted), esc(label), esc(value),
                           note.isEmpty() ? QString()
                                          : QStringLiteral(" <span style=\"color:%1;\">%2</span>")
                                                .arg(QLatin1String(Muted), esc(note)));
    }

    void header()
    {
        const QLocale locale;
        m_html +=
            QStringLiteral("<p style=\"font-size:9pt; color:%1; margin-bottom:%2px;\">%3 · %4</p>")
                .arg(QLatin1String(Muted))
                .arg(ReportHtml::px(2))
                .arg(esc(m_data.programme), esc(Text::tr("Progress report")));
        QString heading = m_p.scopeLabel;
        QString subtitle;
        if (m_data.pairing) {
            const PairingProgress &pairing = m_data.pairing->progress;
            heading = QStringLiteral("%1 · %2").arg(pairing.code,
                                                    pairing.cities.join(QStringLiteral(" · ")));
            subtitle = pairing.themeName;
        } else if (m_p.scope.themeId) {
            subtitle = Text::tr("A theme of the programme");
        } else {
            subtitle = Text::tr("Every theme and pairing of the programme");
        }
        m_html += QStringLiteral("<h1 style=\"font-size:20pt; color:%1; margin-top:0px; "
                                 "margin-bottom:%2px;\">%3</h1>")
                      .arg(QLatin1String(Accent))
                      .arg(ReportHtml::px(2))
                      .arg(esc(heading));
        m_html += QStringLiteral(
                      "<p style=\"font-size:11pt; margin-top:0px; margin-bottom:%1px;\">%2</p>")
                      .arg(ReportHtml::px(2))
                      .arg(esc(subtitle));
        if (m_data.pairing && !m_data.pairing->progress.challenge.isEmpty())
            m_html +=
                QStringLiteral("<p style=\"margin-top:0px; margin-bottom:%1px;\"><i>%2</i></p>")
                    .arg(ReportHtml::px(4))
                    .arg(esc(m_data.pairing->progress.challenge));
        muted(Text::tr("Data as of %1 · written %2 UTC")
                  .arg(locale.toString(m_p.asOf, QStringLiteral("d MMMM yyyy")),
                       m_data.generatedUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }

    void indicators()
    {
        const ProgressIndicators &t = m_p.totals;
        const QLocale locale;
        section(Text::tr("Indicators"));
        m_html += tableStart();
        indicatorRow(Text::tr("Pairings"), QString::number(t.pairings));
        indicatorRow(Text::tr("Cities engaged"), QString::number(t.cities));
        indicatorRow(Text::tr("Countries engaged"), QString::number(t.countries));
        indicatorRow(Text::tr("Sessions held / planned"),
                     Text::tr("%1 / %2").arg(t.sessionsHeld).arg(t.sessionsPlanned),
                     Text::tr("(planned: not cancelled; at least %1 per pairing)")
                         .arg(PairingCharts::MinimumSessions));
        indicatorRow(Text::tr("Sessions held this quarter"), QString::number(m_p.sessionsHeldThisQuarter),
                     Text::tr("(%1 – %2)")
                         .arg(locale.toString(m_p.quarterStart, QStringLiteral("d MMM yyyy")),
                              locale.toString(m_p.quarterEnd, QStringLiteral("d MMM yyyy"))));
        indicatorRow(Text::tr("Participants"), QString::number(t.participants),
                     Text::tr("(people present at one session or more)"));
        indicatorRow(Text::tr("Action items closed / open / overdue"),
                     Text::tr("%1 / %2 / %3").arg(t.actionsDone).arg(t.actionsOpen).arg(t.actionsOverdue),
                     Text::tr("(of %1 agreed)").arg(t.actions));
        for (const RubricLevel &level : m_rubric.levels())
            indicatorRow(Text::tr("Pilots at level %1 · %2").arg(level.level).arg(level.name),
                         QString::number(t.pilotsByOverall.value(level.level)),
                         level.stage.isEmpty() ? QString() : Text::tr("(stage: %1)").arg(level.stage));
        indicatorRow(Text::tr("Pilots not assessed yet"), QString::number(t.pilots - t.pilotsAssessed));
        indicatorRow(Text::tr("Pilots ready to pilot"), Text::tr("%1 of %2").arg(t.pilotsReady).arg(t.pilots),
                     Text::tr("(%1 assessed)").arg(t.pilotsAssessed));
        m_html += QStringLiteral("</table>");
    }

    void rule()
    {
        m_html +=
            QStringLiteral("<p style=\"margin-top:%1px; margin-bottom:%2px;\"><b>%3</b> %4</p>")
                .arg(ReportHtml::px(4))
                .arg(ReportHtml::px(2))
                .arg(esc(Text::tr("Readiness rule.")), esc(m_rubric.rulesText()));
        QStringList levels;
        for (const RubricLevel &level : m_rubric.levels())
            levels << QStringLiteral("%1 %2").arg(level.level).arg(level.name);
        muted(Text::tr("%1 (version %2), levels: %3.")
                  .arg(m_rubric.name())
                  .arg(m_rubric.version())
                  .arg(levels.join(QStringLiteral(" · "))));
    }

    void charts()
    {
        if (m_figures == 0)
            return;
        section(Text::tr("Charts"));
        for (int i = 0; i < m_figures; ++i)
            m_html +=
                QStringLiteral(
                    "<p align=\"center\" style=\"margin-top:%1px; margin-bottom:%1px;\">%2</p>")
                    .arg(ReportHtml::px(6))
                    .arg(ReportHtml::figureMarker(i));
    }

    void cycle()
    {
        section(Text::tr("Sessions of the cycle"));
        const QList<CycleSessionPoint> &sessions = m_data.pairing->sessions;
        if (sessions.isEmpty()) {
            muted(Text::tr("No sessions planned yet."));
            return;
        }
        const QLocale locale;
        m_html += tableStart();
        m_html += head({Text::tr("Session"), Text::tr("Kind"), Text::tr("Date (UTC)"), Text::tr("Status")},
                       {QStringLiteral("14%"), QStringLiteral("36%"), QStringLiteral("30%"),
                        QStringLiteral("20%")});
        for (const CycleSessionPoint &s : sessions)
            m_html += QStringLiteral("<tr>%1%2%3%4</tr>")
                          .arg(cell(Text::tr("S%1").arg(s.sequence)),
                               cell(Vocabulary::sessionKindLabel(s.kind)),
                               cell(s.startUtc.isValid()
                                        ? locale.toString(s.startUtc.toUTC(),
                                                          QStringLiteral("d MMM yyyy, HH:mm"))
                                        : Text::tr("no date yet")),
                               cell(Vocabulary::sessionStatusLabel(s.status)));
        m_html += QStringLiteral("</table>");
    }

    // Long tables are cut into tables of a few dozen rows, each with its head: Qt lays out one
    // huge table again and again as it breaks it into pages, which takes minutes for thousands of
    // rows; short tables are laid out once.
    void splitTable(int row, const QString &start)
    {
        constexpr int RowsPerTable = 30;
        if (row > 0 && row % RowsPerTable == 0)
            m_html += QStringLiteral("</table>") + start;
    }

    void pairings()
    {
        section(Text::tr("Pairings"));
        if (m_p.pairings.isEmpty()) {
            muted(Text::tr("No pairings in this scope."));
            return;
        }
        const QString start = tableStart() +
                              head({Text::tr("Pairing"), Text::tr("Cities"), Text::tr("Stage"), Text::tr("Sessions held / planned"),
                                    Text::tr("Actions open / done / overdue"), Text::tr("Pilots ready / total"),
                                    Text::tr("Lowest readiness")},
                                   {QStringLiteral("8%"), QStringLiteral("30%"), QStringLiteral("11%"),
                                    QStringLiteral("12%"), QStringLiteral("14%"), QStringLiteral("10%"),
                                    QStringLiteral("15%")});
        m_html += start;
        int rows = 0;
        for (const PairingProgress &p : m_p.pairings) {
            splitTable(rows++, start);
            m_html +=
                QStringLiteral("<tr><td><b>%1</b></td>%2%3%4%5%6%7</tr>")
                    .arg(esc(p.code), cell(p.cities.join(QStringLiteral(", "))),
                         cell(ProgressQueries::stageName(p.stage)),
                         cell(Text::tr("%1 / %2").arg(p.sessionsHeld).arg(p.sessionsPlanned),
                              p.sessionsPlanned < PairingCharts::MinimumSessions),
                         cell(Text::tr("%1 / %2 / %3")
                                  .arg(p.actionsOpen)
                                  .arg(p.actionsDone)
                                  .arg(p.actionsOverdue),
                              p.actionsOverdue > 0),
                         cell(Text::tr("%1 / %2").arg(p.pilotsReady).arg(p.pilots)),
                         cell(p.pilots ? levelText(m_rubric, p.lowestReadiness) : Text::tr("no pilot")));
        }
        m_html += QStringLiteral("</table>");
        muted(Text::tr("Red: fewer than four sessions planned, or action items overdue."));
    }

    void pilots()
    {
        section(Text::tr("Pilots"));
        if (m_p.pilots.isEmpty()) {
            muted(Text::tr("No pilots in this scope yet."));
            return;
        }
        const QList<RubricDimension> &dimensions = m_rubric.dimensions();
        QStringList key;
        // One column per dimension, as wide as its short name needs; the pilot in one cell.
        QStringList labels{Text::tr("Pilot")};
        QStringList widths{QStringLiteral("23%")};
        for (const RubricDimension &d : dimensions) {
            labels << d.shortName;
            widths << QStringLiteral("10%");
            if (d.shortName != d.name)
                key << Text::tr("%1: %2").arg(d.shortName, d.name);
        }
        labels << Text::tr("Overall (avg)") << Text::tr("Ready");
        widths << QStringLiteral("10%") << QStringLiteral("7%");
        muted(
            key.isEmpty()
                ? Text::tr("Levels of the latest assessment.")
                : Text::tr("Levels of the latest assessment. %1.").arg(key.join(QStringLiteral(" · "))));
        const QString start = tableStart() + head(labels, widths, 7);
        m_html += start;
        int rows = 0;
        for (const PilotStanding &s : m_p.pilots) {
            splitTable(rows++, start);
            QString row = QStringLiteral("<tr><td><b>%1 %2</b><br/>%3</td>")
                              .arg(esc(s.pairingCode), esc(s.cityName), esc(s.title));
            for (const RubricDimension &d : dimensions) {
                const std::optional<int> level = s.latest ? s.latest->levelOf(d.id) : std::nullopt;
                row += level ? cell(QString::number(*level), *level < m_rubric.readyThreshold())
                             : cell(QStringLiteral("–"));
            }
            QString overall =
                s.readiness.overall ? QString::number(*s.readiness.overall) : QStringLiteral("–");
            if (s.readiness.beside)
                overall +=
                    QStringLiteral(" (%1)").arg(QLocale().toString(*s.readiness.beside, 'f', 1));
            row += cell(overall) + cell(s.readiness.ready ? Text::tr("yes") : Text::tr("no"));
            m_html += row + QStringLiteral("</tr>");
        }
        m_html += QStringLiteral("</table>");
        muted(Text::tr("Red: below level %1, the level every dimension needs for the pilot to be ready.")
                  .arg(m_rubric.readyThreshold()));
    }

    void plans()
    {
        section(Text::tr("Pilot plans"));
        QStringList without;
        const QLocale locale;
        for (const PilotStanding &s : m_p.pilots) {
            const QString name = Text::tr("%1 · %2 — %3").arg(s.pairingCode, s.cityName, s.title);
            const QList<PlanActionRecord> plan = m_data.plans.value(s.pilotId);
            if (plan.isEmpty()) {
                without << QStringLiteral("%1 %2").arg(s.pairingCode, s.cityName);
                continue;
            }
            m_html +=
                QStringLiteral(
                    "<h3 style=\"font-size:10.5pt; margin-top:%1px; margin-bottom:%2px;\">%3</h3>")
                    .arg(ReportHtml::px(8))
                    .arg(ReportHtml::px(3))
                    .arg(esc(name));
            m_html += tableStart();
            m_html += head({Text::tr("#"), Text::tr("Action"), Text::tr("Timing"), Text::tr("Responsible"), Text::tr("Cost"),
                            Text::tr("Funding"), Text::tr("Indicator"), Text::tr("Risk")},
                           {QStringLiteral("3%"), QStringLiteral("21%"), QStringLiteral("15%"),
                            QStringLiteral("14%"), QStringLiteral("10%"), QStringLiteral("12%"),
                            QStringLiteral("13%"), QStringLiteral("12%")});
            int number = 0;
            for (const PlanActionRecord &a : plan) {
                QStringList timing;
                if (a.startDate.isValid())
                    timing << locale.toString(a.startDate, QStringLiteral("d MMM yyyy"));
                if (a.endDate.isValid())
                    timing << locale.toString(a.endDate, QStringLiteral("d MMM yyyy"));
                const QString cost =
                    a.costAmount ? QStringLiteral("%1 %2")
                                       .arg(locale.toString(*a.costAmount, 'f', 0), a.costCurrency)
                                       .trimmed()
                                 : QString();
                m_html +=
                    QStringLiteral("<tr>%1%2%3%4%5%6%7%8</tr>")
                        .arg(cell(QString::number(++number)), cell(a.title),
                             cell(timing.join(QStringLiteral(" – "))), cell(a.responsible),
                             cell(cost), cell(a.fundingSource), cell(a.indicator), cell(a.risk));
            }
            m_html += QStringLiteral("</table>");
        }
        if (!without.isEmpty())
            muted(Text::tr("No plan yet: %1.").arg(without.join(QStringLiteral(", "))));
    }

    const ReportData &m_data;
    const ProgrammeProgress &m_p;
    int m_figures;
    const Rubric &m_rubric;
    QString m_html;
};

} // namespace

namespace ReportHtml {

int px(qreal points)
{
    return qMax(1, qRound(points * 96 / 72.0));
}

QString figureMarker(int index)
{
    return QStringLiteral("[[c2c-figure-%1]]").arg(index);
}

QString html(const ReportData &data, int figures, const Rubric &rubric)
{
    return Writer(data, figures, rubric).html();
}

} // namespace ReportHtml
