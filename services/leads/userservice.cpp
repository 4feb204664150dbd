#include "services/leads/userservice.h"

#include "services/contacts/emailaddress.h"
#include "services/contacts/sqlvalue.h"
#include "services/domain/clock.h"
#include "services/domain/uuid.h"
#include "services/settings/settingsrepository.h"
#include "services/storage/database.h"
#include "services/storage/newrecord.h"

#include <QRegularExpression>

namespace Leadline::Leads {

using Domain::User;

namespace {

const char *const s_userColumns = "id, name, email, is_active, created_at, updated_at";

User userFrom(const Storage::SqlDialect &dialect, const QSqlQuery &q)
{
    User user;
    user.id = q.value(0).toString();
    user.name = q.value(1).toString();
    user.email = q.value(2).toString();
    user.active = q.value(3).toBool();
    user.createdAt = dialect.timestampFromDb(q.value(4));
    user.updatedAt = dialect.timestampFromDb(q.value(5));
    return user;
}

// Tidies the name and email a user typed and says what is still wrong with them.
Result tidyAndCheck(User &user)
{
    user.name = user.name.simplified();
    user.email = user.email.trimmed();
    if (user.name.isEmpty())
        return Error(ErrorCode::InvalidArgument, UserService::tr("Enter the user's name."));
    if (!Contacts::isValidEmailAddress(user.email))
        return Error(ErrorCode::InvalidArgument,
                     UserService::tr("“%1” is not a valid email address for a user.").arg(user.email));
    return {};
}

// A unique email address is the only constraint a user's row can break.
Error writeError(const Error &error, const User &user)
{
    if (error.code() == ErrorCode::Conflict)
        return Error(ErrorCode::Conflict,
                     UserService::tr("Another user already has the email address %1.").arg(user.email));
    return error;
}

} // namespace

UserService::UserService(std::shared_ptr<Storage::Database> database, const Domain::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_clock(clock)
{}

UserService::~UserService() = default;

QString UserService::osLoginName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(variable).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("user");
}

Expected<QList<User>> UserService::list(bool includeInactive) const
{
    QString sql = QStringLiteral("SELECT ") + QLatin1String(s_userColumns) +
                  QStringLiteral(" FROM users WHERE deleted_at IS NULL");
    if (!includeInactive)
        sql += QStringLiteral(" AND is_active = ") + m_database->dialect().boolToDb(true).toString();
    sql += QStringLiteral(" ORDER BY lower(name), id");
    auto q = m_database->exec(sql);
    if (!q)
        return q.error();
    QList<User> users;
    while (q->next())
        users << userFrom(m_database->dialect(), *q);
    return users;
}

Expected<User> UserService::get(const QString &id) const
{
    auto q = m_database->exec(QStringLiteral("SELECT ") + QLatin1String(s_userColumns) +
                                  QStringLiteral(" FROM users WHERE id = ? AND deleted_at IS NULL"),
                              {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(ErrorCode::NotFound, tr("The user %1 does not exist.").arg(id));
    return userFrom(m_database->dialect(), *q);
}

Expected<User> UserService::findByEmail(const QString &email) const
{
    auto q = m_database->exec(QStringLiteral("SELECT ") + QLatin1String(s_userColumns) +
                                  QStringLiteral(" FROM users WHERE lower(email) = lower(?) AND deleted_at IS NULL"),
                              {email.trimmed()});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(ErrorCode::NotFound, tr("No user has the email address %1.").arg(email.trimmed()));
    return userFrom(m_database->dialect(), *q);
}

Expected<User> UserService::create(User user)
{
    if (Result checked = tidyAndCheck(user); !checked)
        return checked.error();
    const QDateTime now = m_clock.nowUtc();
    Storage::stampNewRecord(user, now);
    const auto &dialect = m_database->dialect();
    auto inserted =
        m_database->exec(QStringLiteral("INSERT INTO users (id, name, email, is_active, created_at, updated_at) "
                                        "VALUES (?, ?, ?, ?, ?, ?)"),
                         {user.id, user.name, user.email, dialect.boolToDb(user.active), dialect.timestampToDb(now),
                          dialect.timestampToDb(now)});
    if (!inserted)
        return writeError(inserted.error(), user);
    Q_EMIT usersChanged();
    return user;
}

Expected<User> UserService::update(User user)
{
    auto before = get(user.id);
    if (!before)
        return before.error();
    if (Result checked = tidyAndCheck(user); !checked)
        return checked.error();
    user.createdAt = before->createdAt;
    user.updatedAt = m_clock.nowUtc();
    const auto &dialect = m_database->dialect();
    auto updated = m_database->exec(
        QStringLiteral("UPDATE users SET name = ?, email = ?, is_active = ?, updated_at = ? "
                       "WHERE id = ?"),
        {user.name, user.email, dialect.boolToDb(user.active), dialect.timestampToDb(user.updatedAt), user.id});
    if (!updated)
        return writeError(updated.error(), user);
    Q_EMIT usersChanged();
    return user;
}

Expected<User> UserService::currentUser()
{
    QMutexLocker lock(&m_currentMutex);
    const QString key = QLatin1String(Settings::Keys::CurrentUserId);
    auto stored = Settings::SettingsRepository::read(*m_database, key);
    if (!stored)
        return stored.error();
    if (!stored->isEmpty()) {
        auto user = get(*stored);
        if (user || user.error().code() != ErrorCode::NotFound)
            return user;
        // The remembered user was deleted: fall through and pick one again.
    }

    const QString login = osLoginName();
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString local = login.toLower().replace(unsafe, QStringLiteral("."));
    if (local.isEmpty() || local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.')))
        local = QStringLiteral("user");
    const QString email = local + QStringLiteral("@localhost.localdomain");

    // Another desktop with the same login on a shared database already made this user.
    auto existing = findByEmail(email);
    Expected<User> user = existing;
    if (!existing) {
        if (existing.error().code() != ErrorCode::NotFound)
            return existing.error();
        User fresh;
        fresh.name = login;
        fresh.email = email;
        user = create(fresh);
        if (!user && user.error().code() == ErrorCode::Conflict)
            user = findByEmail(email); // lost a race with another process
        if (!user)
            return user.error();
    }
    if (Result remembered = Settings::SettingsRepository::write(*m_database, m_clock, key, user->id); !remembered)
        return remembered.error();
    Q_EMIT currentUserChanged(user->id);
    return user;
}

Result UserService::setCurrentUser(const QString &userId)
{
    auto user = get(userId);
    if (!user)
        return user.error();
    QMutexLocker lock(&m_currentMutex);
    if (Result written = Settings::SettingsRepository::write(*m_database, m_clock,
                                                             QLatin1String(Settings::Keys::CurrentUserId), userId);
        !written)
        return written;
    Q_EMIT currentUserChanged(userId);
    return {};
}

Domain::Actor UserService::currentActor()
{
    auto user = currentUser();
    return Domain::Actor{user ? user->id : QString()};
}

} // namespace Leadline::Leads
