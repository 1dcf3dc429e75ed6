#pragma once

#include <QMenu>

// File ▸ Open Recent: the databases opened last (Preferences::recentDatabases), newest first,
// and "Clear Menu". Filled each time it opens; a file that has gone since is taken off the
// list with a message instead of being opened.
class RecentDatabasesMenu : public QMenu
{
    Q_OBJECT
public:
    explicit RecentDatabasesMenu(QWidget *parent = nullptr);

    // Refills the menu from the settings (also done before it shows).
    void rebuild();
    // What choosing the entry for path does; a seam for tests.
    void choose(const QString &path);
    QAction *clearAction() const { return m_clear; }

signals:
    void openRequested(const QString &path);
    void failed(const QString &message);

private:
    QAction *m_clear;
};
