#pragma once

#include <QWidget>

struct AppContext;
class PairingPilotsModel;
class QLabel;
class QPushButton;
class QTableView;

// A pairing's member cities with their pilots and readiness, or "No pilot yet": the Pilots tab
// of a pairing. Adds a pilot, assesses one, or opens it in the Pilots area.
class PairingPilotsWidget : public QWidget
{
    Q_OBJECT
public:
    PairingPilotsWidget(AppContext &context, QWidget *parent = nullptr);

    void setPairing(qint64 pairingId);
    PairingPilotsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *assessButton() const { return m_assess; }
    QPushButton *openButton() const { return m_open; }
    QString summaryText() const;

public slots:
    void addPilot();
    void assess();

signals:
    void openPilotRequested(qint64 pilotId);
    void done(const QString &message);

private:
    qint64 currentCityId() const;
    qint64 currentPilotId() const;
    void updateButtons();

    AppContext &m_context;
    PairingPilotsModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    QPushButton *m_add;
    QPushButton *m_assess;
    QPushButton *m_open;
};
