#include "services/importexport/emailowners.h"

#include "services/storage/database.h"
#include "services/storage/sqldialect.h"

namespace Leadline::ImportExport {

Result EmailOwners::loadChunk(const Storage::Database &db, const QStringList &emails)
{
    m_owners.clear();
    m_addressOf.clear();
    m_claimedByNew.clear();
    m_names.clear();
    QStringList lookUp, unfolded;
    QSet<QString> listed;
    const auto mayBeStored = [&](const QString &key) {
        if ((m_databaseHadContacts || m_written.mayContain(qHash(key))) && !listed.contains(key)) {
            listed.insert(key);
            lookUp << key;
        }
    };
    for (const QString &email : emails) {
        if (email.isEmpty())
            continue;
        if (auto key = m_emailKeys.localKey(email))
            mayBeStored(*key);
        else
            unfolded << email;
    }
    auto folded = EmailKeys::foldedByDatabase(db, unfolded);
    if (!folded)
        return folded.error();
    m_keys = std::move(*folded);
    for (const QString &key : std::as_const(m_keys))
        mayBeStored(key);
    constexpr qsizetype kPerQuery = 5000;
    for (qsizetype start = 0; start < lookUp.size(); start += kPerQuery) {
        // The condition repeats the unique index's own WHERE, so the index is used.
        auto q = db.exec(QStringLiteral("SELECT lower(email), id, trim(first_name || ' ' || last_name) FROM contacts "
                                        "WHERE deleted_at IS NULL "
                                        "AND email IS NOT NULL AND email <> '' AND %1")
                             .arg(db.dialect().inList(db.dialect().caseInsensitive(QStringLiteral("email")))),
                         {Storage::SqlDialect::inListValue(lookUp.mid(start, kPerQuery))});
        if (!q)
            return q.error();
        while (q->next()) {
            m_owners.insert(q->value(0).toString(), q->value(1).toString());
            m_addressOf.insert(q->value(1).toString(), q->value(0).toString());
            m_names.insert(q->value(1).toString(), q->value(2).toString());
        }
    }
    return {};
}

QString EmailOwners::keyOf(const QString &email) const
{
    if (email.isEmpty())
        return {};
    if (auto key = m_emailKeys.localKey(email))
        return *key;
    return m_keys.value(email); // every address of the chunk is listed
}

QString EmailOwners::ownerOf(const QString &email) const
{
    return m_owners.value(keyOf(email));
}

bool EmailOwners::mayTake(const QString &email, const QString &contactId) const
{
    const QString owner = ownerOf(email);
    return owner.isEmpty() || owner == contactId;
}

void EmailOwners::move(const QString &contactId, const QString &oldEmail, const QString &newEmail)
{
    const auto held = m_addressOf.constFind(contactId);
    const QString oldKey = held != m_addressOf.constEnd() ? *held : keyOf(oldEmail);
    const QString newKey = keyOf(newEmail);
    m_addressOf.insert(contactId, newKey);
    if (oldKey == newKey)
        return;
    if (!oldKey.isEmpty() && m_owners.value(oldKey) == contactId)
        m_owners.insert(oldKey, QString());
    taken(newKey, contactId);
}

void EmailOwners::claim(const QString &contactId, const QString &email)
{
    const QString key = keyOf(email);
    taken(key, contactId);
    m_claimedByNew.insert(key);
}

void EmailOwners::release(const QString &contactId, const QString &email)
{
    const QString key = keyOf(email);
    if (!key.isEmpty() && m_owners.value(key) == contactId) {
        m_owners.insert(key, QString());
        m_claimedByNew.remove(key);
    }
}

void EmailOwners::taken(const QString &key, const QString &contactId)
{
    if (key.isEmpty())
        return;
    m_owners.insert(key, contactId);
    if (!m_databaseHadContacts)
        m_written.insert(qHash(key));
}

QString EmailOwners::rejectReason(const QString &email) const
{
    const QString key = keyOf(email);
    const QString owner = m_owners.value(key);
    if (m_claimedByNew.contains(key)) // new contacts keep their address for the rest of the chunk
        return tr("The email %1 is already given to the new contact of an earlier row; an email address can belong "
                  "to one contact only.")
            .arg(email);
    const QString name = m_names.value(owner); // a stored contact: the chunk read its name
    return tr("The email %1 already belongs to another contact (%2); an email address can belong to one contact only.")
        .arg(email, name.isEmpty() ? owner : tr("%1, %2").arg(name, owner));
}

} // namespace Leadline::ImportExport
