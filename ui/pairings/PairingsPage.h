#pragma once

#include "common/Area.h"
#include "itemmodels/PairingListModel.h"

#include <QWidget>

struct AppContext;
class PairingDetailWidget;
class PairingFilterProxy;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;

// The pairings: a list filtered by theme and text on the left, the selected pairing's detail
// on the right.
class PairingsPage : public QWidget, public Area
{
    Q_OBJECT
public:
    PairingsPage(AppContext &context, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *themeCombo() const { return m_theme; }
    PairingDetailWidget *detail() const { return m_detail; }
    PairingFilterProxy *proxy() const { return m_proxy; }
    QSplitter *splitter() const { return m_splitter; }
    qint64 currentId() const;
    // The rows are read on a worker: true once they are shown and no newer read is under way.
    bool isUpToDate() const;
    void selectId(qint64 id);

public slots:
    void addRecord() override;
    void editPairing(qint64 id);
    void deletePairing(qint64 id);
    void editCurrent() override;
    void deleteCurrent() override;
    void focusFilter() override;

signals:
    void failed(const QString &message);
    void done(const QString &message);
    void showSessionsRequested(qint64 pairingId);
    void planCycleRequested(qint64 pairingId);
    void openPilotRequested(qint64 pilotId);
    void openSessionRequested(qint64 sessionId);
    void openActionsRequested(bool overdueOnly, qint64 pairingId);

private:
    void showRows(const Result<QList<PairingListModel::Row>> &rows);
    void updateCount();
    void showWarnings(qint64 id);

    AppContext &m_context;
    PairingListModel *m_model;
    PairingFilterProxy *m_proxy;
    QComboBox *m_theme;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTableView *m_view;
    PairingDetailWidget *m_detail;
    QSplitter *m_splitter;
    qint64 m_pendingId = 0; // to select once the rows are read
};
