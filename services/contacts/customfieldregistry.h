#pragma once

#include "services/core/expected.h"

#include <QCoreApplication>
#include <QStringList>

namespace Leadline {
namespace Storage {
class Database;
}
namespace Domain {
class Clock;
}

namespace Contacts {

// The custom fields contacts use, by name (the custom_fields table): what the import wizard's
// mapping and the export's choice of columns offer. A field is registered the first time a
// contact is saved with it or an import maps a column to it; the values stay in each
// contact's custom_fields. Names are unique whatever their case ("Shoe size", "shoe size").
class CustomFieldRegistry
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::Contacts::CustomFieldRegistry)
public:
    CustomFieldRegistry(const Storage::Database &database, const Domain::Clock &clock);

    // The contacts' custom fields, sorted case-insensitively.
    Expected<QStringList> names() const;
    // Registers the names not registered yet, in the caller's transaction if there is one.
    Result ensure(const QStringList &names) const;

private:
    const Storage::Database &m_database;
    const Domain::Clock &m_clock;
};

} // namespace Contacts
} // namespace Leadline
