#include "PairingProgressWidget.h"

#include "ChartPanel.h"
#include "charts/ChartFrame.h"
#include "charts/PairingCharts.h"
#include "common/AppContext.h"
#include "common/RefreshWhenShown.h"
#include "core/Clock.h"
#include "database/Database.h"
#include "edit/ChangeNotifier.h"
#include "progress/ProgressQueries.h"

#include <QChart>
#include <QGridLayout>

PairingProgressWidget::PairingProgressWidget(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_cycle(new ChartPanel(this)),
      m_actions(new ChartPanel(this)), m_pilots(new ChartPanel(this)),
      m_refresher(new RefreshWhenShown(this, 0, [this] { refresh(); }))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_cycle, 0, 0);
    layout->addWidget(m_actions, 0, 1);
    layout->addWidget(m_pilots, 1, 0, 1, 2);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);
    layout->setRowStretch(0, 2);
    layout->setRowStretch(1, 3);

    connect(&context.notifier, &ChangeNotifier::changed, this,
            [this](ChangeNotifier::Entity entity, qint64 id, ChangeNotifier::Change) {
                using Entity = ChangeNotifier::Entity;
                const bool ours =
                    m_pairingId != 0 &&
                    (entity == Entity::Session || entity == Entity::ActionItem ||
                     entity == Entity::Pilot || entity == Entity::Assessment ||
                     entity == Entity::City || (entity == Entity::Pairing && id == m_pairingId));
                if (!ours)
                    return;
                m_refresher->request();
            });
    for (ChartPanel *panel : {m_cycle, m_actions, m_pilots}) {
        connect(panel, &ChartPanel::failed, this, &PairingProgressWidget::failed);
        connect(panel, &ChartPanel::done, this, &PairingProgressWidget::done);
        connect(panel, &ChartPanel::targetActivated, this, [this](const ChartTarget &target) {
            switch (target.kind) {
            case ChartTarget::Kind::Session:
                emit openSession(target.id);
                break;
            case ChartTarget::Kind::Pilot:
                emit openPilot(target.id);
                break;
            case ChartTarget::Kind::Actions:
                emit openActions(false, target.id);
                break;
            case ChartTarget::Kind::OverdueActions:
                emit openActions(true, target.id);
                break;
            case ChartTarget::Kind::Pairing:
                break; // this pairing
            }
        });
    }
    refresh();
}

void PairingProgressWidget::setPairing(qint64 pairingId)
{
    m_pairingId = pairingId;
    // The figures are a read of their own (0.14 s in a large programme): now when on screen,
    // else when the Progress tab is next shown, so that choosing a pairing stays quick.
    if (isVisible())
        refresh();
    else
        m_refresher->request();
}

void PairingProgressWidget::refresh()
{
    m_refresher->markFresh();
    const QString stem = QStringLiteral("pairing-%1").arg(m_pairingId);
    std::optional<PairingDashboard> dashboard;
    QString note = tr("No pairing selected");
    if (m_pairingId) {
        const ProgressQueries queries(m_context.database.connection(),
                                      m_context.clock.nowUtc().toUTC().date());
        auto read = queries.pairing(m_pairingId);
        if (read)
            dashboard = std::move(read).value();
        else
            note = read.error();
    }
    if (!dashboard) {
        const auto empty = [note](const QString &title) {
            return [note, title](const ChartStyle &style) {
                return ChartFrame::empty(title, note, style);
            };
        };
        m_cycle->setBuilder(empty(tr("Cycle")), stem + QStringLiteral("-cycle"));
        m_actions->setBuilder(empty(tr("Action items")), stem + QStringLiteral("-actions"));
        m_pilots->setBuilder(empty(tr("Readiness of each city's pilot")),
                             stem + QStringLiteral("-pilots"));
        return;
    }
    const PairingDashboard data = *dashboard;
    const QString code = data.progress.code;
    m_cycle->setBuilder(
        [data](const ChartStyle &style) { return PairingCharts::cycleSessions(data, style); },
        code + QStringLiteral("-cycle"));
    m_actions->setBuilder(
        [data](const ChartStyle &style) { return PairingCharts::actions(data.progress, style); },
        code + QStringLiteral("-actions"));
    m_pilots->setBuilder(
        [data](const ChartStyle &style) {
            return PairingCharts::memberReadiness(data, Rubric::shipped(), style);
        },
        code + QStringLiteral("-pilots"));
}
