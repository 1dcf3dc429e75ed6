#include "EditElsewhere.h"

#include "database/Database.h"
#include "database/WriteTransaction.h"
#include "store/ActionStore.h"

#include <QSqlQuery>

#include <functional>
#include <utility>

namespace {

QString write(const QString &database, const std::function<Status(QSqlDatabase)> &edit)
{
    auto opened = Database::open(database, Database::Options{&SystemClock::instance(), false});
    if (!opened)
        return opened.error();
    WriteTransaction transaction(opened.value()->connection());
    Status done = transaction.begun();
    if (done)
        done = edit(opened.value()->connection());
    if (done)
        done = transaction.commit();
    return done ? QString() : done.error();
}

} // namespace

QString EditElsewhere::add(int run)
{
    return write(m_database, [this, run](QSqlDatabase db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id FROM session WHERE status = 'held' ORDER BY id LIMIT 1 OFFSET :skip"));
        q.bindValue(QStringLiteral(":skip"), run * 997);
        if (!q.exec())
            return Status::failure(QStringLiteral("no held session"));
        if (!q.next() && !(q.exec(QStringLiteral("SELECT id FROM session ORDER BY id LIMIT 1")) && q.next()))
            return Status::failure(QStringLiteral("no session"));
        ActionItemRecord action;
        action.sessionId = q.value(0).toLongLong();
        action.description = QStringLiteral("Send the benchmark's tariff study");
        action.dueDate = QDate::currentDate().addDays(-1);
        const auto added = ActionStore(db, SystemClock::instance()).insert(action);
        if (added)
            m_added = added.value();
        return added.status();
    });
}

QString EditElsewhere::undo()
{
    if (!m_added)
        return QString();
    return write(m_database, [this](QSqlDatabase db) {
        return ActionStore(db, SystemClock::instance()).remove(std::exchange(m_added, 0));
    });
}
