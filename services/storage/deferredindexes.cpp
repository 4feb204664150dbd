#include "services/storage/deferredindexes.h"

#include "services/core/processidentity.h"
#include "services/storage/database.h"
#include "services/storage/searchindexbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Leadline::Storage {

const QString &DeferredIndexes::settingsKey()
{
    static const QString key = QStringLiteral("storage.deferred_indexes");
    return key;
}

const QString &DeferredIndexes::emailIndexName()
{
    static const QString name = QStringLiteral("contacts_email_live");
    return name;
}

const QString &DeferredIndexes::ownerKey()
{
    static const QString key = QStringLiteral("storage.deferred_indexes_owner");
    return key;
}

Expected<bool> DeferredIndexes::ownedByALiveProcess(const Database &db)
{
    auto owner = db.exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {ownerKey()});
    if (!owner)
        return owner.error();
    // A load recorded without an owner (by an earlier version) is treated as abandoned.
    return owner->next() && !ProcessIdentity::isGone(owner->value(0).toString());
}

bool DeferredIndexes::isEmailsHeld(const QString &databaseText)
{
    return databaseText.contains(QLatin1String(kEmailsHeldMessage));
}

Error DeferredIndexes::emailsHeldError(const QString &detail)
{
    return Error(ErrorCode::Database,
                 tr("An import is writing contacts right now: a contact with an email can be saved when it has "
                    "finished."),
                 detail);
}

QString DeferredIndexes::ifNotExists(QString createIndex)
{
    // An index someone built again meanwhile (a sort index on first use) is there already.
    static const QRegularExpression create(QStringLiteral("^CREATE\\s+(UNIQUE\\s+)?INDEX\\s+(?!IF\\s)"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (const auto match = create.match(createIndex); match.hasMatch())
        createIndex.insert(match.capturedEnd(), QStringLiteral("IF NOT EXISTS "));
    return createIndex;
}

Expected<std::optional<DeferredIndexes::Pending>> DeferredIndexes::pending(const Database &db)
{
    auto pending = db.exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {settingsKey()});
    if (!pending)
        return pending.error();
    if (!pending->next())
        return std::optional<Pending>();
    const QJsonArray definitions = QJsonDocument::fromJson(pending->value(0).toString().toUtf8()).array();
    pending->finish();
    Pending load;
    for (const QJsonValue &definition : definitions) {
        const QString sql = definition.toString();
        if (sql.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            load.triggers << sql;
        else
            load.indexes << ifNotExists(sql);
    }
    return std::optional<Pending>(load);
}

Result DeferredIndexes::createIndexes(const Database &db, const Pending &pending)
{
    for (const QString &sql : pending.indexes)
        if (auto created = db.exec(sql); !created)
            return Error(ErrorCode::Database,
                         tr("Cannot rebuild an index after a bulk load: %1").arg(created.error().message()));
    return {};
}

QStringList DeferredIndexes::endOfLoad(const Pending &pending)
{
    return pending.triggers + SearchIndexBuilder::dropStaleMarkingTriggers() + dropEmailGuard()
           + QStringList{QStringLiteral("DELETE FROM settings WHERE key IN ('%1', '%2')").arg(settingsKey(), ownerKey())};
}

QStringList DeferredIndexes::dropEmailGuard()
{
    return {QStringLiteral("DROP TRIGGER IF EXISTS contacts_email_guard_insert"),
            QStringLiteral("DROP TRIGGER IF EXISTS contacts_email_guard_update")};
}

Expected<bool> DeferredIndexes::deferEmailIndex(const Database &db)
{
    auto definition = db.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?"),
                              {emailIndexName()});
    if (!definition)
        return definition.error();
    if (!definition->next())
        return false;
    const QString sql = definition->value(0).toString();
    definition->finish();
    auto recorded = db.exec(QStringLiteral("UPDATE settings SET value = json_insert(value, '$[#]', ?) WHERE key = ?"),
                            {sql, settingsKey()});
    if (!recorded)
        return recorded.error();
    if (recorded->numRowsAffected() != 1)
        return Error(ErrorCode::InvalidArgument, tr("The email index can only be deferred during a deferred bulk load."));
    // RAISE(FAIL), not ABORT: a trigger that may abort makes SQLite keep a statement journal
    // for multi-row writes.
    const QString refuse = QStringLiteral(" BEGIN SELECT RAISE(FAIL, '%1'); END").arg(QLatin1String(kEmailsHeldMessage));
    const QString live = QStringLiteral("new.deleted_at IS NULL AND new.email IS NOT NULL AND new.email <> ''");
    const QStringList statements{
        QStringLiteral("DROP INDEX \"%1\"").arg(emailIndexName()),
        QStringLiteral("CREATE TRIGGER contacts_email_guard_insert BEFORE INSERT ON contacts WHEN %1").arg(live) + refuse,
        // Only an email that changes, or a contact that comes back from the trash, can collide.
        QStringLiteral("CREATE TRIGGER contacts_email_guard_update BEFORE UPDATE OF email, deleted_at ON contacts WHEN %1 "
                       "AND (new.email IS NOT old.email OR old.deleted_at IS NOT NULL)")
                .arg(live)
            + refuse};
    for (const QString &statement : statements)
        if (auto done = db.exec(statement); !done)
            return done.error();
    return true;
}

Result DeferredIndexes::restoreEmailIndex(const Database &db)
{
    const QString pattern = QStringLiteral("CREATE UNIQUE INDEX %1 %").arg(emailIndexName());
    auto definition = db.exec(QStringLiteral("SELECT d.value FROM settings s, json_each(s.value) d "
                                             "WHERE s.key = ? AND d.value LIKE ?"),
                              {settingsKey(), pattern});
    if (!definition)
        return definition.error();
    if (definition->next()) {
        const QString sql = definition->value(0).toString();
        definition->finish();
        if (auto created = db.exec(ifNotExists(sql)); !created)
            return Error(ErrorCode::Database,
                         tr("Cannot rebuild an index after a bulk load: %1").arg(created.error().message()));
        auto dropped = db.exec(QStringLiteral("UPDATE settings SET value = (SELECT json_group_array(d.value) "
                                              "FROM json_each(settings.value) d WHERE d.value NOT LIKE ?) WHERE key = ?"),
                               {pattern, settingsKey()});
        if (!dropped)
            return dropped.error();
    }
    for (const QString &statement : dropEmailGuard())
        if (auto done = db.exec(statement); !done)
            return done.error();
    return {};
}

} // namespace Leadline::Storage
