#pragma once

#include "database/Backups.h"

#include <QDialog>

class BackupListModel;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

// The backups of the open database, newest first, with when each was taken and its size, and
// how many are kept. Restore asks for confirmation; the dialog then closes with the chosen
// backup, and the window restores it.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RestoreBackupDialog(const QString &databasePath, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    BackupListModel *model() const { return m_model; }
    QPushButton *restoreButton() const { return m_restore; }
    // The backup to restore, once the dialog is accepted.
    BackupEntry chosen() const { return m_chosen; }

    // How many backups to keep, from the settings (Backups::KeepSettingKey).
    static int keepSetting();

private:
    void restoreSelected();
    void updateButtons();

    QString m_databasePath;
    BackupListModel *m_model;
    QTableView *m_view;
    QLabel *m_empty;
    QSpinBox *m_keep;
    QPushButton *m_restore;
    BackupEntry m_chosen;
};
