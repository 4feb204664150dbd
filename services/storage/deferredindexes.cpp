#include "services/storage/deferredindexes.h"

#include "services/core/processidentity.h"
#include "services/domain/uuid.h"
#include "services/storage/bulkwriter.h"
#include "services/storage/database.h"
#include "services/storage/loadlock.h"
#include "services/storage/searchindexbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

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

bool DeferredIndexes::ownerLives(const Database &db, const QString &process)
{
    switch (LoadLock::probe(db.location().sqlitePath)) {
    case LoadLock::Probe::Held:
        return true;
    case LoadLock::Probe::Free:
        return false;
    case LoadLock::Probe::Missing:
        // Begun by an earlier version without the lock, or the database was copied without
        // the file: a process of this machine that is there may still run it.
        return ProcessIdentity::isAliveHere(process);
    case LoadLock::Probe::Unknown:
        break;
    }
    // Where locks cannot be asked about, the owner's name says what it can: another machine's
    // process is taken for alive.
    return !ProcessIdentity::isGone(process);
}

Expected<bool> DeferredIndexes::ownedByALiveProcess(const Database &db)
{
    auto owner = db.exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {ownerKey()});
    if (!owner)
        return owner.error();
    // A load recorded without an owner (by an earlier version) is treated as abandoned.
    if (!owner->next())
        return false;
    const QString process = owner->value(0).toString();
    owner->finish();
    return ownerLives(db, process);
}

bool DeferredIndexes::isEmailsHeld(const QString &databaseText)
{
    return databaseText.contains(QLatin1String(kEmailsHeldMessage));
}

Error DeferredIndexes::emailsHeldError()
{
    return Error(ErrorCode::Database, tr("An import is writing contacts right now: a contact with an email can be "
                                         "saved when it has finished."));
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
    for (const QString &sql : pending.indexes) {
        if (isEmailIndex(sql)) {
            if (Result built = buildEmailIndex(db, sql); !built)
                return built;
        } else if (auto created = db.exec(sql); !created) {
            return Error(ErrorCode::Database,
                         tr("Cannot rebuild an index after a bulk load: %1").arg(created.error().message()));
        }
    }
    return {};
}

bool DeferredIndexes::isEmailIndex(const QString &createIndex)
{
    static const QRegularExpression named(QStringLiteral("^CREATE\\s+UNIQUE\\s+INDEX\\s+(IF\\s+NOT\\s+EXISTS\\s+)?\"?%1\\b")
                                              .arg(emailIndexName()),
                                          QRegularExpression::CaseInsensitiveOption);
    return named.match(createIndex).hasMatch();
}

Result DeferredIndexes::buildEmailIndex(const Database &db, const QString &createIndex)
{
    auto created = db.exec(createIndex);
    if (!created && created.error().code() == ErrorCode::Conflict) {
        if (Result separated = separateRepeatedEmails(db); !separated)
            return separated;
        created = db.exec(createIndex);
    }
    if (!created)
        return Error(ErrorCode::Database,
                     tr("Cannot rebuild an index after a bulk load: %1").arg(created.error().message()));
    return {};
}

