#include <parcours/core/AppIdentity.h>

#include <QCoreApplication>

namespace parcours {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Parcours"));
    QCoreApplication::setApplicationName(QStringLiteral("Parcours"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARCOURS_VERSION));
}

} // namespace parcours
