#include "WindowFixture.h"

#include "core/AppIdentity.h"
#include "core/Clock.h"
#include "core/Preferences.h"
#include "database/Database.h"
#include "database/WriterLock.h"
#include "pairings/PairingsPage.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace WindowFixture {

void useTestSettings(const QString &suite)
{
    QStandardPaths::setTestModeEnabled(true);
    if (suite.isEmpty()) {
        AppIdentity::apply();
        return;
    }
    QCoreApplication::setOrganizationName(QStringLiteral("City2City-tests"));
    QCoreApplication::setApplicationName(suite);
}

void useSettingsIn(const QString &folder)
{
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(folder));
    AppIdentity::apply();
}

void clearSettings()
{
    QSettings().clear();
    Preferences::reloadFacilitatorName();
}

std::unique_ptr<MainWindow> openWindow(const QString &path, const Clock &clock)
{
    Database::Options options;
    options.clock = &clock;
    auto database = Database::open(path, options);
    if (!database) {
        qWarning("%s", qPrintable(database.error()));
        return nullptr;
    }
    return std::make_unique<MainWindow>(std::move(database).value());
}

std::unique_ptr<MainWindow> showWindow(const QString &path, const Clock &clock,
                                       std::optional<MainWindow::AreaId> area)
{
    auto window = openWindow(path, clock);
    if (!window)
        return nullptr;
    if (area)
        window->showArea(*area);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        qWarning("the window over %s was not shown", qPrintable(path));
        return nullptr;
    }
    return window;
}

PairingsPage *pairingsRead(MainWindow &window)
{
    PairingsPage *page = window.pairingsPage();
    if (!QTest::qWaitFor([page] { return page->isUpToDate(); }, 5000)) {
        qWarning("the pairings were not read in five seconds");
        return nullptr;
    }
    return page;
}

} // namespace WindowFixture

FileOpenElsewhere::FileOpenElsewhere(const QString &path)
    : m_lock(WriterLock::lockPathOf(path))
{
    {
        auto made = Database::open(path); // and closed again, giving up its own lock
        if (!made) {
            m_error = made.error();
            return;
        }
    }
    if (!m_lock.tryLock(0))
        m_error = QStringLiteral("the writer lock of %1 is taken").arg(path);
}
