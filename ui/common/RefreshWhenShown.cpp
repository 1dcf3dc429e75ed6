#include "RefreshWhenShown.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

RefreshWhenShown::RefreshWhenShown(QWidget *view, int delayMs, std::function<void()> refresh, bool startStale)
    : QObject(view), m_view(view), m_timer(new QTimer(this)), m_refresh(std::move(refresh)), m_stale(startStale)
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(delayMs);
    connect(m_timer, &QTimer::timeout, this, [this] { m_refresh(); });
    view->installEventFilter(this);
}

void RefreshWhenShown::request()
{
    if (m_view->isVisible())
        m_timer->start();
    else
        m_stale = true;
}

void RefreshWhenShown::markFresh()
{
    m_timer->stop();
    m_stale = false;
}

bool RefreshWhenShown::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Show && m_stale)
        m_refresh();
    return QObject::eventFilter(watched, event);
}
