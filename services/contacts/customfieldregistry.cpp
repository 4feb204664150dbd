#include "services/contacts/customfieldregistry.h"

#include "services/domain/clock.h"
#include "services/domain/uuid.h"
#include "services/storage/database.h"

#include <QSqlQuery>

#include <algorithm>

namespace Leadline::Contacts {

CustomFieldRegistry::CustomFieldRegistry(const Storage::Database &database, const Domain::Clock &clock)
    : m_database(database)
    , m_clock(clock)
{}

namespace {

// The registered name a name means: the same text, or else the same letters in another case.
// Compared here and not by the database, whose lower() folds ASCII letters only on SQLite
// ("ÄRZTE" and "ärzte" would be two fields there and one on PostgreSQL).
QString registeredSpelling(const QStringList &registered, const QString &name)
{
    if (registered.contains(name))
        return name;
    for (const QString &candidate : registered)
        if (QString::compare(candidate, name, Qt::CaseInsensitive) == 0)
            return candidate;
    return {};
}

} // namespace

Expected<QStringList> CustomFieldRegistry::registeredNames() const
{
    auto q = m_database.exec(QStringLiteral(
        "SELECT name FROM custom_fields WHERE entity_type = 'contact' AND deleted_at IS NULL ORDER BY created_at, id"));
    if (!q)
        return q.error();
    QStringList names;
    while (q->next())
        names << q->value(0).toString();
    return names;
}

Expected<QStringList> CustomFieldRegistry::names() const
{
    auto names = registeredNames();
    if (!names)
        return names.error();
    std::sort(names->begin(), names->end(),
              [](const QString &a, const QString &b) { return QString::compare(a, b, Qt::CaseInsensitive) < 0; });
    return names;
}

Expected<QHash<QString, QString>> CustomFieldRegistry::registeredSpellings(const QStringList &names) const
{
    auto registered = registeredNames();
    if (!registered)
        return registered.error();
    return spellingsAmong(*registered, names);
}

Expected<QHash<QString, QString>> CustomFieldRegistry::spellingsAmong(const QStringList &registered,
                                                                      const QStringList &names) const
{
    QHash<QString, QString> spellings;
    for (const QString &given : names) {
        const QString name = given.trimmed();
        if (name.isEmpty() || spellings.contains(name))
            continue;
        if (const QString spelling = registeredSpelling(registered, name); !spelling.isEmpty()) {
            spellings.insert(name, spelling);
            continue;
        }
        // Folded as the unique index of live names folds them, where that differs from Qt
        // (PostgreSQL's lower() makes "İl" the registered "il"), or registered meanwhile on
        // another desktop: the name that kept it out.
        auto q = m_database.exec(QStringLiteral("SELECT name FROM custom_fields WHERE entity_type = 'contact' "
                                                "AND lower(name) = lower(?) AND deleted_at IS NULL"),
                                 {name});
        if (!q)
            return q.error();
        if (q->next())
            spellings.insert(name, q->value(0).toString());
    }
    return spellings;
}

Expected<QHash<QString, QString>> CustomFieldRegistry::ensure(const QStringList &names,
                                                              const QString &importBatchId) const
{
    auto registered = registeredNames();
    if (!registered)
        return registered.error();
    const QVariant now = m_database.dialect().timestampToDb(m_clock.nowUtc());
    for (const QString &given : names) {
        const QString name = given.trimmed();
        if (name.isEmpty() || !registeredSpelling(*registered, name).isEmpty())
            continue;
        // A name registered meanwhile (here or on another desktop) is a conflict the unique index
        // of live names settles quietly.
        auto inserted = m_database.exec(
            QStringLiteral(
                "INSERT INTO custom_fields (id, entity_type, name, label, kind, import_batch_id, "
                "created_at, updated_at) VALUES (?, 'contact', ?, ?, 'text', ?, ?, ?) ON CONFLICT DO NOTHING"),
            {Domain::newId(), name, name, importBatchId.isEmpty() ? QString() : importBatchId, now, now});
        if (!inserted)
            return Error(ErrorCode::Database,
                         tr("Cannot register the custom field “%1”: %2").arg(name, inserted.error().message()));
        if (inserted->numRowsAffected() > 0)
            *registered << name;
    }
    return spellingsAmong(*registered, names);
}

QJsonObject CustomFieldRegistry::withRegisteredKeys(QJsonObject values, const QJsonObject &before,
                                                    const QHash<QString, QString> &spellings)
{
    const QStringList keys = values.keys();
    for (const QString &key : keys) {
        if (before.contains(key))
            continue;
        const QString registered = spellings.value(key.trimmed(), key);
        if (registered != key)
            values.insert(registered, values.take(key));
    }
    return values;
}

} // namespace Leadline::Contacts
