#include "RestoreBackupDialog.h"

#include "core/Preferences.h"
#include "itemmodels/BackupListModel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

RestoreBackupDialog::RestoreBackupDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent), m_databasePath(databasePath), m_model(new BackupListModel(this)),
      m_view(new QTableView(this)), m_empty(new QLabel(this)), m_keep(new QSpinBox(this)),
      m_restore(new QPushButton(tr("&Restore…"), this))
{
    setWindowTitle(tr("Restore from Backup"));
    m_model->load(databasePath);

    auto *intro = new QLabel(tr("Backups of %1, newest first. They are kept in %2.\nRestoring replaces the "
                                "data in the database with the backup's; the data there now is backed up first.")
                                 .arg(QFileInfo(databasePath).fileName(),
                                      QDir::toNativeSeparators(Backups::folderOf(databasePath))),
                             this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_empty->setText(tr("No backups yet. One is made when the database is opened (once a day), before every "
                        "update of its format, and with File › Back Up Now."));
    m_empty->setWordWrap(true);

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Backups"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int unit = fontMetrics().averageCharWidth();
    m_view->setColumnWidth(BackupListModel::Taken, 30 * unit);
    m_view->setColumnWidth(BackupListModel::Size, 12 * unit);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);

    m_keep->setRange(1, 999);
    m_keep->setValue(keepSetting());
    m_keep->setAccessibleName(tr("Backups to keep"));
    auto *keepLabel = new QLabel(tr("&Keep the newest"), this);
    keepLabel->setBuddy(m_keep);
    auto *keepRow = new QHBoxLayout;
    keepRow->addWidget(keepLabel);
    keepRow->addWidget(m_keep);
    keepRow->addWidget(new QLabel(tr("backups"), this));
    keepRow->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    m_restore->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    layout->addLayout(keepRow);
    layout->addWidget(buttons);
    resize(100 * unit, 26 * fontMetrics().height());

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &RestoreBackupDialog::restoreSelected);
    connect(m_view, &QTableView::activated, this, &RestoreBackupDialog::restoreSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RestoreBackupDialog::updateButtons);
    connect(m_keep, &QSpinBox::valueChanged, this, [](int keep) { Preferences::setBackupsToKeep(keep); });
    updateButtons();
}

int RestoreBackupDialog::keepSetting()
{
    return Preferences::backupsToKeep();
}

void RestoreBackupDialog::updateButtons()
{
    const bool any = m_model->rowCount() > 0;
    m_view->setVisible(any);
    m_empty->setVisible(!any);
    m_restore->setEnabled(m_view->selectionModel()->hasSelection());
}

void RestoreBackupDialog::restoreSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const BackupEntry entry = m_model->backupAt(rows.constFirst().row());
    const QString taken = m_model->index(rows.constFirst().row(), BackupListModel::Taken).data().toString();
    QMessageBox box(QMessageBox::Question, tr("Restore from Backup"),
                    tr("Replace the data in %1 with the backup of %2?").arg(QFileInfo(m_databasePath).fileName(), taken),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("The data there now is backed up first, so this can be undone by restoring that "
                              "backup. Open session windows are saved and closed."));
    QPushButton *restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != restore)
        return;
    m_chosen = entry;
    accept();
}
