#include "OffThreadWrite.h"

#include "database/Database.h"

#include <QCoreApplication>
#include <QEvent>
#include <QEventLoop>
#include <QThread>

#include <memory>

namespace {

// Drops what a person does to any window while the write runs: a key, a click or a close is
// not kept for later either (as QEventLoop::ExcludeUserInputEvents would keep it), so that a
// Ctrl+Z typed while waiting does not undo something once the write is done.
class InputBlocker : public QObject
{
public:
    InputBlocker() { QCoreApplication::instance()->installEventFilter(this); }
    ~InputBlocker() override { QCoreApplication::instance()->removeEventFilter(this); }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::KeyRelease:
        case QEvent::ShortcutOverride:
        case QEvent::Shortcut:
        case QEvent::InputMethod:
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::Wheel:
        case QEvent::ContextMenu:
        case QEvent::TouchBegin:
        case QEvent::TouchUpdate:
        case QEvent::TouchEnd:
        case QEvent::TabletPress:
        case QEvent::TabletRelease:
        case QEvent::DragEnter:
        case QEvent::DragMove:
        case QEvent::Drop:
            return true;
        case QEvent::Close:
            event->ignore(); // a close event is sent accepted: refused, the window stays
            return true;
        default:
            return false;
        }
    }
};

} // namespace

namespace OffThreadWrite {

Status run(const Database &database, const std::function<Status(QSqlDatabase)> &write)
{
    const QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() != app->thread())
        return database.withOwnConnection(write);
    Status result;
    const std::unique_ptr<QThread> thread(QThread::create([&] { result = database.withOwnConnection(write); }));
    QEventLoop loop;
    // Queued to this thread: delivered by exec() even when the write ends before it starts.
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    const InputBlocker blocker;
    thread->start();
    loop.exec();
    thread->wait();
    return result;
}

} // namespace OffThreadWrite
