#pragma once

#include "history/ChangeEntry.h"

#include <QWidget>

struct AppContext;
class ChangeHistoryModel;
class QLabel;
class QPushButton;
class QTableView;

// The History of a pairing, session or pilot: who changed what and from what, newest first,
// with "Restore old value" for a changed field whose record still exists (an undoable edit).
class ChangeHistoryWidget : public QWidget
{
    Q_OBJECT
public:
    ChangeHistoryWidget(AppContext &context, QWidget *parent = nullptr);

    void setScope(HistoryScope scope, qint64 id);
    ChangeHistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *restoreButton() const { return m_restore; }
    // Why the selected change cannot be restored, or what the last restore did.
    QString statusText() const;

public slots:
    void restoreSelected();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void failed(const QString &message);
    void done(const QString &message);

private:
    int selectedRow() const;
    void updateRestore();
    void fitColumns();

    AppContext &m_context;
    ChangeHistoryModel *m_model;
    QTableView *m_view;
    QPushButton *m_restore;
    QLabel *m_status;
};
