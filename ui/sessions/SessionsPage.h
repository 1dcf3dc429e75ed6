#pragma once

#include "common/Area.h"

#include <QWidget>

struct AppContext;
class AgendaTableModel;
class ChoiceListModel;
class ChoiceLoader;
class CycleTimeline;
class MonthCalendar;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class RowCounter;
class QListWidget;
class QTabWidget;
class QTableView;
class SessionTableModel;

// Every session of the programme: filtered by pairing, theme, status and dates, as a list, on
// a month calendar and on the selected pairing's cycle time line; the selected session's times
// in every member city and its agenda beside them.
class SessionsPage : public QWidget, public Area
{
    Q_OBJECT
public:
    enum class View { List, Month, Cycle };

    SessionsPage(AppContext &context, QWidget *parent = nullptr);

    SessionTableModel *model() const { return m_model; }
    QLabel *countLabel() const { return m_count; }
    QTableView *view() const { return m_view; }
    QComboBox *pairingFilter() const { return m_pairing; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *themeFilter() const { return m_theme; }
    QCheckBox *datesFilter() const { return m_dates; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    MonthCalendar *calendar() const { return m_calendar; }
    QListWidget *dayList() const { return m_dayList; }
    CycleTimeline *timeline() const { return m_timeline; }
    QTabWidget *tabs() const { return m_tabs; }
    QString detailText() const;
    AgendaTableModel *detailAgenda() const { return m_agenda; }

    qint64 currentId() const;
    void selectId(qint64 id);
    void setPairingFilter(qint64 pairingId);

public slots:
    void addRecord() override;
    void editCurrent() override;
    void deleteCurrent() override;
    void focusFilter() override;
    void editSession(qint64 id);
    void planCycle();
    void exportCalendar();
    void exportMinutes();
    // Writes the minutes of these sessions into a folder on a worker thread, with a progress
    // dialog that can cancel; returns the files written.
    QStringList exportMinutesTo(const QList<qint64> &sessionIds, const QString &folder);

signals:
    void failed(const QString &message);
    void done(const QString &message);
    void openSessionRequested(qint64 sessionId);

private:
    void applyFilter();
    void updateCount();
    void showDetail();
    void refreshCalendar();
    void refreshTimeline();
    void showDay(QDate day);

    AppContext &m_context;
    SessionTableModel *m_model;
    ChoiceListModel *m_pairings;
    ChoiceLoader *m_pairingChoices;
    ChoiceListModel *m_themes;
    AgendaTableModel *m_agenda;
    QComboBox *m_pairing;
    QComboBox *m_theme;
    QComboBox *m_status;
    QCheckBox *m_dates;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_count;
    RowCounter *m_counter;
    QTabWidget *m_tabs;
    QTableView *m_view;
    MonthCalendar *m_calendar;
    QListWidget *m_dayList;
    CycleTimeline *m_timeline;
    QLabel *m_detailTitle;
    QLabel *m_detailTimes;
    QLabel *m_detailWarnings;
    QTableView *m_agendaView;
};
