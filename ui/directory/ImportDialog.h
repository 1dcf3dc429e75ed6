#pragma once

#include "exchange/DirectoryImport.h"

#include <QDialog>

#include <atomic>

struct AppContext;
class ImportPreviewModel;
class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QThread;

// Shows what importing a CSV file of cities or people would do, row by row, and imports it
// when the facilitator confirms. The file is read and checked on a worker thread (its own
// read connection), with progress, so that a large file never freezes the window. Import is
// offered only when every row is good; it is one undoable step.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(AppContext &context, DirectoryKind kind, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Starts reading and checking the file; checked() follows.
    void check(const QString &path);
    bool isChecking() const { return m_worker != nullptr; }
    int importedCount() const { return m_imported; }

    ImportPreviewModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *importButton() const { return m_import; }
    QCheckBox *problemsOnlyBox() const { return m_problemsOnly; }
    QString summaryText() const;
    QString errorText() const;

    void accept() override;
    void reject() override;

signals:
    void checked();

private:
    void showProgress(int done, int total);
    void showPreview();
    void stopWorker();

    AppContext &m_context;
    DirectoryKind m_kind;
    QString m_fileName;
    ImportPreviewModel *m_model;
    QLabel *m_summary;
    QLabel *m_warnings;
    QLabel *m_error;
    QProgressBar *m_progress;
    QCheckBox *m_problemsOnly;
    QTableView *m_view;
    QPushButton *m_import;
    QThread *m_worker = nullptr;
    quint64 m_generation = 0;
    std::atomic_bool m_cancelled{false};
    // Written by the worker, read once it has finished.
    ImportPreview m_result;
    QString m_workerError;
    int m_imported = 0;
};
