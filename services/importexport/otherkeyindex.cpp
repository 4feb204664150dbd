#include "services/importexport/otherkeyindex.h"

#include "services/storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Leadline::ImportExport {

QString OtherKeyIndex::emailStatement(Storage::DatabaseKind kind)
{
    // Only contacts with an own email: the row is matched by its key. The conditions repeat the
    // partial index's own (migration 0010), so that only the contacts it holds are read.
    return QStringLiteral("SELECT email, other_emails FROM contacts WHERE deleted_at IS NULL AND %1 "
                          "AND email IS NOT NULL AND email <> ''")
        .arg(kind == Storage::DatabaseKind::PostgreSql ? QStringLiteral("other_emails <> '[]'::jsonb")
                                                       : QStringLiteral("other_emails <> '[]'"));
}

Result OtherKeyIndex::loadStoredEmails(const Storage::Database &db, const EmailKeys &keys)
{
    m_storedLoaded = true;
    auto q = db.exec(emailStatement(db.kind()));
    if (!q)
        return q.error();
    QList<std::pair<QString, QString>> listed; // (other address, own address) as stored
    while (q->next()) {
        const QString own = q->value(0).toString();
        const QJsonArray others = QJsonDocument::fromJson(q->value(1).toString().toUtf8()).array();
        for (const QJsonValue &other : others)
            if (const QString address = other.toString().trimmed(); !address.isEmpty())
                listed.append({address, own});
    }
    q->finish();

    QStringList emails;
    for (const auto &[other, own] : std::as_const(listed))
        emails << other << own;
    auto keyOf = keys.keysOf(db, emails);
    if (!keyOf)
        return keyOf.error();
    for (const auto &[other, own] : std::as_const(listed))
        add(keyOf->value(other), keyOf->value(own));
    return {};
}

Result OtherKeyIndex::loadStoredPhones(const Storage::Database &db)
{
    m_storedLoaded = true;
    // Rarely wanted (an import matched on phone, of rows no own number matches): no index of its
    // own, one pass over the contacts.
    auto q = db.exec(
        QStringLiteral("SELECT phone, other_phones FROM contacts WHERE deleted_at IS NULL AND %1 AND phone IS NOT NULL "
                       "AND phone <> ''")
            .arg(db.kind() == Storage::DatabaseKind::PostgreSql ? QStringLiteral("other_phones <> '[]'::jsonb")
                                                                : QStringLiteral("other_phones <> '[]'")));
    if (!q)
        return q.error();
    while (q->next()) {
        const QString own = q->value(0).toString();
        const QJsonArray others = QJsonDocument::fromJson(q->value(1).toString().toUtf8()).array();
        for (const QJsonValue &other : others)
            add(other.toString().trimmed(), own);
    }
    return {};
}

void OtherKeyIndex::add(const QString &otherKey, const QString &ownKey)
{
    if (otherKey.isEmpty() || ownKey.isEmpty() || otherKey == ownKey || m_shared.contains(otherKey))
        return;
    const auto earlier = m_ownKeyOf.constFind(otherKey);
    if (earlier == m_ownKeyOf.cend()) {
        m_ownKeyOf.insert(otherKey, ownKey);
    } else if (*earlier != ownKey) {
        m_ownKeyOf.erase(earlier);
        m_shared.insert(otherKey);
    }
}

} // namespace Leadline::ImportExport
