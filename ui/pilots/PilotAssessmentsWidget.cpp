#include "PilotAssessmentsWidget.h"

#include "AssessmentDialog.h"
#include "common/AppContext.h"
#include "common/ReadOnlyControls.h"
#include "database/Database.h"
#include "edit/Editor.h"
#include "itemmodels/AssessmentHistoryModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

PilotAssessmentsWidget::PilotAssessmentsWidget(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context),
      m_model(new AssessmentHistoryModel(context.database.connection(), &context.notifier,
                                         Rubric::shipped(), this)),
      m_view(new QTableView(this)), m_assess(new QPushButton(tr("A&ssess…"), this)),
      m_edit(new QPushButton(tr("Edit Assessment…"), this)),
      m_delete(new QPushButton(tr("Delete Assessment"), this))
{
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Assessments"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    ReadOnlyControls::hide(context, {m_assess, m_edit, m_delete});
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int unit = fontMetrics().averageCharWidth();
    m_view->setColumnWidth(AssessmentHistoryModel::Date, 13 * unit);
    m_view->setColumnWidth(AssessmentHistoryModel::Session, 26 * unit);
    for (int column = AssessmentHistoryModel::FirstDimension; column < m_model->overallColumn();
         ++column)
        m_view->setColumnWidth(column, 12 * unit);
    m_view->setColumnWidth(m_model->overallColumn(), 13 * unit);
    m_view->setColumnWidth(m_model->readyColumn(), 12 * unit);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_assess);
    buttons->addStretch(1);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_assess, &QPushButton::clicked, this, &PilotAssessmentsWidget::assess);
    connect(m_edit, &QPushButton::clicked, this, &PilotAssessmentsWidget::editAssessment);
    connect(m_delete, &QPushButton::clicked, this, &PilotAssessmentsWidget::deleteAssessment);
    connect(m_view, &QTableView::activated, this, &PilotAssessmentsWidget::editAssessment);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PilotAssessmentsWidget::updateButtons);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &PilotAssessmentsWidget::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PilotAssessmentsWidget::updateButtons);
    updateButtons();
}

void PilotAssessmentsWidget::setPilot(qint64 pilotId)
{
    m_model->setPilot(pilotId);
    if (m_model->rowCount() > 0) // the latest, as the headline shows it
        m_view->setCurrentIndex(m_model->index(m_model->rowCount() - 1, 0));
    updateButtons();
}

qint64 PilotAssessmentsWidget::currentAssessmentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void PilotAssessmentsWidget::updateButtons()
{
    m_assess->setEnabled(m_model->pilotId() > 0);
    m_edit->setEnabled(m_view->currentIndex().isValid());
    m_delete->setEnabled(m_view->currentIndex().isValid());
}

void PilotAssessmentsWidget::assess()
{
    if (m_model->pilotId() <= 0)
        return;
    if (AssessmentDialog::assessPilot(m_context, m_model->pilotId(), this)) {
        // The newest assessment has the highest id; a back-dated one is not the last row.
        int newest = -1;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (newest < 0 || m_model->idAt(row) > m_model->idAt(newest))
                newest = row;
        }
        m_view->setCurrentIndex(m_model->index(newest, 0));
        emit done(tr("Saved the assessment; the earlier ones stay in the history."));
    }
}

void PilotAssessmentsWidget::editAssessment()
{
    const qint64 id = currentAssessmentId();
    if (id && AssessmentDialog::editAssessment(m_context, id, this))
        emit done(tr("Saved the assessment."));
}

void PilotAssessmentsWidget::deleteAssessment()
{
    const qint64 id = currentAssessmentId();
    if (!id)
        return;
    if (const Status s = m_context.editor.deleteAssessment(id); !s)
        emit failed(s.error());
    else
        emit done(tr("Deleted the assessment. Undo brings it back."));
}