Result DeferredIndexes::separateRepeatedEmails(const Database &db)
{
    // Each address stays with the oldest live contact that has it (the lowest rowid).
    auto repeated = db.exec(QStringLiteral(
        "WITH firsts AS (SELECT email COLLATE NOCASE AS email, min(rowid) AS first FROM contacts "
        "                WHERE deleted_at IS NULL AND email IS NOT NULL AND email <> '' "
        "                GROUP BY email COLLATE NOCASE HAVING count(*) > 1) "
        "SELECT c.id, c.email, c.other_emails, k.id FROM firsts f JOIN contacts c ON c.email = f.email COLLATE NOCASE "
        "JOIN contacts k ON k.rowid = f.first "
        "WHERE c.deleted_at IS NULL AND c.rowid <> f.first ORDER BY c.rowid"));
    if (!repeated)
        return repeated.error();
    struct Repeat
    {
        QString contactId, email;
        QJsonArray otherEmails;
        QString keeperId;
    };
    QList<Repeat> repeats;
    while (repeated->next())
        repeats.append({repeated->value(0).toString(), repeated->value(1).toString(),
                        QJsonDocument::fromJson(repeated->value(2).toString().toUtf8()).array(),
                        repeated->value(3).toString()});
    repeated->finish();

    if (repeats.isEmpty())
        return {};
    const QDateTime nowUtc = QDateTime::currentDateTimeUtc();
    const QVariant now = db.dialect().timestampToDb(nowUtc);
    // A search index built alongside the load no longer matches these contacts (the loading
    // connection may run without the triggers that would say so): it is rebuilt instead.
    if (auto marked = db.exec(QStringLiteral("INSERT OR REPLACE INTO settings (key, value, updated_at) VALUES (?, '1', ?)"),
                              {SearchIndexBuilder::staleKey(), now});
        !marked)
        return marked.error();
    const auto change = [](const QJsonValue &old, const QJsonValue &replacement) {
        return QJsonObject{{QStringLiteral("old"), old}, {QStringLiteral("new"), replacement}};
    };
    const auto json = [](const QJsonArray &array) { return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)); };
    // As the index compares them (NOCASE: ASCII letters only).
    const auto sameAddress = [](const QString &a, const QString &b) {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            const char16_t x = a.at(i).unicode(), y = b.at(i).unicode();
            const auto fold = [](char16_t c) { return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c; };
            if (fold(x) != fold(y))
                return false;
        }
        return true;
    };
    for (const Repeat &repeat : repeats) {
        QJsonArray otherEmails = repeat.otherEmails;
        const bool listed = std::any_of(otherEmails.begin(), otherEmails.end(),
                                        [&](const QJsonValue &other) { return sameAddress(other.toString(), repeat.email); });
        if (!listed)
            otherEmails.append(repeat.email);
        auto moved = db.exec(QStringLiteral("UPDATE contacts SET other_emails = ?, email = NULL, updated_at = ? WHERE id = ?"),
                             {json(otherEmails), now, repeat.contactId});
        if (!moved)
            return moved.error();
        QJsonObject changes{{QStringLiteral("email"), change(repeat.email, QJsonValue())},
                            {QStringLiteral("kept_by"), repeat.keeperId}};
        if (!listed)
            changes.insert(QStringLiteral("other_emails"), change(repeat.otherEmails, otherEmails));
        auto logged = db.exec(
            QStringLiteral("INSERT INTO activities (id, type, entity_type, entity_id, contact_id, subject, changes, "
                           "occurred_at, created_at, updated_at) VALUES (?, 'updated', 'contact', ?, ?, ?, ?, ?, ?, ?)"),
            {Domain::newIdAt(nowUtc), repeat.contactId, repeat.contactId,
             tr("Email %1 moved to the other emails: an older contact has the same address").arg(repeat.email),
             QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)), now, now, now});
        if (!logged)
            return logged.error();
    }
    return {};
}

QStringList DeferredIndexes::endOfLoad(const Pending &pending)
{
    return pending.triggers + SearchIndexBuilder::dropStaleMarkingTriggers() + dropEmailGuard()
           + QStringList{QStringLiteral("DELETE FROM settings WHERE key IN ('%1', '%2')").arg(settingsKey(), ownerKey())};
}

Expected<bool> DeferredIndexes::emailsHeldByAnotherLoad(const Database &db)
{
    auto owner = db.exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {ownerKey()});
    if (!owner)
        return owner.error();
    if (!owner->next())
        return false;
    const QString process = owner->value(0).toString();
    owner->finish();
    if ((process == ProcessIdentity::thisProcess() && !BulkWriter::deferringInThisProcess()) ||
        !ownerLives(db, process))
        return false;
    auto guard = db.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = "
                                        "'contacts_email_guard_insert'"));
    if (!guard)
        return guard.error();
    return guard->next();
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
        if (Result built = buildEmailIndex(db, ifNotExists(sql)); !built)
            return built;
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
