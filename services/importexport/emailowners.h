#pragma once

#include "services/core/expected.h"
#include "services/importexport/bloomfilter.h"
#include "services/importexport/emailkeys.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Leadline::Storage {
class Database;
}

namespace Leadline::ImportExport {

// Which contact holds each email address while an import that matches rows on phone or
// external id works through a chunk. Emails are unique among live contacts, and such an
// import can give a row's email to a new contact, or to a stored one, while another contact
// holds it: that row is rejected with the reason instead of failing the whole chunk. Rows
// may also hand an address on (one row moves it away, a later one takes it), so the owners
// follow the rows in file order.
class EmailOwners
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::ImportExport::EmailOwners)
public:
    explicit EmailOwners(EmailKeys keys) : m_emailKeys(keys) {}

    // Starts a chunk: every address its rows give, or its stored contacts hold now, with the
    // stored owners of those (looked up where they may be stored at all).
    Result loadChunk(const Storage::Database &db, const QStringList &emails);

    // The contact holding the address now; empty when none does.
    QString ownerOf(const QString &email) const;
    // Whether contactId may take the address: nobody else holds it.
    bool mayTake(const QString &email, const QString &contactId) const;
    // contactId now holds newEmail (empty: none) instead of what it held, oldEmail when this
    // chunk has not moved it yet.
    void move(const QString &contactId, const QString &oldEmail, const QString &newEmail);
    // A contact this chunk creates holds the address; release() lets it go again (a later
    // row of the file gives that contact another one).
    void claim(const QString &contactId, const QString &email);
    void release(const QString &contactId, const QString &email);

    // Into a database without live contacts, only addresses this import wrote can be stored:
    // lookups are limited to those (by hash; a collision costs a lookup that finds nothing).
    void setDatabaseHadContacts(bool had) { m_databaseHadContacts = had; }

    // Why a row cannot have the address: who holds it (a stored contact by name, or a contact
    // an earlier row of the file makes).
    QString rejectReason(const QString &email) const;

private:
    QString keyOf(const QString &email) const;
    void taken(const QString &key, const QString &contactId);

    EmailKeys m_emailKeys;
    bool m_databaseHadContacts = true;
    BloomFilter m_written;                // hashes of the addresses this import gave contacts
    QHash<QString, QString> m_keys;       // this chunk's addresses the database folded → keys
    QHash<QString, QString> m_owners;     // index key → contact id ("" = free)
    QHash<QString, QString> m_addressOf;  // contact id → index key of what it holds
    QSet<QString> m_claimedByNew;         // index keys the chunk's new contacts took
    QHash<QString, QString> m_names;      // stored owner id → name, for reasons
};

} // namespace Leadline::ImportExport
