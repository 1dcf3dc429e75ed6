#include "PairingPilotsWidget.h"

#include "AssessmentDialog.h"
#include "PilotDialog.h"
#include "common/AppContext.h"
#include "common/ReadOnlyControls.h"
#include "database/Database.h"
#include "itemmodels/PairingPilotsModel.h"
#include "readiness/Rubric.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

PairingPilotsWidget::PairingPilotsWidget(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context),
      m_model(new PairingPilotsModel(context.database.connection(), &context.notifier,
                                     Rubric::shipped(), this)),
      m_view(new QTableView(this)), m_summary(new QLabel(this)),
      m_add(new QPushButton(tr("&Add Pilot…"), this)),
      m_assess(new QPushButton(tr("Asse&ss…"), this)),
      m_open(new QPushButton(tr("&Open in Pilots"), this))
{
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Pilots of the member cities"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    // A handful of rows: measuring them is cheap.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PairingPilotsModel::Pilot,
                                                     QHeaderView::Stretch);
    m_view->setWordWrap(false);
    m_summary->setWordWrap(true);
    m_summary->setText(Rubric::shipped().rulesText());
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_assess);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    ReadOnlyControls::hide(context, {m_add, m_assess});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &PairingPilotsWidget::addPilot);
    connect(m_assess, &QPushButton::clicked, this, &PairingPilotsWidget::assess);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const qint64 pilot = currentPilotId())
            emit openPilotRequested(pilot);
    });
    connect(m_view, &QTableView::activated, this, [this] {
        if (const qint64 pilot = currentPilotId())
            emit openPilotRequested(pilot);
        else
            addPilot();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PairingPilotsWidget::updateButtons);
    // A pilot added or removed changes what the buttons can do for the selected city.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PairingPilotsWidget::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PairingPilotsWidget::updateButtons);
    updateButtons();
}

void PairingPilotsWidget::setPairing(qint64 pairingId)
{
    if (pairingId == m_model->pairingId())
        return;
    m_model->setPairing(pairingId);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateButtons();
}

QString PairingPilotsWidget::summaryText() const
{
    return m_summary->text();
}

qint64 PairingPilotsWidget::currentCityId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(PairingPilotsModel::CityIdRole).toLongLong() : 0;
}

qint64 PairingPilotsWidget::currentPilotId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(PairingPilotsModel::PilotIdRole).toLongLong() : 0;
}

void PairingPilotsWidget::updateButtons()
{
    const bool city = currentCityId() > 0;
    const bool pilot = currentPilotId() > 0;
    m_add->setEnabled(city && !pilot);
    m_assess->setEnabled(pilot);
    m_open->setEnabled(pilot);
}

void PairingPilotsWidget::addPilot()
{
    const qint64 city = currentCityId();
    if (!city || currentPilotId())
        return;
    if (PilotDialog::addPilot(m_context, m_model->pairingId(), city, this))
        emit done(tr("Added the pilot."));
}

void PairingPilotsWidget::assess()
{
    if (const qint64 pilot = currentPilotId();
        pilot && AssessmentDialog::assessPilot(m_context, pilot, this))
        emit done(tr("Saved the assessment; the earlier ones stay in the history."));
}
