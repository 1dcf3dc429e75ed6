#pragma once

#include <QObject>

#include <functional>

class QTimer;
class QWidget;

// Reads a view's data again after edits that concern it: once after a burst of edits while it
// is on screen, else when it is next shown, so hidden views cost nothing on the UI thread.
class RefreshWhenShown : public QObject
{
    Q_OBJECT
public:
    // delayMs: how long a burst of edits may last before the one read.
    RefreshWhenShown(QWidget *view, int delayMs, std::function<void()> refresh, bool startStale = false);

    // An edit concerns the view.
    void request();
    // The view has just read its data: nothing is pending any more.
    void markFresh();
    bool isStale() const { return m_stale; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_view;
    QTimer *m_timer;
    std::function<void()> m_refresh;
    bool m_stale;
};
