#include "PairingDetailWidget.h"

#include "common/TabOrder.h"
#include "common/AppContext.h"
#include "common/ReadOnlyControls.h"
#include "database/Database.h"
#include "domain/Validation.h"
#include "domain/Vocabulary.h"
#include "edit/ChangeNotifier.h"
#include "itemmodels/PairingMembersModel.h"
#include "charts/PairingProgressWidget.h"
#include "history/ChangeHistoryWidget.h"
#include "pilots/PairingPilotsWidget.h"
#include "store/PairingStore.h"
#include "store/PersonStore.h"
#include "store/ProgrammeQueries.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

PairingDetailWidget::PairingDetailWidget(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context),
      m_members(new PairingMembersModel(context.database.connection(), &context.notifier, context.clock, this)),
      m_title(new QLabel(this)), m_subtitle(new QLabel(this)), m_challenge(new QLabel(this)),
      m_facts(new QLabel(this)), m_warning(new QLabel(this)), m_cycle(new QLabel(this)), m_empty(new QLabel(this)),
      m_membersView(new QTableView(this)), m_edit(new QPushButton(tr("Edit &Pairing…"), this)),
      m_delete(new QPushButton(tr("Delete Pairing"), this)),
      m_sessions(new QPushButton(tr("&Sessions"), this)), m_plan(new QPushButton(tr("Plan C&ycle…"), this)),
      m_body(new QWidget(this)), m_tabs(new QTabWidget(this)), m_pilots(new PairingPilotsWidget(context, this)),
      m_progress(new PairingProgressWidget(context, this)), m_history(new ChangeHistoryWidget(context, this)),
      m_clockTimer(new QTimer(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    QFont challengeFont = m_challenge->font();
    challengeFont.setItalic(true);
    challengeFont.setPointSizeF(challengeFont.pointSizeF() * 1.1);
    m_challenge->setFont(challengeFont);
    m_challenge->setWordWrap(true);
    m_challenge->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setWordWrap(true);
    m_warning->setWordWrap(true);
    m_empty->setText(tr("Select a pairing to see its cities and challenge."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_membersView->setModel(m_members);
    m_membersView->setAccessibleName(tr("Member cities"));
    m_membersView->verticalHeader()->hide();
    m_membersView->setSelectionMode(QAbstractItemView::NoSelection);
    m_membersView->setFocusPolicy(Qt::NoFocus);
    // At most a handful of rows: measuring them is cheap.
    // City names are never elided: a narrow pane scrolls instead.
    m_membersView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_membersView->horizontalHeader()->setStretchLastSection(true);
    m_membersView->setColumnHidden(PairingMembersModel::TimeZone, true); // in the tooltips instead

    auto *membersLabel = new QLabel(tr("<b>Member cities</b> — local time now"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_sessions);
    buttons->addWidget(m_plan);
    buttons->addStretch(1);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    TabOrder::chain({m_sessions, m_plan, m_edit, m_delete});
    ReadOnlyControls::hide(context, {m_plan, m_edit, m_delete});

    auto *overviewTab = new QWidget(this);
    auto *overview = new QVBoxLayout(overviewTab);
    overview->addWidget(m_challenge);
    overview->addSpacing(8);
    overview->addWidget(membersLabel);
    overview->addWidget(m_membersView, 1);
    overview->addWidget(m_warning);
    overview->addWidget(m_facts);
    overview->addWidget(m_cycle);
    overview->addLayout(buttons);
    m_tabs->setAccessibleName(tr("Pairing details"));
    m_tabs->addTab(overviewTab, tr("O&verview"));
    m_tabs->addTab(m_pilots, tr("P&ilots"));
    m_tabs->addTab(m_progress, tr("Pro&gress"));
    m_tabs->addTab(m_history, tr("History"));

    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_title);
    body->addWidget(m_subtitle);
    body->addSpacing(4);
    body->addWidget(m_tabs, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_body, 1);
    m_body->hide();

    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(m_pairingId); });
    connect(m_delete, &QPushButton::clicked, this, [this] { emit deleteRequested(m_pairingId); });
    connect(m_sessions, &QPushButton::clicked, this, [this] { emit sessionsRequested(m_pairingId); });
    connect(m_plan, &QPushButton::clicked, this, [this] { emit planCycleRequested(m_pairingId); });
    connect(m_pilots, &PairingPilotsWidget::openPilotRequested, this, &PairingDetailWidget::openPilotRequested);
    connect(m_pilots, &PairingPilotsWidget::done, this, &PairingDetailWidget::done);
    connect(m_progress, &PairingProgressWidget::openPilot, this, &PairingDetailWidget::openPilotRequested);
    connect(m_progress, &PairingProgressWidget::openSession, this, &PairingDetailWidget::openSessionRequested);
    connect(m_progress, &PairingProgressWidget::openActions, this, &PairingDetailWidget::openActionsRequested);
    connect(m_progress, &PairingProgressWidget::failed, this, &PairingDetailWidget::failed);
    connect(m_progress, &PairingProgressWidget::done, this, &PairingDetailWidget::done);
    connect(m_history, &ChangeHistoryWidget::failed, this, &PairingDetailWidget::failed);
    connect(m_history, &ChangeHistoryWidget::done, this, &PairingDetailWidget::done);
    m_cycle->setWordWrap(true);
    // Only what the pane shows: typing minutes (autosaved every second) must not re-read it.
    connect(&context.notifier, &ChangeNotifier::changed, this, [this](ChangeNotifier::Entity entity) {
        using Entity = ChangeNotifier::Entity;
        if (entity == Entity::Pairing || entity == Entity::City || entity == Entity::Person
            || entity == Entity::Session)
            refresh();
    });
    connect(m_clockTimer, &QTimer::timeout, m_members, &PairingMembersModel::refreshTimes);
    m_clockTimer->start(30 * 1000);
}

void PairingDetailWidget::setPairing(qint64 id)
{
    m_pairingId = id;
    m_members->setPairing(id);
    m_pilots->setPairing(id);
    m_progress->setPairing(id);
    m_history->setScope(HistoryScope::Pairing, id);
    refresh();
}

QString PairingDetailWidget::titleText() const
{
    return m_title->text();
}

QString PairingDetailWidget::cycleText() const
{
    return m_cycle->text();
}

QString PairingDetailWidget::challengeText() const
{
    return m_challenge->text();
}

void PairingDetailWidget::refresh()
{
    const auto pairing = m_pairingId > 0
        ? PairingStore(m_context.database.connection(), m_context.clock).fetch(m_pairingId)
        : Result<PairingRecord>::failure(QString());
    m_empty->setVisible(!pairing);
    m_body->setVisible(bool(pairing));
    if (!pairing)
        return;
    const PairingRecord &p = pairing.value();
    QStringList names;
    for (int row = 0; row < m_members->rowCount(); ++row)
        names << m_members->index(row, PairingMembersModel::City).data().toString();
    m_title->setText(QStringLiteral("%1 · %2").arg(p.code, names.join(QStringLiteral(" · "))));
    m_subtitle->setText(QStringLiteral("%1 — %2").arg(p.themeName, Vocabulary::pairingStatusLabel(p.status)));
    m_challenge->setText(QStringLiteral("“%1”").arg(p.challenge));

    QStringList facts;
    if (p.startDate.isValid())
        facts << tr("Started %1").arg(QLocale().toString(p.startDate, QLocale::LongFormat));
    if (p.leadFacilitatorId) {
        const auto lead = PersonStore(m_context.database.connection(), m_context.clock).fetch(*p.leadFacilitatorId);
        if (lead)
            facts << tr("Lead facilitator: %1").arg(lead->name);
    } else {
        facts << tr("No lead facilitator yet");
    }
    m_facts->setText(facts.join(QStringLiteral(" · ")));
    const QStringList warnings = Validation::pairingWarnings(p);
    m_warning->setText(warnings.isEmpty() ? QString() : QStringLiteral("⚠ ") + warnings.join(u'\n'));
    m_warning->setVisible(!warnings.isEmpty());

    // The programme meets at least four times: flag a cycle that is not there yet.
    const auto cycle = ProgrammeQueries(m_context.database.connection()).cycleProgress(m_pairingId);
    if (cycle) {
        const bool short_ = cycle->heldOrScheduled < Validation::MinSessionsPerCycle;
        m_cycle->setText(tr("Cycle: %1 of %n session(s) held or scheduled (%2 planned)%3", nullptr, Validation::MinSessionsPerCycle)
                             .arg(cycle->heldOrScheduled).arg(cycle->sessions)
                             .arg(short_ ? tr(" — needs at least four") : QString()));
        QFont cycleFont = m_cycle->font();
        cycleFont.setBold(short_);
        m_cycle->setFont(cycleFont);
        if (short_)
            m_cycle->setText(QStringLiteral("⚠ ") + m_cycle->text());
    }
}
