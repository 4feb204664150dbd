#pragma once

#include "services/core/expected.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
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
// contact's custom_fields, under the name as it was first registered: "shoe size" typed later
// is the same field as "Shoe size", "ÄRZTE" as "Ärzte" (Unicode case folding, on both
// databases).
class CustomFieldRegistry
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::Contacts::CustomFieldRegistry)
public:
    CustomFieldRegistry(const Storage::Database &database, const Domain::Clock &clock);

    // The contacts' custom fields, sorted case-insensitively.
    Expected<QStringList> names() const;
    // Each of the names (trimmed) → its registered spelling; names not registered are left out.
    Expected<QHash<QString, QString>> registeredSpellings(const QStringList &names) const;
    // Registers the names not registered yet, in the caller's transaction if there is one,
    // and returns each one's registered spelling as registeredSpellings() does. importBatchId:
    // the import that registers them, whose undo takes them away again when no contact holds
    // them then.
    Expected<QHash<QString, QString>> ensure(const QStringList &names, const QString &importBatchId = {}) const;

    // The values with the keys that were just added (not in `before`) under their registered
    // spelling; an added key's value wins over a value the same field had under it.
    static QJsonObject withRegisteredKeys(QJsonObject values, const QJsonObject &before,
                                          const QHash<QString, QString> &spellings);

private:
    Expected<QStringList> registeredNames() const; // oldest first
    // registeredSpellings() given the registered names, read once.
    Expected<QHash<QString, QString>> spellingsAmong(const QStringList &registered, const QStringList &names) const;

    const Storage::Database &m_database;
    const Domain::Clock &m_clock;
};

} // namespace Contacts
} // namespace Leadline
