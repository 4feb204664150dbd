#pragma once

#include "services/core/expected.h"
#include "services/importexport/emailkeys.h"
#include "services/storage/databaselocation.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace Leadline::Storage {
class Database;
}

namespace Leadline::ImportExport {

// The stored contacts' other email addresses, keyed as the database compares emails, each
// with the key of its contact's own email: a row that gives one of them as its email is the
// same person (a work and a home address), and is matched with that contact, as the best CRMs
// match on any of a contact's addresses. Read once per import, when first needed: an address a
// contact gains afterwards is not in it. An address two contacts list is left out: it names
// nobody in particular.
class OtherEmailIndex
{
public:
    // Reads the stored contacts' addresses.
    Result loadStored(const Storage::Database &db, const EmailKeys &keys);
    bool storedLoaded() const { return m_storedLoaded; }
    // What loadStored() reads (a test checks that it reads through the partial index).
    static QString statement(Storage::DatabaseKind kind);

    bool isEmpty() const { return m_ownKeyOf.isEmpty(); }
    qsizetype size() const { return m_ownKeyOf.size(); }
    // The key of the own email of the contact that lists this address among its others;
    // empty when none does, or when several do.
    QString ownKeyOf(const QString &key) const { return m_ownKeyOf.value(key); }

private:
    // The contact whose own email has ownKey lists the address with otherKey.
    void add(const QString &otherKey, const QString &ownKey);

    QHash<QString, QString> m_ownKeyOf;
    QSet<QString> m_shared; // listed by several contacts
    bool m_storedLoaded = false;
};

} // namespace Leadline::ImportExport
