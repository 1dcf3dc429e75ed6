#pragma once

#include <QCalendarWidget>
#include <QHash>

// A month calendar that marks the days with sessions (UTC dates) and how many there are.
class MonthCalendar : public QCalendarWidget
{
    Q_OBJECT
public:
    explicit MonthCalendar(QWidget *parent = nullptr);

    void setSessionCounts(const QHash<QDate, int> &counts);
    int sessionsOn(QDate day) const { return m_counts.value(day); }

protected:
    void paintCell(QPainter *painter, const QRect &rect, QDate date) const override;

private:
    QHash<QDate, int> m_counts;
};
