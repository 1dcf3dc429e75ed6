#include "Preferences.h"

#include "Translations.h"
#include "database/Backups.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSettings>

#include <optional>

namespace Preferences {

namespace {

// Q_DECLARE_TR_FUNCTIONS tells lupdate the context of each Text::tr() in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Preferences)
};

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

int minutesOf(const QTime &time)
{
    return time.hour() * 60 + time.minute();
}

int daysMask(const QList<int> &days)
{
    int mask = 0;
    for (int day : days) {
        if (day >= Qt::Monday && day <= Qt::Sunday)
            mask |= 1 << (day - Qt::Monday);
    }
    return mask;
}

// The facilitator's name as facilitatorName() keeps it; writes may come from worker threads.
struct KeptName
{
    QMutex mutex;
    std::optional<QString> name; // none: read the settings at the next use
};

KeptName &keptName()
{
    static KeptName kept;
    return kept;
}

} // namespace

QString loginName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QDir::home().dirName();
}

QString facilitatorName()
{
    KeptName &kept = keptName();
    const QMutexLocker lock(&kept.mutex);
    if (!kept.name) {
        const QString name = QSettings().value(key(FacilitatorNameKey)).toString().trimmed();
        kept.name = name.isEmpty() ? loginName() : name;
    }
    return *kept.name;
}

void setFacilitatorName(const QString &name)
{
    QSettings().setValue(key(FacilitatorNameKey), name.trimmed());
    reloadFacilitatorName();
}

void reloadFacilitatorName()
{
    KeptName &kept = keptName();
    const QMutexLocker lock(&kept.mutex);
    kept.name.reset();
}

QString organisationName()
{
    return QSettings().value(key(OrganisationNameKey)).toString().trimmed();
}

QString language()
{
    return QSettings().value(key(LanguageKey)).toString();
}

void setLanguage(const QString &language)
{
    if (language.isEmpty())
        QSettings().remove(key(LanguageKey));
    else
        QSettings().setValue(key(LanguageKey), language);
}

void setOrganisationName(const QString &name)
{
    QSettings().setValue(key(OrganisationNameKey), name.trimmed());
}

WorkingHours defaultWorkingHours()
{
    const QSettings settings;
    WorkingHours hours;
    const int start = settings.value(key(WorkingHoursStartKey), minutesOf(hours.start)).toInt();
    const int end = settings.value(key(WorkingHoursEndKey), minutesOf(hours.end)).toInt();
    const int mask = settings.value(key(WorkingDaysKey), daysMask(hours.days)).toInt();
    // A hand-edited file with nonsense in it gives the built-in default, not a broken city.
    if (start < 0 || end >= 24 * 60 || end <= start || (mask & 0x7f) == 0)
        return hours;
    hours.start = QTime(start / 60, start % 60);
    hours.end = QTime(end / 60, end % 60);
    hours.days.clear();
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        if (mask & (1 << (day - Qt::Monday)))
            hours.days << day;
    }
    return hours;
}

void setDefaultWorkingHours(const WorkingHours &hours)
{
    QSettings settings;
    settings.setValue(key(WorkingHoursStartKey), minutesOf(hours.start));
    settings.setValue(key(WorkingHoursEndKey), minutesOf(hours.end));
    settings.setValue(key(WorkingDaysKey), daysMask(hours.days));
}

int backupsToKeep()
{
    return qMax(1, QSettings().value(key(Backups::KeepSettingKey), Backups::DefaultKeep).toInt());
}

void setBackupsToKeep(int keep)
{
    QSettings().setValue(key(Backups::KeepSettingKey), qMax(1, keep));
}

Values current()
{
    Values values;
    values.facilitatorName = QSettings().value(key(FacilitatorNameKey)).toString().trimmed();
    values.organisationName = organisationName();
    values.workingHours = defaultWorkingHours();
    values.backupsToKeep = backupsToKeep();
    values.language = language();
    return values;
}

Status check(const Values &values)
{
    if (values.facilitatorName.trimmed().size() > MaxNameLength)
        return Status::failure(Text::tr("Your name is too long: at most %1 characters.").arg(MaxNameLength));
    if (values.organisationName.trimmed().size() > MaxNameLength)
        return Status::failure(Text::tr("The organisation's name is too long: at most %1 characters.").arg(MaxNameLength));
    const WorkingHours &hours = values.workingHours;
    if (!hours.start.isValid() || !hours.end.isValid() || minutesOf(hours.end) <= minutesOf(hours.start))
        return Status::failure(Text::tr("Working hours must end after they start."));
    if (daysMask(hours.days) == 0)
        return Status::failure(Text::tr("Choose at least one working day."));
    if (values.backupsToKeep < 1 || values.backupsToKeep > 999)
        return Status::failure(Text::tr("Keep between 1 and 999 backups."));
    if (!values.language.isEmpty() && !Translations::available().contains(values.language))
        return Status::failure(Text::tr("The app has no translation into “%1”.").arg(values.language));
    return {};
}

Status save(const Values &values)
{
    if (Status s = check(values); !s)
        return s;
    setFacilitatorName(values.facilitatorName);
    setOrganisationName(values.organisationName);
    setDefaultWorkingHours(values.workingHours);
    setBackupsToKeep(values.backupsToKeep);
    setLanguage(values.language);
    return {};
}

QStringList recentDatabases()
{
    QStringList paths = QSettings().value(key(RecentDatabasesKey)).toStringList();
    paths.removeAll(QString());
    paths.removeDuplicates();
    return paths.mid(0, MaxRecentDatabases);
}

void noteRecentDatabase(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = recentDatabases();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    QSettings().setValue(key(RecentDatabasesKey), paths.mid(0, MaxRecentDatabases));
}

void forgetRecentDatabase(const QString &path)
{
    QStringList paths = recentDatabases();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    paths.removeAll(path);
    QSettings().setValue(key(RecentDatabasesKey), paths);
}

void clearRecentDatabases()
{
    QSettings().remove(key(RecentDatabasesKey));
}

} // namespace Preferences
