#pragma once

#include "common/Area.h"

#include <QWidget>

struct AppContext;
class ChoiceListModel;
class ChoiceLoader;
class PilotDetailWidget;
class PilotTableModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

// The pilots of every pairing: filtered by theme, pairing and readiness, each with its level on
// every rubric dimension; the selected one's detail, plan and assessments beside the list.
class PilotsPage : public QWidget, public Area
{
    Q_OBJECT
public:
    PilotsPage(AppContext &context, QWidget *parent = nullptr);

    PilotTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    PilotDetailWidget *detail() const { return m_detail; }
    QComboBox *themeFilter() const { return m_theme; }
    QComboBox *pairingFilter() const { return m_pairing; }
    QComboBox *readinessFilter() const { return m_readiness; }
    QLineEdit *searchEdit() const { return m_search; }
    QSplitter *splitter() const { return m_splitter; }
    QString countText() const;
    qint64 currentId() const;
    // Selects the pilot, clearing filters that hide it.
    void showPilot(qint64 pilotId);

public slots:
    // The Edit menu acts on what has focus: the plan, the assessments, or else the pilot.
    void addRecord() override;
    void editCurrent() override;
    void deleteCurrent() override;
    void focusFilter() override;
    void editPilot(qint64 pilotId);

signals:
    void failed(const QString &message);
    void done(const QString &message);
    void openPairingRequested(qint64 pairingId);
    void openSessionRequested(qint64 sessionId);

private:
    void applyFilter();
    void updateCount();
    void reloadChoices();

    AppContext &m_context;
    PilotTableModel *m_model;
    ChoiceListModel *m_themes;
    ChoiceListModel *m_pairings;
    ChoiceLoader *m_pairingChoices;
    QComboBox *m_theme;
    QComboBox *m_pairing;
    QComboBox *m_readiness;
    QLineEdit *m_search;
    QLabel *m_count;
    QTableView *m_view;
    PilotDetailWidget *m_detail;
    QSplitter *m_splitter;
    QTimer *m_searchTimer;
    qint64 m_pendingPilot = 0; // to select once the rows have arrived
};
