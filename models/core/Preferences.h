#pragma once

#include <QString>

// The user's preferences that models/ needs, read from QSettings each time so that a change made
// in the Preferences dialog applies to the next edit.
namespace Preferences {

constexpr const char *FacilitatorNameKey = "preferences/facilitatorName";

// The name written into the change log with every edit: the one set in the preferences, or
// else the operating system's login name.
QString facilitatorName();
void setFacilitatorName(const QString &name);

} // namespace Preferences
