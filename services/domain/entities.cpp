#include "services/domain/entities.h"

namespace Leadline::Domain {

QString Contact::displayName() const
{
    const QString name = QString(firstName + QLatin1Char(' ') + lastName).trimmed();
    return name.isEmpty() ? email : name;
}

QString entityTypeKey(EntityType type)
{
    switch (type) {
    case EntityType::Contact: return QStringLiteral("contact");
    case EntityType::Company: return QStringLiteral("company");
    case EntityType::Lead: return QStringLiteral("lead");
    case EntityType::Campaign: return QStringLiteral("campaign");
    }
    return {};
}

} // namespace Leadline::Domain
