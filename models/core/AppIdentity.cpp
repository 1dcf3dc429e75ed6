#include "AppIdentity.h"

#include <QCoreApplication>

namespace AppIdentity {

void apply()
{
    QCoreApplication::setOrganizationName(QStringLiteral("utm-city2city"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("utm.org"));
    QCoreApplication::setApplicationName(QStringLiteral("facilitator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(C2C_VERSION));
}

} // namespace AppIdentity
