#pragma once

#include "MainWindow.h"

#include <QLockFile>
#include <QString>

#include <memory>
#include <optional>

class Clock;

// The main window as the GUI suites open it: offscreen over a real file, with settings kept away
// from the user's own.
namespace WindowFixture {

// For initTestCase: settings in Qt's test location, under the application's names or, given a
// suite's name, in a settings file of the suite's own (for a suite that clears them or moves
// the window far away while others run beside it).
void useTestSettings(const QString &suite = QString());
// For initTestCase of suites that set what the others set too (the facilitator's name):
// settings in folder (XDG_CONFIG_HOME), for this process only, as the suites run side by side.
void useSettingsIn(const QString &folder);
// Empties the settings, and with them the facilitator's name that Preferences keeps.
void clearSettings();

// A window over path, made and seeded when new, on clock; null, with a warning, when the file
// does not open.
std::unique_ptr<MainWindow> openWindow(const QString &path, const Clock &clock);
// The same, showing area, then shown and exposed: what most suites do in init(); null, with a
// warning, when either fails.
std::unique_ptr<MainWindow> showWindow(const QString &path, const Clock &clock,
                                       std::optional<MainWindow::AreaId> area = std::nullopt);

// The Pairings area once it shows its rows, which it reads on a worker; null, with a warning,
// after five seconds.
PairingsPage *pairingsRead(MainWindow &window);

} // namespace WindowFixture

// A file open in another window: made at path, then its writer lock held by this process for as
// long as the object lives, so that a window here opens it read-only.
class FileOpenElsewhere
{
public:
    explicit FileOpenElsewhere(const QString &path);
    FileOpenElsewhere(const FileOpenElsewhere &) = delete;
    FileOpenElsewhere &operator=(const FileOpenElsewhere &) = delete;

    QString error() const { return m_error; } // empty when the file is made and locked
    // The other window closes the file: a window here may write it once it opens it again.
    void close() { m_lock.unlock(); }

private:
    QLockFile m_lock;
    QString m_error;
};
