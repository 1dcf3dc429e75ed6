#include "WindowPlacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace WindowPlacement {

bool keepOnScreen(QWidget *window)
{
    const QRect frame = window->frameGeometry();
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (const QScreen *screen : screens) {
        if (screen->availableGeometry().intersects(frame))
            return false;
    }
    const QScreen *primary = QGuiApplication::primaryScreen();
    if (!primary)
        return false;
    const QRect available = primary->availableGeometry();
    // The frame adds a title bar and borders around geometry(); keep that room too.
    const QSize decoration = frame.size() - window->geometry().size();
    const QSize size = window->size().boundedTo(available.size() - decoration);
    window->resize(size);
    QRect placed(QPoint(), size + decoration);
    placed.moveCenter(available.center());
    window->move(qMax(placed.left(), available.left()), qMax(placed.top(), available.top()));
    return true;
}

} // namespace WindowPlacement
