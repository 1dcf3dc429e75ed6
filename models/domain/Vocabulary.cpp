#include "Vocabulary.h"

#include <QCoreApplication>

namespace Vocabulary {

QStringList personRoles()
{
    return {QStringLiteral("city_representative"), QStringLiteral("expert"),
            QStringLiteral("facilitator"), QStringLiteral("observer")};
}

QString personRoleLabel(const QString &key)
{
    if (key == QLatin1String("city_representative"))
        return QCoreApplication::translate("Vocabulary", "City representative");
    if (key == QLatin1String("expert"))
        return QCoreApplication::translate("Vocabulary", "Expert");
    if (key == QLatin1String("facilitator"))
        return QCoreApplication::translate("Vocabulary", "Facilitator");
    if (key == QLatin1String("observer"))
        return QCoreApplication::translate("Vocabulary", "Observer");
    return key;
}

QStringList pairingStatuses()
{
    return {QStringLiteral("proposed"), QStringLiteral("active"), QStringLiteral("completed"),
            QStringLiteral("cancelled")};
}

QString pairingStatusLabel(const QString &key)
{
    if (key == QLatin1String("proposed"))
        return QCoreApplication::translate("Vocabulary", "Proposed");
    if (key == QLatin1String("active"))
        return QCoreApplication::translate("Vocabulary", "Active");
    if (key == QLatin1String("completed"))
        return QCoreApplication::translate("Vocabulary", "Completed");
    if (key == QLatin1String("cancelled"))
        return QCoreApplication::translate("Vocabulary", "Cancelled");
    return key;
}

QStringList cohortStatuses()
{
    return {QStringLiteral("member"), QStringLiteral("joining"), QStringLiteral("former")};
}

QString cohortStatusLabel(const QString &key)
{
    if (key == QLatin1String("member"))
        return QCoreApplication::translate("Vocabulary", "In the UTM cohort");
    if (key == QLatin1String("joining"))
        return QCoreApplication::translate("Vocabulary", "Joining the cohort");
    if (key == QLatin1String("former"))
        return QCoreApplication::translate("Vocabulary", "Former member");
    if (key.isEmpty())
        return QCoreApplication::translate("Vocabulary", "Unknown");
    return key;
}

QStringList planTypes()
{
    return {QStringLiteral("SECAP"), QStringLiteral("SEACAP"), QStringLiteral("CAP")};
}

} // namespace Vocabulary
