#pragma once

#include "domain/Records.h"

#include <QWidget>

// A pairing's cycle on a time line: its sessions as markers along the months from the first to
// the last (at least twelve months), drawn by status, and whether the cycle has the four held or
// scheduled sessions the programme asks for. Colours come from the palette (light or dark).
class CycleTimeline : public QWidget
{
    Q_OBJECT
public:
    explicit CycleTimeline(QWidget *parent = nullptr);

    void setSessions(const QList<SessionRecord> &sessions, const QString &pairingLabel);
    void setMessage(const QString &message); // shown instead of a cycle (no pairing chosen)
    QString statusText() const;
    QDate firstMonth() const { return m_first; }
    QDate lastMonth() const { return m_last; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void sessionActivated(qint64 sessionId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override; // tooltips

private:
    double xOf(const QDateTime &utc) const;
    int sessionAt(const QPoint &point) const;

    QList<SessionRecord> m_sessions;
    QString m_pairingLabel;
    QString m_message;
    QDate m_first;
    QDate m_last;
};
