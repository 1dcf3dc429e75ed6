#pragma once

#include "planning/SlotFinder.h"

#include <QDialog>

struct AppContext;
class QDateEdit;
class QLabel;
class QSpinBox;
class QTableView;
class QTableWidget;
class SlotListModel;

// Finds a time for a pairing's session that falls inside every member city's working hours
// (editable per city and remembered), best first; when nothing fits, shows the closest times
// with who would be outside their hours and by how much.
class SlotFinderDialog : public QDialog
{
    Q_OBJECT
public:
    SlotFinderDialog(AppContext &context, qint64 pairingId, QDate from, int durationMinutes,
                     QWidget *parent = nullptr);

    QDateTime chosenStart() const;
    int durationMinutes() const;
    void search();

    SlotListModel *results() const { return m_results; }
    QTableView *resultsView() const { return m_view; }
    QTableWidget *hoursTable() const { return m_hours; }
    QString summaryText() const;

private:
    void loadCities();
    void saveHours(int row);

    AppContext &m_context;
    qint64 m_pairingId;
    QList<qint64> m_cityIds;
    QList<SlotCity> m_cities;
    QTableWidget *m_hours;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QSpinBox *m_duration;
    QLabel *m_summary;
    SlotListModel *m_results;
    QTableView *m_view;
};
