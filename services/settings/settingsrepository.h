#pragma once

#include "services/core/expected.h"

#include <QObject>
#include <QString>

#include <memory>

namespace Leadline::Storage {
class Database;
}
namespace Leadline::Domain {
class Clock;
}

namespace Leadline::Settings {

// Well-known keys of the settings table.
namespace Keys {
inline constexpr char PhoneDefaultRegion[] = "phone.default_region"; // ISO 3166-1, e.g. "DE"
inline constexpr char CurrentUserId[] = "app.current_user_id";
} // namespace Keys

// Key/value settings stored in the database (shared by everyone using it), each with the
// time it last changed. Thread-safe: any thread may call; each uses its own connection.
// Emits valueChanged from the calling thread after a successful write.
class SettingsRepository : public QObject
{
    Q_OBJECT
public:
    SettingsRepository(std::shared_ptr<Storage::Database> database, const Domain::Clock &clock,
                       QObject *parent = nullptr);
    ~SettingsRepository() override;

    // The stored value, or `fallback` when the key was never set.
    Expected<QString> value(const QString &key, const QString &fallback = {}) const;
    // When the key last changed; invalid when it was never set.
    Expected<QDateTime> updatedAt(const QString &key) const;
    Result setValue(const QString &key, const QString &value);
    Result remove(const QString &key);

    // The same on a bare database, for services that read a setting inside their own work
    // (and transaction) without holding a repository.
    static Expected<QString> read(const Storage::Database &database, const QString &key, const QString &fallback = {});
    static Result write(const Storage::Database &database, const Domain::Clock &clock, const QString &key,
                        const QString &value);

Q_SIGNALS:
    void valueChanged(const QString &key, const QString &value);

private:
    std::shared_ptr<Storage::Database> m_database;
    const Domain::Clock &m_clock;
};

} // namespace Leadline::Settings
