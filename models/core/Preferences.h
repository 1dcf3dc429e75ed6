#pragma once

#include "core/Result.h"
#include "planning/SlotFinder.h"

#include <QString>
#include <QStringList>

// The user's preferences that models/ needs, read from QSettings each time so that a change made
// in the Preferences dialog applies to the next edit (the facilitator's name, read at every
// write, is kept instead: see facilitatorName()). Widgets read and write them only here.
namespace Preferences {

constexpr const char *FacilitatorNameKey = "preferences/facilitatorName";
constexpr const char *OrganisationNameKey = "preferences/organisationName";
constexpr const char *WorkingHoursStartKey = "preferences/workingHoursStart"; // minutes of the day
constexpr const char *WorkingHoursEndKey = "preferences/workingHoursEnd";
constexpr const char *WorkingDaysKey = "preferences/workingDays"; // bit 0 = Monday
constexpr const char *LanguageKey = "preferences/language"; // a QLocale name, empty: the system's
constexpr const char *RecentDatabasesKey = "database/recent";
constexpr int MaxRecentDatabases = 8;
constexpr int MaxNameLength = 100;

// The name written into the change log with every edit: the one set in the preferences, or
// else the operating system's login name. Read from the settings once and kept;
// setFacilitatorName() (and so save()) sets the kept name too, so later writes use it.
QString facilitatorName();
void setFacilitatorName(const QString &name);
// Reads the name from the settings again at its next use, when they were changed other than
// through setFacilitatorName() (cleared, or edited by another process).
void reloadFacilitatorName();
QString loginName();

// Shown on the minutes and the progress report; empty when not set.
QString organisationName();
void setOrganisationName(const QString &name);

// The language of the window ("es", "pt", …; see Translations), empty to follow the system.
// Read once at start: a change applies the next time the app starts.
QString language();
void setLanguage(const QString &language);

// What a city added by hand starts with (the slot finder's default unless changed).
WorkingHours defaultWorkingHours();
void setDefaultWorkingHours(const WorkingHours &hours);

// How many backups of each database to keep (Backups::KeepSettingKey, also edited in the
// Restore dialog and read by the command-line tool).
int backupsToKeep();
void setBackupsToKeep(int keep);

// Everything the Preferences dialog edits, checked and saved at once.
struct Values
{
    QString facilitatorName; // as set; empty means the login name
    QString organisationName;
    WorkingHours workingHours;
    int backupsToKeep = 7;
    QString language; // empty: the system's
};
Values current();
// The first problem, in words for the user; nothing is written when there is one.
Status check(const Values &values);
Status save(const Values &values);

// The databases opened last, newest first, at most MaxRecentDatabases, as absolute paths.
QStringList recentDatabases();
void noteRecentDatabase(const QString &path);
void forgetRecentDatabase(const QString &path);
void clearRecentDatabases();

} // namespace Preferences
