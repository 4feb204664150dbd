#include "services/settings/settingsrepository.h"

#include "services/contacts/sqlvalue.h"
#include "services/domain/clock.h"
#include "services/storage/database.h"

namespace Leadline::Settings {

SettingsRepository::SettingsRepository(std::shared_ptr<Storage::Database> database, const Domain::Clock &clock,
                                       QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_clock(clock)
{}

SettingsRepository::~SettingsRepository() = default;

Expected<QString> SettingsRepository::read(const Storage::Database &database, const QString &key,
                                           const QString &fallback)
{
    auto query = database.exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!query)
        return query.error();
    if (!query->next())
        return fallback;
    return query->value(0).toString();
}

Result SettingsRepository::write(const Storage::Database &database, const Domain::Clock &clock, const QString &key,
                                 const QString &value)
{
    if (key.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("A setting needs a name."));
    // Upsert syntax shared by SQLite (3.24+) and PostgreSQL.
    auto query = database.exec(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                                              "updated_at = excluded.updated_at"),
                               {key, SqlValue::text(value), database.dialect().timestampToDb(clock.nowUtc())});
    if (!query)
        return query.error();
    return {};
}

Expected<QString> SettingsRepository::value(const QString &key, const QString &fallback) const
{
    return read(*m_database, key, fallback);
}

Expected<QDateTime> SettingsRepository::updatedAt(const QString &key) const
{
    auto query = m_database->exec(QStringLiteral("SELECT updated_at FROM settings WHERE key = ?"), {key});
    if (!query)
        return query.error();
    if (!query->next())
        return QDateTime();
    return m_database->dialect().timestampFromDb(query->value(0));
}

Result SettingsRepository::setValue(const QString &key, const QString &value)
{
    if (Result written = write(*m_database, m_clock, key, value); !written)
        return written;
    Q_EMIT valueChanged(key, value);
    return {};
}

Result SettingsRepository::remove(const QString &key)
{
    auto query = m_database->exec(QStringLiteral("DELETE FROM settings WHERE key = ?"), {key});
    if (!query)
        return query.error();
    Q_EMIT valueChanged(key, QString());
    return {};
}

} // namespace Leadline::Settings
