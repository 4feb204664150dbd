#pragma once

#include "services/contacts/contactlist.h"
#include "services/core/expected.h"
#include "services/domain/entities.h"

#include <QObject>

#include <memory>

namespace Leadline::Storage {
class Database;
class Transaction;
}
namespace Leadline::Domain {
class Clock;
}

namespace Leadline::Contacts {

class PhoneNormalizer;

// A field-level validation problem, for inline display next to the field.
struct FieldError
{
    QString field;   // "email", "phone", "otherPhones[1]", …
    QString message; // translated
};

// Contacts: create, edit, delete (soft, undoable), tags and owners, search and paging.
// Every change writes an activity in the same transaction.
// Thread-safe: any thread may call; each uses its own connection. Signals may be emitted
// from worker threads (connect with Qt::QueuedConnection or AutoConnection from the GUI).
class ContactService : public QObject
{
    Q_OBJECT
public:
    ContactService(std::shared_ptr<Storage::Database> database, const Domain::Clock &clock, QObject *parent = nullptr);
    ~ContactService() override;

    // Default region for phone numbers without a country code (ISO 3166-1, e.g. "DE"),
    // stored in the settings table.
    QString defaultRegion() const;
    Result setDefaultRegion(const QString &region);
    // Forgets cached settings (the default region) after they were changed elsewhere.
    void reloadSettings();

    // Normalises (trims, E.164 phones, lower-cases nothing) and checks a contact;
    // an empty list means it can be saved.
    QList<FieldError> validate(Domain::Contact &contact) const;

    Expected<Domain::Contact> get(const QString &id) const;
    Expected<Domain::Contact> findByEmail(const QString &email) const;
    Expected<Domain::Contact> create(Domain::Contact contact, const Domain::Actor &actor = {});
    // Saves changed fields; the activity lists every field with old and new value.
    Expected<Domain::Contact> update(Domain::Contact contact, const Domain::Actor &actor = {});
    // Soft delete (tombstone); restore() undoes it.
    Result remove(const QStringList &ids, const Domain::Actor &actor = {});
    Result restore(const QStringList &ids, const Domain::Actor &actor = {});

    // Bulk actions for a selection, each one transaction.
    Result addTag(const QStringList &ids, const QString &tagName, const Domain::Actor &actor = {});
    Result removeTag(const QStringList &ids, const QString &tagName, const Domain::Actor &actor = {});
    Result assignOwner(const QStringList &ids, const QString &ownerId, const Domain::Actor &actor = {});
    Expected<QStringList> allTags() const;
    // The custom fields contacts use (CustomFieldRegistry), sorted.
    Expected<QStringList> customFieldNames() const;

    // Paging for tables. count() and the page functions run on the caller's thread: call
    // them from a worker, never from the GUI thread.
    Expected<qint64> count(const ContactFilter &filter) const;
    // Rows [offset, offset + limit) in sort order. Uses the cheapest path: from the end
    // for offsets past the middle.
    Expected<QList<ContactRow>> page(const ContactFilter &filter, const ContactSort &sort, qint64 offset,
                                     int limit) const;
    // Offsets below this are read forwards without counting first (default 10,000: a forward
    // index scan that long costs less than a count). Lower values exercise the backwards path.
    void setForwardScanLimit(qint64 rows);
    // Searches matching more contacts than this (default 5,000) are paged by walking the sort
    // index instead of sorting every match (SQLite). Lower values exercise the walk.
    void setSearchWalkThreshold(qint64 matches);

    // Rows that follow `after` in sort order (keyset continuation; no OFFSET scan).
    Expected<QList<ContactRow>> pageAfter(const ContactFilter &filter, const ContactSort &sort, const RowKey &after,
                                          int limit) const;
    // Full contacts (with tags) for export and bulk work: a page in id order after afterId
    // (empty = from the start), or the live ones among ids in the order given.
    // fields: contact columns to read ("email", "custom_fields") and "tags"; the others stay
    // empty in the contacts returned. Empty: everything.
    Expected<QList<Domain::Contact>> listAfter(const ContactFilter &filter, const QString &afterId, int limit,
                                               const QStringList &fields = {}) const;
    // Live contacts among ids, in that order; fields as for listAfter().
    Expected<QList<Domain::Contact>> getMany(const QStringList &ids, const QStringList &fields = {}) const;
    // The ids of every contact matching a filter (for "select all" bulk actions and export).
    Expected<QStringList> ids(const ContactFilter &filter, const ContactSort &sort) const;

    // SQLite builds the index of a sort order the first time a list is sorted by it (1M
    // contacts: about 1.3 s, once), so edits and bulk loads update only the indexes of sorts
    // people use. A bulk load drops them all rather than updating them row by row; the next
    // sorted list builds the one it needs. Nothing happens on PostgreSQL.
    static Result dropSortIndexes(const Storage::Database &database);

Q_SIGNALS:
    void contactsChanged(const QStringList &ids); // created, updated, tagged, assigned
    void contactsRemoved(const QStringList &ids);
    void contactsRestored(const QStringList &ids);

private:
    // Commits a bulk edit of a selection and tells the views which contacts it changed.
    Result commitSelectionEdit(Storage::Transaction &transaction, const Expected<QStringList> &changed);

    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Leadline::Contacts
