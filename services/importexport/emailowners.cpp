#include "services/importexport/emailowners.h"

#include "services/storage/database.h"
#include "services/storage/sqldialect.h"

namespace Leadline::ImportExport {

bool EmailOwners::databaseMayHold(const QString &key) const
{
    return m_databaseHadContacts || m_written.contains(qHash(key));
}

Result EmailOwners::loadChunk(const Storage::Database &db, const QStringList &emails)
{
    m_owners.clear();
    QStringList lookUp;
    for (const QString &email : emails) {
        const QString key = keyOf(email);
        if (key.isEmpty() || m_owners.contains(key))
            continue;
        m_owners.insert(key, QString());
        if (databaseMayHold(key))
            lookUp << key;
    }
    constexpr qsizetype kPerQuery = 5000;
    for (qsizetype start = 0; start < lookUp.size(); start += kPerQuery) {
        // The condition repeats the unique index's own WHERE, so the index is used.
        auto q = db.exec(QStringLiteral("SELECT lower(email), id FROM contacts WHERE deleted_at IS NULL "
                                        "AND email IS NOT NULL AND email <> '' AND %1")
                             .arg(db.dialect().inList(QStringLiteral("lower(email)"))),
                         {Storage::SqlDialect::inListValue(lookUp.mid(start, kPerQuery))});
        if (!q)
            return q.error();
        while (q->next())
            m_owners.insert(q->value(0).toString(), q->value(1).toString());
    }
    return {};
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
    const QString oldKey = keyOf(oldEmail), newKey = keyOf(newEmail);
    if (oldKey == newKey)
        return;
    if (!oldKey.isEmpty() && m_owners.value(oldKey) == contactId)
        m_owners.insert(oldKey, QString());
    if (!newKey.isEmpty()) {
        m_owners.insert(newKey, contactId);
        if (!m_databaseHadContacts)
            m_written.insert(qHash(newKey));
    }
}

QString EmailOwners::rejectReason(const QString &email) const
{
    return tr("The email %1 already belongs to another contact (contact %2); an email address can belong to one "
              "contact only.")
        .arg(email, ownerOf(email));
}

} // namespace Leadline::ImportExport
