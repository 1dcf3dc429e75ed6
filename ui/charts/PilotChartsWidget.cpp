#include "PilotChartsWidget.h"

#include "ChartPanel.h"
#include "charts/ChartFrame.h"
#include "charts/PilotCharts.h"
#include "common/AppContext.h"
#include "common/RefreshWhenShown.h"
#include "database/Database.h"
#include "edit/ChangeNotifier.h"
#include "progress/ReadinessQueries.h"

#include <QChart>
#include <QHBoxLayout>

PilotChartsWidget::PilotChartsWidget(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_radar(new ChartPanel(this)),
      m_trend(new ChartPanel(this)), m_refresher(new RefreshWhenShown(this, 0, [this] { refresh(); }))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_radar, 1);
    layout->addWidget(m_trend, 1);

    // Edits come in bursts (an undo of a deleted pilot brings back its assessments one by one):
    // one read after the burst.
    connect(&context.notifier, &ChangeNotifier::changed, this,
            [this](ChangeNotifier::Entity entity, qint64 id, ChangeNotifier::Change) {
                using Entity = ChangeNotifier::Entity;
                // An assessment's pilot is not in the notice: any assessment may be one of ours.
                const bool ours =
                    m_pilotId != 0 && (entity == Entity::Assessment || entity == Entity::Session ||
                                       (entity == Entity::Pilot && id == m_pilotId));
                if (!ours)
                    return;
                m_refresher->request();
            });
    for (ChartPanel *panel : {m_radar, m_trend}) {
        connect(panel, &ChartPanel::failed, this, &PilotChartsWidget::failed);
        connect(panel, &ChartPanel::done, this, &PilotChartsWidget::done);
        connect(panel, &ChartPanel::targetActivated, this, [this](const ChartTarget &target) {
            if (target.kind == ChartTarget::Kind::Session)
                emit openSession(target.id);
        });
    }
    refresh();
}

void PilotChartsWidget::setPilot(qint64 pilotId)
{
    m_pilotId = pilotId;
    refresh();
}

void PilotChartsWidget::refresh()
{
    m_refresher->markFresh();
    QList<AssessmentPoint> history;
    QString note;
    if (!m_pilotId) {
        note = tr("No pilot selected");
    } else {
        const ReadinessQueries queries(m_context.database.connection());
        if (!queries.standing(m_pilotId)) {
            note = tr("The pilot no longer exists.");
        } else if (auto read = queries.history(m_pilotId)) {
            history = std::move(read).value();
        } else {
            note = read.error();
        }
    }
    const Rubric &rubric = Rubric::shipped();
    const QString stem = QStringLiteral("pilot-%1").arg(m_pilotId);
    if (!note.isEmpty()) {
        m_radar->setBuilder(
            [note](const ChartStyle &style) {
                return ChartFrame::empty(tr("Readiness by dimension"), note, style);
            },
            stem + QStringLiteral("-radar"));
        m_trend->setBuilder(
            [note](const ChartStyle &style) {
                return ChartFrame::empty(tr("Overall readiness over the cycle"), note, style);
            },
            stem + QStringLiteral("-trend"));
        return;
    }
    m_radar->setBuilder(
        [history, &rubric](const ChartStyle &style) {
            return PilotCharts::radar(history, rubric, style);
        },
        stem + QStringLiteral("-radar"));
    m_trend->setBuilder(
        [history, &rubric](const ChartStyle &style) {
            return PilotCharts::trend(history, rubric, style);
        },
        stem + QStringLiteral("-trend"));
}
