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

// The stored contacts' other email addresses, or other phone numbers, keyed as the import
// matches rows on them, each with the key of its contact's own one: a row that gives one of them
// as its email or phone is the same person (a work and a home address, an office and a mobile
// number, a number an import moved aside when it gave a new one), and is matched with that
// contact, as the best CRMs match on any of a contact's addresses and numbers. Read once per
// import, when first needed: one a contact gains afterwards is not in it. One that two contacts
// list is left out: it names nobody in particular.
class OtherKeyIndex
{
public:
    // Reads the stored contacts' other addresses, keyed as the database compares emails.
    Result loadStoredEmails(const Storage::Database &db, const EmailKeys &keys);
    // Reads the stored contacts' other numbers (stored in E.164, as rows are matched).
    Result loadStoredPhones(const Storage::Database &db);
    bool storedLoaded() const { return m_storedLoaded; }
    // What loadStoredEmails() reads (a test checks that it reads through the partial index).
    static QString emailStatement(Storage::DatabaseKind kind);

    bool isEmpty() const { return m_ownKeyOf.isEmpty(); }
    qsizetype size() const { return m_ownKeyOf.size(); }
    // The key of the own email or phone of the contact that lists this one among its others;
    // empty when none does, or when several do.
    QString ownKeyOf(const QString &key) const { return m_ownKeyOf.value(key); }

private:
    // The contact whose own email or phone has ownKey lists the one with otherKey.
    void add(const QString &otherKey, const QString &ownKey);

    QHash<QString, QString> m_ownKeyOf;
    QSet<QString> m_shared; // listed by several contacts
    bool m_storedLoaded = false;
};

} // namespace Leadline::ImportExport
