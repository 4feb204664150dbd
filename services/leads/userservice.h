#pragma once

#include "services/core/expected.h"
#include "services/domain/entities.h"

#include <QMutex>
#include <QObject>

#include <memory>

namespace Leadline::Storage {
class Database;
}
namespace Leadline::Domain {
class Clock;
}

namespace Leadline::Leads {

// The people who own contacts and leads, and the one this installation acts as.
// Thread-safe: any thread may call; each uses its own connection. Signals may come from workers.
class UserService : public QObject
{
    Q_OBJECT
public:
    UserService(std::shared_ptr<Storage::Database> database, const Domain::Clock &clock, QObject *parent = nullptr);
    ~UserService() override;

    // Sorted by name; inactive users only when asked (they still own records).
    Expected<QList<Domain::User>> list(bool includeInactive = false) const;
    Expected<Domain::User> get(const QString &id) const;
    Expected<Domain::User> findByEmail(const QString &email) const;
    // Name required, email required and unique (case-insensitive) among users.
    Expected<Domain::User> create(Domain::User user);
    Expected<Domain::User> update(Domain::User user);

    // The user this installation works as, remembered in the settings ("app.current_user_id").
    // On first use it is created from the operating system's login name.
    Expected<Domain::User> currentUser();
    Result setCurrentUser(const QString &userId);
    // The actor for changes made through the user interface; the system when there is no user.
    Domain::Actor currentActor();

    // The login name currentUser() starts from ("USER", "USERNAME" or "LOGNAME").
    static QString osLoginName();

Q_SIGNALS:
    void usersChanged();
    void currentUserChanged(const QString &userId);

private:
    std::shared_ptr<Storage::Database> m_database;
    const Domain::Clock &m_clock;
    QMutex m_currentMutex; // one creation of the current user per process
};

} // namespace Leadline::Leads
