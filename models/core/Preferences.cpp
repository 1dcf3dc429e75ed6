#include "Preferences.h"

#include <QDir>
#include <QSettings>

namespace Preferences {

namespace {

QString loginName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QDir::home().dirName();
}

} // namespace

QString facilitatorName()
{
    const QString name = QSettings().value(QLatin1String(FacilitatorNameKey)).toString().trimmed();
    return name.isEmpty() ? loginName() : name;
}

void setFacilitatorName(const QString &name)
{
    QSettings().setValue(QLatin1String(FacilitatorNameKey), name.trimmed());
}

} // namespace Preferences
