#include "RecentDatabasesMenu.h"

#include "core/Preferences.h"

#include <QDir>
#include <QFileInfo>

RecentDatabasesMenu::RecentDatabasesMenu(QWidget *parent)
    : QMenu(tr("Open Rec&ent"), parent), m_clear(new QAction(tr("&Clear Menu"), this))
{
    connect(m_clear, &QAction::triggered, this, [this] {
        Preferences::clearRecentDatabases();
        rebuild();
    });
    connect(this, &QMenu::aboutToShow, this, &RecentDatabasesMenu::rebuild);
    rebuild();
}

void RecentDatabasesMenu::rebuild()
{
    // Clear Menu stays in the menu: QMenu drops every connection of an action it loses.
    if (!actions().contains(m_clear))
        addAction(m_clear);
    const QList<QAction *> old = actions();
    for (QAction *action : old) {
        if (action != m_clear) {
            removeAction(action);
            if (action->parent() == this)
                action->deleteLater();
        }
    }
    const QStringList paths = Preferences::recentDatabases();
    for (int i = 0; i < paths.size(); ++i) {
        const QString path = paths.at(i);
        // "&1 programme.c2c": a number to type, the name to read; the folder in the tooltip.
        const QString name = QFileInfo(path).fileName().replace(u'&', QStringLiteral("&&"));
        auto *action = new QAction(i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(name) : name, this);
        action->setData(path);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { choose(path); });
        insertAction(m_clear, action);
    }
    if (!paths.isEmpty())
        insertSeparator(m_clear);
    m_clear->setEnabled(!paths.isEmpty());
}

void RecentDatabasesMenu::choose(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        Preferences::forgetRecentDatabase(path);
        rebuild();
        emit failed(tr("%1 is no longer there (moved or deleted); it was taken off the recent list.")
                        .arg(QDir::toNativeSeparators(path)));
        return;
    }
    emit openRequested(path);
}
