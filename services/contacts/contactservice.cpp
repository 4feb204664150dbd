#include "services/contacts/contactservice.h"

#include "services/activities/activityservice.h"
#include "services/activities/changeactivity.h"
#include "services/activities/fieldchanges.h"
#include "services/contacts/contactrecord.h"
#include "services/contacts/customfieldregistry.h"
#include "services/contacts/emailaddress.h"
#include "services/contacts/phonenormalizer.h"
#include "services/contacts/sqlvalue.h"
#include "services/domain/clock.h"
#include "services/domain/uuid.h"
#include "services/settings/settingsrepository.h"
#include "services/storage/bulkwriter.h"
#include "services/storage/database.h"
#include "services/storage/newrecord.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QJsonDocument>
#include <QMutex>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <atomic>
#include <optional>

namespace Leadline::Contacts {

using Domain::Activity;
using Domain::ActivityType;
using Domain::Channel;
using Domain::Contact;
using Domain::OptInStatus;

namespace {

// Below this offset a forward scan is cheaper than counting the rows to decide the direction.
constexpr qint64 s_defaultForwardScanLimit = 10000;
// A search matching more contacts than this is paged by walking the sort index and keeping
// the matches (1M contacts, 31,700 matches: 7 ms) instead of reading and sorting every match
// (2.5 µs each: 80 ms). Below it the sort of the matches is the cheaper plan.
constexpr qint64 s_defaultSearchWalkThreshold = 5000;
// Walking costs about a seventh of what reading a match costs (0.3 µs an index entry against
// 2.5 µs); walks are cut off after this many entries per match, so a search whose matches
// all sort late wastes at most about half of what the sort plan costs before falling back.
constexpr qint64 s_walkEntriesPerMatch = 4;

const char *const s_rowColumns = "c.id, c.first_name, c.last_name, c.email, c.phone, c.company_name, c.title, c.city, "
                                 "c.country, c.lifecycle_stage, u.name, c.created_at, c.updated_at";
constexpr int s_rowColumnCount = 13;

using SqlValue::text;
using SqlValue::textOrNull;

QString jsonArrayText(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QString channelField(Channel channel)
{
    switch (channel) {
    case Channel::Email:
        return QStringLiteral("optInEmail");
    case Channel::Sms:
        return QStringLiteral("optInSms");
    case Channel::WhatsApp:
        return QStringLiteral("optInWhatsapp");
    case Channel::Voice:
        return QStringLiteral("optInVoice");
    }
    return {};
}

// Every stored field of a contact under the name the change log uses.
QJsonObject fieldValues(const Contact &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("firstName"), c.firstName);
    o.insert(QStringLiteral("lastName"), c.lastName);
    o.insert(QStringLiteral("email"), c.email);
    o.insert(QStringLiteral("otherEmails"), QJsonArray::fromStringList(c.otherEmails));
    o.insert(QStringLiteral("phone"), c.phone);
    o.insert(QStringLiteral("otherPhones"), QJsonArray::fromStringList(c.otherPhones));
    o.insert(QStringLiteral("title"), c.title);
    o.insert(QStringLiteral("companyId"), c.companyId);
    o.insert(QStringLiteral("street"), c.address.street);
    o.insert(QStringLiteral("city"), c.address.city);
    o.insert(QStringLiteral("region"), c.address.region);
    o.insert(QStringLiteral("postalCode"), c.address.postalCode);
    o.insert(QStringLiteral("country"), c.address.country);
    o.insert(QStringLiteral("timeZone"), c.timeZone);
    o.insert(QStringLiteral("lifecycleStage"), Domain::toKey(c.lifecycleStage));
    for (Channel channel : Domain::allValues<Channel>())
        o.insert(channelField(channel), Domain::toKey(c.optInFor(channel)));
    o.insert(QStringLiteral("doNotContact"), c.doNotContact);
    o.insert(QStringLiteral("ownerId"), c.ownerId);
    o.insert(QStringLiteral("source"), Domain::toKey(c.source));
    o.insert(QStringLiteral("externalId"), c.externalId);
    o.insert(QStringLiteral("customFields"), c.customFields);
    QStringList tags = c.tags;
    tags.sort(Qt::CaseInsensitive);
    o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    return o;
}

QStringList cleanedList(const QStringList &values)
{
    QStringList result;
    QSet<QString> seen;
    for (const QString &value : values) {
        const QString trimmed = value.trimmed();
        if (trimmed.isEmpty() || seen.contains(trimmed.toLower()))
            continue;
        seen.insert(trimmed.toLower());
        result << trimmed;
    }
    return result;
}

Result fillTags(const Storage::Database &db, QList<Contact> &contacts);

// A contact a bulk edit changed, how, and the activity's changes.
struct EditedContact
{
    const Contact *contact;
    ActivityType type;
    QJsonObject changes;
};
using Edited = QList<EditedContact>;

QJsonObject tagsChange(const QStringList &before, const QStringList &after)
{
    return {{QStringLiteral("tags"),
             Activities::fieldChange(QJsonArray::fromStringList(before), QJsonArray::fromStringList(after))}};
}

bool sameTags(QStringList a, QStringList b)
{
    for (QString &tag : a)
        tag = tag.toLower();
    for (QString &tag : b)
        tag = tag.toLower();
    a.sort();
    b.sort();
    return a == b;
}

} // namespace

class ContactService::Private
{
    Q_DECLARE_TR_FUNCTIONS(Leadline::Contacts::ContactService)
public:
    Private(std::shared_ptr<Storage::Database> database, const Domain::Clock &theClock)
        : db(std::move(database))
        , clock(theClock)
    {}

    std::shared_ptr<Storage::Database> db;
    const Domain::Clock &clock;
    PhoneNormalizer phones;
    std::atomic<qint64> forwardScanLimit{s_defaultForwardScanLimit};
    std::atomic<qint64> searchWalkThreshold{s_defaultSearchWalkThreshold};
    mutable QMutex regionMutex;
    mutable std::optional<QString> region; // cache of the setting

    const Storage::SqlDialect &dialect() const { return db->dialect(); }
    QVariant now() const { return dialect().timestampToDb(clock.nowUtc()); }

    // After a tag was linked or unlinked: the contact counts as updated and its history shows the tags before and
    // after.

    Expected<Contact> load(const QString &id, bool includeDeleted) const;
    Expected<QStringList> tagsOf(const QString &contactId) const;
    Expected<QString> liveIdWithEmail(const QString &email, const QString &exceptId) const;
    // A contact without an email but with other ones takes the first as its email, as an import
    // reads such a row, when no other live contact has it as its own (in the imports' turn).
    Result promoteFreeOtherEmail(Contact &contact) const;
    Expected<QString> companyName(const QString &companyId) const;
    // Reads the company's name again inside the write transaction: a rename since validate()
    // would otherwise leave a stale copy (the rename trigger only updates existing rows).
    Result refreshCompanyName(Contact &contact) const;
    Expected<QString> ensureTag(const QString &name) const;
    Result setTags(const QString &contactId, const QStringList &tags) const;
    Result writeContact(const Contact &contact, bool insert) const;
    // Registers the custom fields the contact holds and `before` did not, and keys their
    // values by the registered names.
    Result registerCustomFields(Contact &contact, const QJsonObject &before) const;
    Error duplicateEmail(const QString &email) const;
    // Bulk edits of a selection ("select all", then tag, assign, …) run in the caller's
    // transaction a slice of live contacts at a time: edit() gets the slice (with tags) and
    // changes it with a few set-based statements, returning what it changed and how; the
    // activities are written in bulk and updated_at set. A statement or more per contact took
    // minutes for a large selection. Any id that is not a live contact is an error.
    // Returns the ids changed, in the order given.
    using SliceEdit = std::function<Expected<Edited>(const QList<Contact> &slice, const QVariant &now)>;
    Expected<QStringList> editSelection(const QStringList &ids, const Domain::Actor &actor, const SliceEdit &edit) const;
    // The live ones among ids, with their tags, in the order given (getMany()).
    // fields as listAfter() takes them.
    Expected<QList<Contact>> liveContacts(const QStringList &ids, const QStringList &fields = {}) const;
    // The contacts of the slice that have the tag.
    Expected<QSet<QString>> taggedAmong(const QList<Contact> &slice, const QString &tagId) const;
    // Runs sql (with %1 for inList(idColumn)) over the ids of the edited contacts, if any.
    Result execForEdited(const QString &sql, const QString &idColumn, QVariantList bindings, const Edited &edited) const;
    Activity activityFor(const Contact &contact, ActivityType type, const QJsonObject &changes,
                         const Domain::Actor &actor, const QDateTime &at) const;
    // Soft-deletes (or restores) the contacts among ids that are live (deleted), in one
    // transaction; returns those it changed, in the order given.
    Expected<QStringList> setDeleted(const QStringList &ids, bool deleted, const Domain::Actor &actor) const;
    // Conflict unless every email of these contacts is free among the live ones and each other.
    Result emailsFreeToRestore(const QHash<QString, Contact> &contacts) const;
    Expected<Activity> recordActivity(const Contact &contact, ActivityType type, const QJsonObject &changes,
                                      const Domain::Actor &actor) const;

    // Paging helpers
    struct Query
    {
        QString where; // starts with "c.deleted_at IS NULL"
        QVariantList bindings;
        // SQLite, when the search is the only filter: its full-text match value, and the
        // conditions other than the search (live rows, keyset positions) for walking a sort index.
        QString searchOnly;
        QString walkWhere;
        QVariantList walkBindings;

        void add(const QString &condition, const QVariantList &values)
        {
            where += QStringLiteral(" AND ") + condition;
            bindings << values;
            walkWhere += QStringLiteral(" AND ") + condition;
            walkBindings << values;
        }
    };
    Query filterQuery(const ContactFilter &filter) const;
    // How one sort column is ordered: the ORDER BY expressions (each must equal the leading
    // expressions of the index: PostgreSQL's migrations make it, ensureSortIndex() SQLite's;
    // id follows) and, where the key is a plain column, the bare columns for row-value keyset
    // conditions.
    struct SortSpec
    {
        QStringList exprs;
        QStringList columns; // empty for computed keys (coalesce)
        QList<bool> nocase;  // per column: compared case-insensitively
        QString index;       // the index that serves this order
    };
    SortSpec sortSpec(ContactColumn column) const;
    // SQLite: builds the index of a sort order the first time a list asks for it. A failure
    // (another writer holding the database past the busy timeout) only costs speed: the
    // query sorts without it.
    void ensureSortIndex(const SortSpec &spec) const;
    QStringList sortExpressions(ContactColumn column) const { return sortSpec(column).exprs; }
    QString orderBy(const QStringList &exprs, bool descending) const;
    // tieRun: the query fixes the sort key, so only the id orders (lets the index deliver the order).
    Expected<QList<ContactRow>> fetchRows(const Query &query, const ContactSort &sort, bool reverse, qint64 offset,
                                          int limit, bool tieRun = false) const;
    // The same window for a search-only query by walking the sort index, when that is cheaper;
    // no value when the sort plan must answer instead.
    Expected<std::optional<QList<ContactRow>>> walkSortIndex(const Query &query, const ContactSort &sort, bool reverse,
                                                             qint64 offset, int limit, bool tieRun) const;
    // fetchRows for a search-only query: picks the plan by the number of matches.
    Expected<QList<ContactRow>> searchRows(const Query &query, const ContactSort &sort, bool reverse, qint64 offset,
                                           int limit, bool tieRun) const;
    // Reads the rows of a page query built by fetchRows or walkSortIndex.
    Expected<QList<ContactRow>> readRows(const QString &sql, const QVariantList &bindings, const QStringList &exprs,
                                         bool reverse, int limit) const;
    // Live contacts matching a full-text value (SQLite: the index holds live contacts only).
    Expected<qint64> searchCount(const QString &match) const;
};

Expected<Contact> ContactService::Private::load(const QString &id, bool includeDeleted) const
{
    QString sql =
        QStringLiteral("SELECT ") + ContactRecord::columns() + QStringLiteral(" FROM contacts c WHERE c.id = ?");
    if (!includeDeleted)
        sql += QStringLiteral(" AND c.deleted_at IS NULL");
    auto q = db->exec(sql, {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(ErrorCode::NotFound, tr("The contact %1 does not exist or was deleted.").arg(id));
    Contact contact = ContactRecord::contactFrom(dialect(), *q);
    auto tags = tagsOf(id);
    if (!tags)
        return tags.error();
    contact.tags = *tags;
    return contact;
}

Expected<QStringList> ContactService::Private::tagsOf(const QString &contactId) const
{
    auto q = db->exec(QStringLiteral("SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
                                     "WHERE ct.contact_id = ? AND t.deleted_at IS NULL ORDER BY lower(t.name), t.id"),
                      {contactId});
    if (!q)
        return q.error();
    QStringList tags;
    while (q->next())
        tags << q->value(0).toString();
    return tags;
}

Result ContactService::Private::promoteFreeOtherEmail(Contact &contact) const
{
    if (!contact.email.isEmpty() || contact.otherEmails.isEmpty())
        return {};
    if (Result turn = db->takeImportTurn(); !turn)
        return turn;
    auto owner = liveIdWithEmail(contact.otherEmails.first(), contact.id);
    if (!owner)
        return owner.error();
    if (owner->isEmpty())
        contact.email = contact.otherEmails.takeFirst();
    return {};
}

Expected<QString> ContactService::Private::liveIdWithEmail(const QString &email, const QString &exceptId) const
{
    if (email.isEmpty())
        return QString();
    // Matched as the unique index compares addresses, so that the index answers.
    auto q = db->exec(QStringLiteral("SELECT id FROM contacts WHERE %1 = lower(?) AND deleted_at IS NULL "
                                     "AND email IS NOT NULL AND email <> '' AND id <> ?")
                          .arg(dialect().caseInsensitive(QStringLiteral("email"))),
                      {email, text(exceptId)});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Expected<QList<Contact>> ContactService::Private::liveContacts(const QStringList &ids, const QStringList &fields) const
{
    QList<Contact> contacts;
    constexpr qsizetype kPerQuery = 500;
    const QString select = fields.isEmpty() ? ContactRecord::columns() : ContactRecord::columns(fields);
    for (qsizetype start = 0; start < ids.size(); start += kPerQuery) {
        const QStringList slice = ids.mid(start, kPerQuery);
        auto q = db->exec(QStringLiteral("SELECT ") + select +
                                 QStringLiteral(" FROM contacts c WHERE c.deleted_at IS NULL AND %1")
                                     .arg(dialect().inList(QStringLiteral("c.id"))),
                             {Storage::SqlDialect::inListValue(slice)});
        if (!q)
            return q.error();
        QHash<QString, Contact> found;
        while (q->next()) {
            Contact contact = ContactRecord::contactFrom(dialect(), *q);
            found.insert(contact.id, contact);
        }
        QList<Contact> page;
        for (const QString &id : slice)
            if (auto it = found.constFind(id); it != found.constEnd())
                page << *it; // in the order asked for
        if (fields.isEmpty() || fields.contains(QLatin1String("tags")))
            if (Result tags = fillTags(*db, page); !tags)
                return tags.error();
        contacts += page;
    }
    return contacts;
}

Expected<QStringList> ContactService::Private::editSelection(const QStringList &ids, const Domain::Actor &actor,
                                                            const SliceEdit &edit) const
{
    const QDateTime nowUtc = clock.nowUtc();
    const QVariant now = dialect().timestampToDb(nowUtc);
    Storage::BulkWriter writer(db);
    QStringList changed;
    QSet<QString> seen; // an id given twice is edited once
    QStringList unique;
    for (const QString &id : ids)
        if (!seen.contains(id)) {
            seen.insert(id);
            unique << id;
        }
    constexpr qsizetype kSlice = 5000;
    for (qsizetype start = 0; start < unique.size(); start += kSlice) {
        const QStringList sliceIds = unique.mid(start, kSlice);
        auto slice = liveContacts(sliceIds);
        if (!slice)
            return slice.error();
        if (slice->size() != sliceIds.size()) {
            QSet<QString> live;
            for (const Contact &contact : std::as_const(*slice))
                live.insert(contact.id);
            for (const QString &id : sliceIds)
                if (!live.contains(id))
                    return Error(ErrorCode::NotFound, tr("The contact %1 does not exist or was deleted.").arg(id));
        }
        auto edited = edit(*slice, now);
        if (!edited)
            return edited.error();
        if (Result touched = execForEdited(QStringLiteral("UPDATE contacts SET updated_at = ? WHERE %1"),
                                           QStringLiteral("id"), {now}, *edited);
            !touched)
            return touched.error();
        Storage::BulkBatch activities;
        for (const EditedContact &e : std::as_const(*edited)) {
            activities.activities << activityFor(*e.contact, e.type, e.changes, actor, nowUtc);
            changed << e.contact->id;
        }
        if (Result written = writer.write(activities); !written)
            return written.error();
    }
    return changed;
}

Expected<QSet<QString>> ContactService::Private::taggedAmong(const QList<Contact> &slice, const QString &tagId) const
{
    QStringList ids;
    for (const Contact &contact : slice)
        ids << contact.id;
    auto q = db->exec(QStringLiteral("SELECT contact_id FROM contact_tags WHERE tag_id = ? AND %1")
                          .arg(dialect().inList(QStringLiteral("contact_id"))),
                      {tagId, Storage::SqlDialect::inListValue(ids)});
    if (!q)
        return q.error();
    QSet<QString> tagged;
    while (q->next())
        tagged.insert(q->value(0).toString());
    return tagged;
}

Result ContactService::Private::execForEdited(const QString &sql, const QString &idColumn, QVariantList bindings,
                                              const Edited &edited) const
{
    if (edited.isEmpty())
        return {};
    QStringList ids;
    for (const EditedContact &e : edited)
        ids << e.contact->id;
    bindings << Storage::SqlDialect::inListValue(ids);
    auto done = db->exec(sql.arg(dialect().inList(idColumn)), bindings);
    return done ? Result() : Result(done.error());
}

Activity ContactService::Private::activityFor(const Contact &contact, ActivityType type, const QJsonObject &changes,
                                              const Domain::Actor &actor, const QDateTime &at) const
{
    Activity activity = Activities::changeActivity(Domain::EntityType::Contact, contact.id, type, contact.displayName(),
                                                   changes, actor);
    activity.id = Domain::newIdAt(at);
    activity.contactId = contact.id;
    activity.companyId = contact.companyId;
    activity.occurredAt = at;
    activity.createdAt = at;
    return activity;
}

Expected<QStringList> ContactService::Private::setDeleted(const QStringList &ids, bool deleted,
                                                         const Domain::Actor &actor) const
{
    // A slice of the selection at a time: one statement changes its contacts and their
    // activities are written in bulk. A statement per contact took ~0.5 ms, as the search index
    // is updated and flushed with each ("select all, delete" of 100,000 contacts: a minute).
    const QString state = deleted ? QStringLiteral("deleted_at IS NULL") : QStringLiteral("deleted_at IS NOT NULL");
    const QVariant now = this->now();
    const QDateTime nowUtc = clock.nowUtc();
    Storage::Transaction transaction(*db);
    if (!transaction.isActive())
        return transaction.error();
    if (Result limited = db->limitLockWaits(); !limited) // a window waits for it
        return limited.error();
    if (!deleted) // restored addresses are live again: not while an import writes some
        if (Result turn = db->takeImportTurn(); !turn)
            return turn.error();
    Storage::BulkWriter writer(db);
    QStringList changed;
    QSet<QString> seen; // an id given twice is changed once
    constexpr qsizetype kSlice = 5000;
    for (qsizetype start = 0; start < ids.size(); start += kSlice) {
        const QVariant slice = Storage::SqlDialect::inListValue(ids.mid(start, kSlice));
        auto found = db->exec(QStringLiteral("SELECT id, first_name, last_name, email, company_id, %1 FROM contacts "
                                             "WHERE %2")
                                  .arg(state, db->dialect().inList(QStringLiteral("id"))),
                              {slice});
        if (!found)
            return found.error();
        QHash<QString, Contact> contacts; // those to change
        QSet<QString> known;
        while (found->next()) {
            known.insert(found->value(0).toString());
            if (!found->value(5).toBool())
                continue; // deleted (restored) already
            Contact contact;
            contact.id = found->value(0).toString();
            contact.firstName = found->value(1).toString();
            contact.lastName = found->value(2).toString();
            contact.email = found->value(3).toString();
            contact.companyId = found->value(4).toString();
            contacts.insert(contact.id, contact);
        }
        found->finish();
        for (qsizetype i = start; i < qMin(ids.size(), start + kSlice); ++i)
            if (!known.contains(ids.at(i)))
                return Error(ErrorCode::NotFound, tr("The contact %1 does not exist.").arg(ids.at(i)));
        if (contacts.isEmpty())
            continue;
        if (!deleted)
            if (Result free = emailsFreeToRestore(contacts); !free)
                return free.error();
        if (auto updated = db->exec(QStringLiteral("UPDATE contacts SET deleted_at = ?, updated_at = ? WHERE %1 AND %2")
                                        .arg(state, db->dialect().inList(QStringLiteral("id"))),
                                    {deleted ? now : QVariant(QMetaType::fromType<QString>()), now, slice});
            !updated)
            return updated.error();
        Storage::BulkBatch activities;
        for (qsizetype i = start; i < qMin(ids.size(), start + kSlice); ++i) {
            const auto contact = contacts.constFind(ids.at(i));
            if (contact == contacts.constEnd() || seen.contains(contact->id))
                continue;
            seen.insert(contact->id);
            activities.activities.append(
                activityFor(*contact, deleted ? ActivityType::Deleted : ActivityType::Restored, {}, actor, nowUtc));
            changed << contact->id;
        }
        if (Result written = writer.write(activities); !written)
            return written.error();
    }
    if (Result committed = transaction.commit(); !committed)
        return committed.error();
    return changed;
}

Result ContactService::Private::emailsFreeToRestore(const QHash<QString, Contact> &contacts) const
{
    // The database folds the case, as its unique index does (on SQLite, lower() and the
    // index's NOCASE both fold ASCII letters only).
    QStringList ids;
    for (const Contact &contact : contacts)
        if (!contact.email.isEmpty())
            ids << contact.id;
    if (ids.isEmpty())
        return {};
    const QVariant selection = Storage::SqlDialect::inListValue(ids);
    const QString hasEmail = QStringLiteral("%1.email IS NOT NULL AND %1.email <> ''");
    auto twins = db->exec(QStringLiteral("SELECT min(r.id), max(r.id) FROM contacts r WHERE %1 AND %2 "
                                         "GROUP BY lower(r.email) HAVING count(*) > 1")
                              .arg(dialect().inList(QStringLiteral("r.id")), hasEmail.arg(QStringLiteral("r"))),
                          {selection});
    if (!twins)
        return twins.error();
    if (twins->next()) {
        const Contact &a = contacts[twins->value(0).toString()];
        const Contact &b = contacts[twins->value(1).toString()];
        return Error(ErrorCode::Conflict, tr("Cannot restore both %1 and %2: they have the same email address %3.")
                                              .arg(a.displayName(), b.displayName(), b.email));
    }
    twins->finish();
    auto taken = db->exec(QStringLiteral("SELECT r.id FROM contacts r JOIN contacts l ON %4 = lower(r.email) "
                                         "WHERE %1 AND %2 AND l.deleted_at IS NULL AND %3")
                              .arg(dialect().inList(QStringLiteral("r.id")), hasEmail.arg(QStringLiteral("r")),
                                   hasEmail.arg(QStringLiteral("l")), dialect().caseInsensitive(QStringLiteral("l.email"))),
                          {selection});
    if (!taken)
        return taken.error();
    if (!taken->next())
        return {};
    const Contact &contact = contacts[taken->value(0).toString()];
    return Error(ErrorCode::Conflict, tr("Cannot restore %1: another contact now has the email address %2.")
                                          .arg(contact.displayName(), contact.email));
}

Error ContactService::Private::duplicateEmail(const QString &email) const
{
    return Error(ErrorCode::Conflict, tr("Another contact already has the email address %1.").arg(email));
}

Expected<QString> ContactService::Private::companyName(const QString &companyId) const
{
    auto q = db->exec(QStringLiteral("SELECT name, deleted_at IS NOT NULL FROM companies WHERE id = ?"), {companyId});
    if (!q)
        return q.error();
    // Said by name: the form that shows it may have been open since before it went.
    if (!q->next())
        return Error(ErrorCode::NotFound, tr("The chosen company does not exist; choose another or none."));
    if (q->value(1).toBool())
        return Error(ErrorCode::NotFound,
                     tr("The company “%1” was deleted meanwhile; choose another or none.").arg(q->value(0).toString()));
    return q->value(0).toString();
}

Result ContactService::Private::refreshCompanyName(Contact &contact) const
{
    if (contact.companyId.isEmpty()) {
        contact.companyName.clear();
        return {};
    }
    auto name = companyName(contact.companyId);
    if (!name)
        return name.error();
    contact.companyName = *name;
    return {};
}

Expected<QString> ContactService::Private::ensureTag(const QString &name) const
{
    auto q =
        db->exec(QStringLiteral("SELECT id FROM tags WHERE lower(name) = lower(?) AND deleted_at IS NULL"), {name});
    if (!q)
        return q.error();
    if (q->next())
        return q->value(0).toString();
    const QString id = Domain::newIdAt(clock.nowUtc());
    auto inserted = db->exec(QStringLiteral("INSERT INTO tags (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)"),
                             {id, text(name), now(), now()});
    if (!inserted)
        return inserted.error();
    return id;
}

Result ContactService::Private::setTags(const QString &contactId, const QStringList &tags) const
{
    auto cleared = db->exec(QStringLiteral("DELETE FROM contact_tags WHERE contact_id = ?"), {contactId});
    if (!cleared)
        return cleared.error();
    for (const QString &tag : tags) {
        auto tagId = ensureTag(tag);
        if (!tagId)
            return tagId.error();
        auto linked =
            db->exec(QStringLiteral("INSERT INTO contact_tags (contact_id, tag_id, created_at) VALUES (?, ?, ?) "
                                    "ON CONFLICT DO NOTHING"),
                     {contactId, *tagId, now()});
        if (!linked)
            return linked.error();
    }
    return {};
}

Result ContactService::Private::registerCustomFields(Contact &contact, const QJsonObject &before) const
{
    QStringList added;
    for (auto it = contact.customFields.constBegin(); it != contact.customFields.constEnd(); ++it)
        if (!before.contains(it.key()))
            added << it.key();
    if (added.isEmpty())
        return {};
    auto spellings = CustomFieldRegistry(*db, clock).ensure(added);
    if (!spellings)
        return spellings.error();
    contact.customFields = CustomFieldRegistry::withRegisteredKeys(contact.customFields, before, *spellings);
    return {};
}

Result ContactService::Private::writeContact(const Contact &c, bool insert) const
{
    const auto &d = dialect();
    const QString otherEmails = jsonArrayText(c.otherEmails);
    const QString otherPhones = jsonArrayText(c.otherPhones);
    const QString custom = QString::fromUtf8(QJsonDocument(c.customFields).toJson(QJsonDocument::Compact));
    // NOT NULL text columns: a null QString would bind as SQL NULL.
    const auto text = [](const QString &value) {
        return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
    };
    QVariantList values{text(c.firstName),
                        text(c.lastName),
                        textOrNull(c.email),
                        otherEmails,
                        textOrNull(c.phone),
                        otherPhones,
                        text(c.title),
                        textOrNull(c.companyId),
                        text(c.companyName),
                        text(c.address.street),
                        text(c.address.city),
                        text(c.address.region),
                        text(c.address.postalCode),
                        text(c.address.country),
                        text(c.timeZone),
                        Domain::toKey(c.lifecycleStage)};
    for (Channel channel : Domain::allValues<Channel>())
        values << Domain::toKey(c.optInFor(channel));
    values << d.boolToDb(c.doNotContact) << textOrNull(c.ownerId) << Domain::toKey(c.source) << textOrNull(c.externalId)
           << custom << d.timestampToDb(c.updatedAt);
    const QString json = d.jsonCast(QStringLiteral("?"));
    QString sql;
    if (insert) {
        sql = QStringLiteral(
                  "INSERT INTO contacts (first_name, last_name, email, other_emails, phone, other_phones, title, "
                  "company_id, company_name, street, city, region, postal_code, country, time_zone, "
                  "lifecycle_stage, opt_in_email, opt_in_sms, opt_in_whatsapp, opt_in_voice, do_not_contact, "
                  "owner_id, source, external_id, custom_fields, updated_at, created_at, id) VALUES "
                  "(?, ?, ?, ") +
              json + QStringLiteral(", ?, ") + json +
              QStringLiteral(", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        values << d.timestampToDb(c.createdAt) << c.id;
    } else {
        sql = QStringLiteral("UPDATE contacts SET first_name = ?, last_name = ?, email = ?, other_emails = ") + json +
              QStringLiteral(", phone = ?, other_phones = ") + json +
              QStringLiteral(", title = ?, company_id = ?, company_name = ?, street = ?, city = ?, region = ?, "
                             "postal_code = ?, country = ?, time_zone = ?, lifecycle_stage = ?, opt_in_email = ?, "
                             "opt_in_sms = ?, opt_in_whatsapp = ?, opt_in_voice = ?, do_not_contact = ?, owner_id = ?, "
                             "source = ?, external_id = ?, custom_fields = ?, updated_at = ? "
                             "WHERE id = ? AND deleted_at IS NULL");
        values << c.id;
    }
    auto written = db->exec(sql, values);
    if (!written) {
        if (written.error().code() == ErrorCode::Conflict && !c.email.isEmpty())
            return duplicateEmail(c.email);
        return written.error();
    }
    return {};
}

Expected<Activity> ContactService::Private::recordActivity(const Contact &contact, ActivityType type,
                                                           const QJsonObject &changes, const Domain::Actor &actor) const
{
    Activity activity = Activities::changeActivity(Domain::EntityType::Contact, contact.id, type, contact.displayName(),
                                                   changes, actor);
    activity.contactId = contact.id;
    activity.companyId = contact.companyId;
    return Activities::ActivityService::record(*db, clock, std::move(activity));
}

ContactService::Private::Query ContactService::Private::filterQuery(const ContactFilter &filter) const
{
    Query query;
    query.where = QStringLiteral("c.deleted_at IS NULL");
    if (filter.lifecycleStage) {
        query.where += QStringLiteral(" AND c.lifecycle_stage = ?");
        query.bindings << Domain::toKey(*filter.lifecycleStage);
    }
    if (!filter.ownerId.isEmpty()) {
        query.where += QStringLiteral(" AND c.owner_id = ?");
        query.bindings << filter.ownerId;
    }
    if (!filter.companyId.isEmpty()) {
        query.where += QStringLiteral(" AND c.company_id = ?");
        query.bindings << filter.companyId;
    }
    if (!filter.tag.trimmed().isEmpty()) {
        query.where +=
            QStringLiteral(" AND c.id IN (SELECT ct.contact_id FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
                           "WHERE lower(t.name) = lower(?) AND t.deleted_at IS NULL)");
        query.bindings << filter.tag.trimmed();
    }
    if (!filter.importBatchId.isEmpty()) {
        // Those it created (contacts_import_batch) and those from before it that it updated
        // (the import_batch_updates key starts with the batch).
        query.where += QStringLiteral(" AND (c.import_batch_id = ? OR c.id IN "
                                      "(SELECT u.contact_id FROM import_batch_updates u WHERE u.batch_id = ?))");
        query.bindings << filter.importBatchId << filter.importBatchId;
    }
    const bool otherFilters = !query.bindings.isEmpty();
    // Only punctuation typed: nothing to match on, so the search does not narrow the list.
    const QString searchValue = dialect().contactSearchValue(filter.search);
    if (!searchValue.isEmpty()) {
        query.where += QStringLiteral(" AND ") + dialect().contactSearchCondition();
        query.bindings << searchValue;
        if (!otherFilters && db->kind() == Storage::DatabaseKind::Sqlite) {
            query.searchOnly = searchValue;
            query.walkWhere = QStringLiteral("c.deleted_at IS NULL");
        }
    }
    return query;
}

ContactService::Private::SortSpec ContactService::Private::sortSpec(ContactColumn column) const
{
    const auto text = [this](const char *index, std::initializer_list<const char *> names) {
        SortSpec spec;
        for (const char *name : names) {
            spec.exprs << dialect().caseInsensitive(QLatin1String(name));
            spec.columns << QLatin1String(name);
            spec.nocase << true;
        }
        spec.index = QLatin1String(index);
        return spec;
    };
    const auto plain = [](const char *index, const char *name) {
        return SortSpec{{QLatin1String(name)}, {QLatin1String(name)}, {false}, QLatin1String(index)};
    };
    switch (column) {
    case ContactColumn::Name:
    case ContactColumn::Owner:
    case ContactColumn::LastName: // equal last names by first name: one index serves both
        return text("contacts_sort_name", {"c.last_name", "c.first_name"});
    case ContactColumn::FirstName:
        return text("contacts_sort_first_name", {"c.first_name"});
    case ContactColumn::Email:
        return {{dialect().caseInsensitive(QStringLiteral("coalesce(c.email, '')"))}, {}, {},
                QStringLiteral("contacts_sort_email_text")};
    case ContactColumn::Phone:
        return {{QStringLiteral("coalesce(c.phone, '')")}, {}, {}, QStringLiteral("contacts_sort_phone_text")};
    case ContactColumn::Company:
        return text("contacts_sort_company", {"c.company_name"});
    case ContactColumn::Title:
        return text("contacts_sort_title", {"c.title"});
    case ContactColumn::City:
        return text("contacts_sort_city", {"c.city"});
    case ContactColumn::Country:
        return text("contacts_sort_country", {"c.country"});
    case ContactColumn::LifecycleStage:
        return plain("contacts_sort_lifecycle", "c.lifecycle_stage");
    case ContactColumn::CreatedAt:
        return plain("contacts_sort_created", "c.created_at");
    case ContactColumn::UpdatedAt:
        return plain("contacts_sort_updated", "c.updated_at");
    }
    return text("contacts_sort_name", {"c.last_name", "c.first_name"});
}

void ContactService::Private::ensureSortIndex(const SortSpec &spec) const
{
    if (db->kind() != Storage::DatabaseKind::Sqlite)
        return; // PostgreSQL has them from its migrations
    // Not while a bulk load runs (it would then maintain the index row by row, and rebuild
    // the indexes it dropped without it): the sort works without, only slower.
    auto present = db->exec(QStringLiteral("SELECT (SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?) "
                                           "+ (SELECT count(*) FROM settings WHERE key = 'storage.deferred_indexes')"),
                            {spec.index});
    if (!present || !present->next() || present->value(0).toInt() > 0)
        return;
    present->finish();
    // The index holds exactly what the ORDER BY says (without the table alias), then id.
    static const QRegularExpression alias(QStringLiteral("\\bc\\."));
    QStringList keys;
    for (const QString &expr : spec.exprs)
        keys << QString(expr).remove(alias);
    keys << QStringLiteral("id");
    auto created = db->exec(QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON contacts (%2) WHERE deleted_at IS NULL")
                                .arg(spec.index, keys.join(QStringLiteral(", "))));
    if (!created)
        qWarning("Sorting contacts without an index: %s", qUtf8Printable(created.error().message()));
}

QString ContactService::Private::orderBy(const QStringList &exprs, bool descending) const
{
    const QString direction = descending ? QStringLiteral(" DESC") : QString();
    QStringList parts;
    for (const QString &expr : exprs)
        parts << expr + direction;
    parts << QStringLiteral("c.id") + direction;
    return QStringLiteral(" ORDER BY ") + parts.join(QStringLiteral(", "));
}

Expected<QList<ContactRow>> ContactService::Private::fetchRows(const Query &query, const ContactSort &sort,
                                                               bool reverse, qint64 offset, int limit,
                                                               bool tieRun) const
{
    ensureSortIndex(sortSpec(sort.column));
    if (!query.searchOnly.isEmpty())
        return searchRows(query, sort, reverse, offset, limit, tieRun);
    const QStringList exprs = sortExpressions(sort.column);
    const bool descending = (sort.order == Qt::DescendingOrder) != reverse;
    const QString order = orderBy(tieRun ? QStringList() : exprs, descending);
    // The window is found on the sort index alone (ids only), then its rows are read: an
    // OFFSET over whole rows would read every skipped row from the table.
    QString sql = QStringLiteral("SELECT ") + QLatin1String(s_rowColumns);
    for (const QString &expr : exprs)
        sql += QStringLiteral(", ") + expr;
    sql +=
        QStringLiteral(" FROM (SELECT c.id AS pid FROM contacts c WHERE ") + query.where + order +
        QStringLiteral(" LIMIT ? OFFSET ?) p JOIN contacts c ON c.id = p.pid LEFT JOIN users u ON u.id = c.owner_id") +
        order;
    QVariantList bindings = query.bindings;
    bindings << limit << offset;
    return readRows(sql, bindings, exprs, reverse, limit);
}

Expected<QList<ContactRow>> ContactService::Private::searchRows(const Query &query, const ContactSort &sort,
                                                                bool reverse, qint64 offset, int limit,
                                                                bool tieRun) const
{
    // The matches are read once, up to the threshold: a few of them (a name, an email) are
    // then looked up by rowid and sorted, without evaluating the search a second time (short
    // prefixes like the "u" and "de" of an email address make evaluating it the main cost).
    const qint64 threshold = searchWalkThreshold.load();
    // One row: SQLite joins the rowids into "1,5,9" (digits and commas only, so the list can be
    // written into the statement), which is far cheaper than stepping through them.
    auto matching = db->exec(QStringLiteral("SELECT count(*), coalesce(group_concat(rowid), '') FROM "
                                            "(SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ? LIMIT ?)"),
                             {query.searchOnly, threshold + 1});
    if (!matching)
        return matching.error();
    const qint64 found = matching->next() ? matching->value(0).toLongLong() : 0;
    const QString rowids = found > 0 ? matching->value(1).toString() : QString();
    matching->finish();
    if (found <= threshold) {
        if (found == 0)
            return QList<ContactRow>();
        Query listed;
        listed.where = query.walkWhere + QStringLiteral(" AND c.rowid IN (") + rowids + QLatin1Char(')');
        listed.bindings = query.walkBindings;
        return fetchRows(listed, sort, reverse, offset, limit, tieRun);
    }
    auto walked = walkSortIndex(query, sort, reverse, offset, limit, tieRun);
    if (!walked)
        return walked.error();
    if (*walked)
        return std::move(**walked);
    Query sorted = query; // every match read and sorted
    sorted.searchOnly.clear();
    return fetchRows(sorted, sort, reverse, offset, limit, tieRun);
}

Expected<std::optional<QList<ContactRow>>> ContactService::Private::walkSortIndex(const Query &query,
                                                                                  const ContactSort &sort, bool reverse,
                                                                                  qint64 offset, int limit,
                                                                                  bool tieRun) const
{
    using Walk = std::optional<QList<ContactRow>>;
    auto matches = searchCount(query.searchOnly);
    if (!matches)
        return matches.error();
    if (*matches <= searchWalkThreshold.load())
        return Walk();
    // The highest rowid bounds the number of contacts without counting them.
    auto highest = db->exec(QStringLiteral("SELECT max(rowid) FROM contacts"));
    if (!highest)
        return highest.error();
    const qint64 rows = highest->next() ? highest->value(0).toLongLong() : 0;
    highest->finish();
    const qint64 budget = s_walkEntriesPerMatch * *matches;
    // Matches spread evenly are met every rows/matches entries; a window that lies deeper than
    // half the budget on that estimate is left to the sort plan straight away.
    const double expected = double(offset + limit) * double(rows) / double(*matches);
    if (expected * 2 > double(budget))
        return Walk();

    const QStringList exprs = sortExpressions(sort.column);
    const bool descending = (sort.order == Qt::DescendingOrder) != reverse;
    const QString order = orderBy(tieRun ? QStringList() : exprs, descending);
    // w walks the sort index (its ORDER BY and LIMIT make SQLite read it in order, a
    // co-routine that stops when the window is full) and yields rowids straight from the index
    // entries; the membership test is one lookup in the list of matching rowids, built once.
    // The window keeps w's order: it is filtered, never re-sorted, before LIMIT/OFFSET.
    QString sql = QStringLiteral("SELECT ") + QLatin1String(s_rowColumns);
    for (const QString &expr : exprs)
        sql += QStringLiteral(", ") + expr;
    sql += QStringLiteral(" FROM (SELECT w.pid FROM (SELECT c.rowid AS r, c.id AS pid FROM contacts c WHERE ") +
           query.walkWhere + order +
           QStringLiteral(" LIMIT ?) w WHERE w.r IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?) "
                          "LIMIT ? OFFSET ?) p JOIN contacts c ON c.id = p.pid "
                          "LEFT JOIN users u ON u.id = c.owner_id") +
           order;
    QVariantList bindings = query.walkBindings;
    bindings << budget << query.searchOnly << limit << offset;
    auto found = readRows(sql, bindings, exprs, reverse, limit);
    if (!found)
        return found.error();
    // Fewer rows than asked: the walk ran out of budget, or the matches ran out; only the sort
    // plan tells which.
    if (found->size() < limit)
        return Walk();
    return Walk(std::move(*found));
}

Expected<QList<ContactRow>> ContactService::Private::readRows(const QString &sql, const QVariantList &bindings,
                                                              const QStringList &exprs, bool reverse, int limit) const
{
    auto q = db->exec(sql, bindings);
    if (!q)
        return q.error();
    QList<ContactRow> rows;
    rows.reserve(limit);
    while (q->next()) {
        ContactRow row;
        row.id = q->value(0).toString();
        row.firstName = q->value(1).toString();
        row.lastName = q->value(2).toString();
        row.email = q->value(3).toString();
        row.phone = q->value(4).toString();
        row.companyName = q->value(5).toString();
        row.title = q->value(6).toString();
        row.city = q->value(7).toString();
        row.country = q->value(8).toString();
        row.lifecycleStage = Domain::fromKeyOr(q->value(9).toString(), Domain::LifecycleStage::Lead);
        row.ownerName = q->value(10).toString();
        row.createdAt = dialect().timestampFromDb(q->value(11));
        row.updatedAt = dialect().timestampFromDb(q->value(12));
        if (exprs.size() == 1) {
            row.sortKey = q->value(s_rowColumnCount);
        } else {
            QVariantList key;
            for (int i = 0; i < exprs.size(); ++i)
                key << q->value(s_rowColumnCount + i);
            row.sortKey = key;
        }
        rows << row;
    }
    if (reverse)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

Expected<qint64> ContactService::Private::searchCount(const QString &match) const
{
    auto q = db->exec(QStringLiteral("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH ?"), {match});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

ContactService::ContactService(std::shared_ptr<Storage::Database> database, const Domain::Clock &clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(std::move(database), clock))
{}

ContactService::~ContactService() = default;

QString ContactService::defaultRegion() const
{
    QMutexLocker lock(&d->regionMutex);
    if (!d->region) {
        auto value = Settings::SettingsRepository::read(*d->db, QLatin1String(Settings::Keys::PhoneDefaultRegion));
        if (!value)
            return {}; // not cached: the next call asks again
        d->region = value->trimmed().toUpper();
    }
    return *d->region;
}

void ContactService::reloadSettings()
{
    QMutexLocker lock(&d->regionMutex);
    d->region.reset();
}

Result ContactService::setDefaultRegion(const QString &region)
{
    const QString code = region.trimmed().toUpper();
    if (!code.isEmpty() && !PhoneNormalizer::isKnownRegion(code))
        return Error(ErrorCode::InvalidArgument,
                     tr("“%1” is not a region code for phone numbers; use two letters such as DE or US.").arg(region));
    if (Result written = Settings::SettingsRepository::write(*d->db, d->clock,
                                                             QLatin1String(Settings::Keys::PhoneDefaultRegion), code);
        !written)
        return written;
    QMutexLocker lock(&d->regionMutex);
    d->region = code;
    return {};
}

QList<FieldError> ContactService::validate(Contact &contact) const
{
    QList<FieldError> errors;
    contact.firstName = contact.firstName.simplified();
    contact.lastName = contact.lastName.simplified();
    contact.title = contact.title.trimmed();
    contact.address.street = contact.address.street.trimmed();
    contact.address.city = contact.address.city.trimmed();
    contact.address.region = contact.address.region.trimmed();
    contact.address.postalCode = contact.address.postalCode.trimmed();
    contact.address.country = contact.address.country.trimmed();
    contact.timeZone = contact.timeZone.trimmed();
    contact.externalId = contact.externalId.trimmed();
    contact.companyId = contact.companyId.trimmed();
    contact.ownerId = contact.ownerId.trimmed();
    contact.email = contact.email.trimmed();
    contact.phone = contact.phone.trimmed();
    contact.tags = cleanedList(contact.tags);

    if (!contact.email.isEmpty() && !isValidEmailAddress(contact.email))
        errors << FieldError{QStringLiteral("email"),
                             tr("“%1” is not a valid email address (expected name@example.com).").arg(contact.email)};
    QStringList otherEmails;
    const QStringList rawEmails = contact.otherEmails;
    for (qsizetype i = 0; i < rawEmails.size(); ++i) {
        const QString email = rawEmails.at(i).trimmed();
        if (email.isEmpty())
            continue;
        if (!isValidEmailAddress(email))
            errors << FieldError{QStringLiteral("otherEmails[%1]").arg(i),
                                 tr("“%1” is not a valid email address (expected name@example.com).").arg(email)};
        else if (email.compare(contact.email, Qt::CaseInsensitive) != 0 &&
                 std::none_of(otherEmails.cbegin(), otherEmails.cend(),
                              [&](const QString &e) { return e.compare(email, Qt::CaseInsensitive) == 0; }))
            otherEmails << email;
    }
    contact.otherEmails = otherEmails;

    const QString region = defaultRegion();
    if (!contact.phone.isEmpty()) {
        auto phone = d->phones.toE164(contact.phone, region);
        if (phone)
            contact.phone = *phone;
        else
            errors << FieldError{QStringLiteral("phone"), phone.error().message()};
    }
    QStringList otherPhones;
    const QStringList rawPhones = contact.otherPhones;
    for (qsizetype i = 0; i < rawPhones.size(); ++i) {
        const QString raw = rawPhones.at(i).trimmed();
        if (raw.isEmpty())
            continue;
        auto phone = d->phones.toE164(raw, region);
        if (!phone)
            errors << FieldError{QStringLiteral("otherPhones[%1]").arg(i), phone.error().message()};
        else if (*phone != contact.phone && !otherPhones.contains(*phone))
            otherPhones << *phone;
    }
    contact.otherPhones = otherPhones;
    // The first number is the main one: without a main one, the first other takes its place, as
    // an import reads such a row (an export read back must be the same contact). The first
    // email address only when it is free (promoteFreeOtherEmail(), on saving): another contact
    // may have it as its own, and an edit of anything else must not be refused for it.
    if (contact.phone.isEmpty() && !contact.otherPhones.isEmpty())
        contact.phone = contact.otherPhones.takeFirst();

    if (!contact.timeZone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(contact.timeZone.toUtf8()))
        errors << FieldError{
            QStringLiteral("timeZone"),
            tr("“%1” is not a known time zone; use an IANA name such as Europe/Berlin.").arg(contact.timeZone)};

    if (contact.firstName.isEmpty() && contact.lastName.isEmpty() && contact.email.isEmpty() && contact.phone.isEmpty())
        errors.prepend(
            FieldError{QStringLiteral("name"), tr("Enter at least a name, an email address or a phone number.")});

    if (!contact.companyId.isEmpty()) {
        auto name = d->companyName(contact.companyId);
        if (!name)
            errors << FieldError{QStringLiteral("companyId"), name.error().message()};
        else
            contact.companyName = *name;
    } else {
        contact.companyName.clear();
    }
    if (!contact.ownerId.isEmpty()) {
        auto owner =
            d->db->exec(QStringLiteral("SELECT 1 FROM users WHERE id = ? AND deleted_at IS NULL"), {contact.ownerId});
        if (!owner || !owner->next())
            errors << FieldError{QStringLiteral("ownerId"),
                                 tr("The owner %1 is not a user of this database.").arg(contact.ownerId)};
    }
    for (const QString &tag : std::as_const(contact.tags))
        if (tag.size() > 100)
            errors << FieldError{QStringLiteral("tags"),
                                 tr("The tag “%1…” is longer than 100 characters.").arg(tag.left(20))};
    return errors;
}

Expected<Contact> ContactService::get(const QString &id) const
{
    return d->load(id, false);
}

Expected<Contact> ContactService::findByEmail(const QString &email) const
{
    auto id = d->liveIdWithEmail(email.trimmed(), QString());
    if (!id)
        return id.error();
    if (id->isEmpty())
        return Error(ErrorCode::NotFound, tr("No contact has the email address %1.").arg(email.trimmed()));
    return d->load(*id, false);
}

namespace {

Error validationError(const QList<FieldError> &errors)
{
    QStringList messages;
    for (const FieldError &error : errors)
        messages << error.message;
    return Error(ErrorCode::InvalidArgument, messages.join(QLatin1Char('\n')),
                 errors.isEmpty() ? QString() : errors.first().field);
}

} // namespace

Expected<Contact> ContactService::create(Contact contact, const Domain::Actor &actor)
{
    if (const QList<FieldError> errors = validate(contact); !errors.isEmpty())
        return validationError(errors);
    if (!contact.id.isEmpty() && !Domain::isValidId(contact.id))
        return Error(ErrorCode::InvalidArgument, tr("“%1” is not a valid record id.").arg(contact.id));
    Storage::stampNewRecord(contact, d->clock.nowUtc());

    Storage::Transaction transaction(*d->db);
    if (!transaction.isActive())
        return transaction.error();
    if (Result limited = d->db->limitLockWaits(); !limited) // a window waits for it
        return limited.error();
    // An import on a shared database may be giving a contact this address right now.
    if (!contact.email.isEmpty())
        if (Result turn = d->db->takeImportTurn(); !turn)
            return turn.error();
    if (Result promoted = d->promoteFreeOtherEmail(contact); !promoted)
        return promoted.error();
    if (Result registered = d->registerCustomFields(contact, {}); !registered)
        return registered.error();
    auto existing = d->liveIdWithEmail(contact.email, contact.id);
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return d->duplicateEmail(contact.email);
    if (Result named = d->refreshCompanyName(contact); !named)
        return named.error();
    if (Result written = d->writeContact(contact, true); !written)
        return written.error();
    if (Result tagged = d->setTags(contact.id, contact.tags); !tagged)
        return tagged.error();

    const QJsonObject changes = Activities::initialFields(fieldValues(contact), fieldValues(Contact{}));
    if (auto recorded = d->recordActivity(contact, ActivityType::Created, changes, actor); !recorded)
        return recorded.error();
    if (Result committed = transaction.commit(); !committed)
        return committed.error();

    auto saved = d->load(contact.id, false);
    Q_EMIT contactsChanged({contact.id});
    return saved;
}

Expected<Contact> ContactService::update(Contact contact, const Domain::Actor &actor)
{
    if (contact.id.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("Cannot save a contact without an id; create it first."));
    // A contact deleted while a form had it open (by someone else, or by undoing the import
    // that made it) is said to be gone before anything about its fields.
    if (auto gone = d->db->exec(QStringLiteral("SELECT 1 FROM contacts WHERE id = ? AND deleted_at IS NOT NULL"),
                                {contact.id});
        !gone)
        return gone.error();
    else if (gone->next())
        return Error(ErrorCode::NotFound, tr("This contact was deleted meanwhile (by someone else, or by undoing the "
                                             "import that created it); the changes were not saved."));
    if (const QList<FieldError> errors = validate(contact); !errors.isEmpty())
        return validationError(errors);

    Storage::Transaction transaction(*d->db);
    if (!transaction.isActive())
        return transaction.error();
    if (Result limited = d->db->limitLockWaits(); !limited) // a window waits for it
        return limited.error();
    auto before = d->load(contact.id, false);
    if (!before)
        return before.error();
    if (Result promoted = d->promoteFreeOtherEmail(contact); !promoted)
        return promoted.error();
    // A new address: an import on a shared database may be giving a contact this one right now.
    // (Before anything is written, so that the two never wait for each other; the contact read
    // again after the wait, which an import may have changed.)
    if (!contact.email.isEmpty() && contact.email.compare(before->email, Qt::CaseInsensitive) != 0 &&
        !d->db->dialect().importTurn().isEmpty()) {
        if (Result turn = d->db->takeImportTurn(); !turn)
            return turn.error();
        before = d->load(contact.id, false);
        if (!before)
            return before.error();
    }
    contact.createdAt = before->createdAt;
    contact.deletedAt = {};
    if (Result registered = d->registerCustomFields(contact, before->customFields); !registered)
        return registered.error();

    const QJsonObject oldValues = fieldValues(*before);
    const QJsonObject newValues = fieldValues(contact);
    QJsonObject changes;
    QJsonObject ownerChange;
    for (auto it = newValues.begin(); it != newValues.end(); ++it) {
        const QJsonValue oldValue = oldValues.value(it.key());
        if (oldValue == it.value())
            continue;
        if (it.key() == QLatin1String("tags") && sameTags(before->tags, contact.tags))
            continue;
        if (it.key() == QLatin1String("ownerId"))
            ownerChange.insert(it.key(), Activities::fieldChange(oldValue, it.value()));
        else
            changes.insert(it.key(), Activities::fieldChange(oldValue, it.value()));
    }
    if (changes.isEmpty() && ownerChange.isEmpty())
        return *before; // nothing to save: no write, no activity

    if (contact.email.compare(before->email, Qt::CaseInsensitive) != 0) {
        auto existing = d->liveIdWithEmail(contact.email, contact.id);
        if (!existing)
            return existing.error();
        if (!existing->isEmpty())
            return d->duplicateEmail(contact.email);
    }
    contact.updatedAt = d->clock.nowUtc();
    if (Result named = d->refreshCompanyName(contact); !named)
        return named.error();
    if (Result written = d->writeContact(contact, false); !written)
        return written.error();
    if (changes.contains(QLatin1String("tags")))
        if (Result tagged = d->setTags(contact.id, contact.tags); !tagged)
            return tagged.error();
    if (!changes.isEmpty())
        if (auto recorded = d->recordActivity(contact, ActivityType::Updated, changes, actor); !recorded)
            return recorded.error();
    if (!ownerChange.isEmpty())
        if (auto recorded = d->recordActivity(contact, ActivityType::OwnerChanged, ownerChange, actor); !recorded)
            return recorded.error();
    if (Result committed = transaction.commit(); !committed)
        return committed.error();

    auto saved = d->load(contact.id, false);
    Q_EMIT contactsChanged({contact.id});
    return saved;
}

Result ContactService::remove(const QStringList &ids, const Domain::Actor &actor)
{
    auto removed = d->setDeleted(ids, true, actor);
    if (!removed)
        return removed.error();
    if (!removed->isEmpty())
        Q_EMIT contactsRemoved(*removed);
    return {};
}

Result ContactService::restore(const QStringList &ids, const Domain::Actor &actor)
{
    auto restored = d->setDeleted(ids, false, actor);
    if (!restored)
        return restored.error();
    if (!restored->isEmpty())
        Q_EMIT contactsRestored(*restored);
    return {};
}

Result ContactService::commitSelectionEdit(Storage::Transaction &transaction, const Expected<QStringList> &changed)
{
    if (!changed)
        return changed.error();
    if (Result committed = transaction.commit(); !committed)
        return committed;
    if (!changed->isEmpty())
        Q_EMIT contactsChanged(*changed);
    return {};
}

Result ContactService::addTag(const QStringList &ids, const QString &tagName, const Domain::Actor &actor)
{
    const QString name = tagName.simplified();
    if (name.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("Enter a tag name."));
    if (name.size() > 100)
        return Error(ErrorCode::InvalidArgument, tr("The tag “%1…” is longer than 100 characters.").arg(name.left(20)));
    Storage::Transaction transaction(*d->db);
    if (!transaction.isActive())
        return transaction.error();
    if (Result limited = d->db->limitLockWaits(); !limited) // a window waits for it
        return limited.error();
    auto tag = d->ensureTag(name);
    if (!tag)
        return tag.error();
    auto stored = d->db->exec(QStringLiteral("SELECT name FROM tags WHERE id = ?"), {*tag});
    if (!stored)
        return stored.error();
    const QString tagId = *tag;
    const QString tagNameStored = stored->next() ? stored->value(0).toString() : name;
    stored->finish();
    auto changed = d->editSelection(ids, actor, [&](const QList<Contact> &slice, const QVariant &now) -> Expected<Edited> {
        auto tagged = d->taggedAmong(slice, tagId);
        if (!tagged)
            return tagged.error();
        Edited edited;
        for (const Contact &contact : slice) {
            if (tagged->contains(contact.id))
                continue;
            QStringList after = contact.tags;
            after << tagNameStored;
            std::sort(after.begin(), after.end(), [](const QString &a, const QString &b) { return a.toLower() < b.toLower(); });
            edited.append({&contact, ActivityType::Updated, tagsChange(contact.tags, after)});
        }
        if (Result linked = d->execForEdited(QStringLiteral("INSERT INTO contact_tags (contact_id, tag_id, created_at) "
                                                            "SELECT c.id, ?, ? FROM contacts c WHERE %1 ON CONFLICT DO NOTHING"),
                                             QStringLiteral("c.id"), {tagId, now}, edited);
            !linked)
            return linked.error();
        return edited;
    });
    return commitSelectionEdit(transaction, changed);
}

Result ContactService::removeTag(const QStringList &ids, const QString &tagName, const Domain::Actor &actor)
{
    const QString name = tagName.simplified();
    Storage::Transaction transaction(*d->db);
    if (!transaction.isActive())
        return transaction.error();
    if (Result limited = d->db->limitLockWaits(); !limited) // a window waits for it
        return limited.error();
    auto tag = d->db->exec(QStringLiteral("SELECT id, name FROM tags WHERE lower(name) = lower(?) AND deleted_at IS NULL"),
                           {name});
    if (!tag)
        return tag.error();
    if (!tag->next())
        return Error(ErrorCode::NotFound, tr("There is no tag named “%1”.").arg(name));
    const QString tagId = tag->value(0).toString();
    const QString tagNameStored = tag->value(1).toString();
    tag->finish();
    auto changed = d->editSelection(ids, actor, [&](const QList<Contact> &slice, const QVariant &) -> Expected<Edited> {
        auto tagged = d->taggedAmong(slice, tagId);
        if (!tagged)
            return tagged.error();
        Edited edited;
        for (const Contact &contact : slice) {
            if (!tagged->contains(contact.id))
                continue;
            QStringList after = contact.tags;
            after.removeOne(tagNameStored);
            edited.append({&contact, ActivityType::Updated, tagsChange(contact.tags, after)});
        }
        if (Result unlinked = d->execForEdited(QStringLiteral("DELETE FROM contact_tags WHERE tag_id = ? AND %1"),
                                               QStringLiteral("contact_id"), {tagId}, edited);
            !unlinked)
            return unlinked.error();
        return edited;
    });
    return commitSelectionEdit(transaction, changed);
}

Result ContactService::assignOwner(const QStringList &ids, const QString &ownerId, const Domain::Actor &actor)
{
    if (!ownerId.isEmpty()) {
        auto owner = d->db->exec(QStringLiteral("SELECT 1 FROM users WHERE id = ? AND deleted_at IS NULL"), {ownerId});
        if (!owner)
            return owner.error();
        if (!owner->next())
            return Error(ErrorCode::NotFound, tr("The owner %1 is not a user of this database.").arg(ownerId));
    }
    Storage::Transaction transaction(*d->db);
    if (!transaction.isActive())
        return transaction.error();
    if (Result limited = d->db->limitLockWaits(); !limited) // a window waits for it
        return limited.error();
    auto changed = d->editSelection(ids, actor, [&](const QList<Contact> &slice, const QVariant &) -> Expected<Edited> {
        Edited edited;
        for (const Contact &contact : slice)
            if (contact.ownerId != ownerId)
                edited.append({&contact, ActivityType::OwnerChanged,
                               QJsonObject{{QStringLiteral("ownerId"), Activities::fieldChange(contact.ownerId, ownerId)}}});
        if (Result assigned = d->execForEdited(QStringLiteral("UPDATE contacts SET owner_id = ? WHERE %1"),
                                               QStringLiteral("id"), {textOrNull(ownerId)}, edited);
            !assigned)
            return assigned.error();
        return edited;
    });
    return commitSelectionEdit(transaction, changed);
}

Expected<QStringList> ContactService::customFieldNames() const
{
    return CustomFieldRegistry(*d->db, d->clock).names();
}

Expected<QStringList> ContactService::allTags() const
{
    auto q = d->db->exec(QStringLiteral("SELECT name FROM tags WHERE deleted_at IS NULL ORDER BY lower(name), id"));
    if (!q)
        return q.error();
    QStringList tags;
    while (q->next())
        tags << q->value(0).toString();
    return tags;
}

Expected<qint64> ContactService::count(const ContactFilter &filter) const
{
    const Private::Query query = d->filterQuery(filter);
    if (!query.searchOnly.isEmpty())
        return d->searchCount(query.searchOnly);
    // Without other conditions SQLite would scan the table; the partial index of live ids
    // is a fraction of its size.
    const bool unfiltered = query.bindings.isEmpty() && d->db->kind() == Storage::DatabaseKind::Sqlite;
    const QString from = unfiltered ? QStringLiteral(" FROM contacts c INDEXED BY contacts_live WHERE ")
                                    : QStringLiteral(" FROM contacts c WHERE ");
    auto q = d->db->exec(QStringLiteral("SELECT count(*)") + from + query.where, query.bindings);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Expected<QList<ContactRow>> ContactService::page(const ContactFilter &filter, const ContactSort &sort, qint64 offset,
                                                 int limit) const
{
    if (limit <= 0 || offset < 0)
        return QList<ContactRow>();
    const Private::Query query = d->filterQuery(filter);
    if (offset < d->forwardScanLimit.load())
        return d->fetchRows(query, sort, false, offset, limit);
    auto total = count(filter);
    if (!total)
        return total.error();
    if (offset >= *total)
        return QList<ContactRow>();
    if (offset + limit / 2 <= *total / 2)
        return d->fetchRows(query, sort, false, offset, limit);
    // Past the middle: read the same window backwards from the end, so the scan is short.
    const qint64 end = qMin<qint64>(offset + limit, *total);
    return d->fetchRows(query, sort, true, *total - end, int(end - offset));
}

void ContactService::setForwardScanLimit(qint64 rows)
{
    d->forwardScanLimit = qMax<qint64>(0, rows);
}

void ContactService::setSearchWalkThreshold(qint64 matches)
{
    d->searchWalkThreshold = qMax<qint64>(0, matches);
}

Expected<QList<ContactRow>> ContactService::pageAfter(const ContactFilter &filter, const ContactSort &sort,
                                                      const RowKey &after, int limit) const
{
    if (after.id.isEmpty())
        return page(filter, sort, 0, limit);
    if (limit <= 0)
        return QList<ContactRow>();
    const Private::Query base = d->filterQuery(filter);
    const Private::SortSpec spec = d->sortSpec(sort.column);
    QVariantList keys;
    if (spec.exprs.size() == 1)
        keys << after.sortKey;
    else
        keys = after.sortKey.toList();
    if (keys.size() != spec.exprs.size())
        return Error(ErrorCode::InvalidArgument, tr("The row position does not fit the sort column."));
    for (QVariant &key : keys)
        if (key.isNull())
            key = QString(); // the sort expressions never yield NULL
    const bool descending = sort.order == Qt::DescendingOrder;
    const QString op = descending ? QStringLiteral(" < ") : QStringLiteral(" > ");
    const bool sqlite = d->db->kind() == Storage::DatabaseKind::Sqlite;

    if (!spec.columns.isEmpty()) {
        // (key…, id) > (?…, ?): one index range. SQLite only seeks on a row value whose left
        // side is bare columns, so the case-insensitive collation goes on the right.
        Private::Query query = base;
        QStringList left;
        QStringList right;
        for (qsizetype i = 0; i < spec.exprs.size(); ++i) {
            left << (sqlite ? spec.columns.at(i) : spec.exprs.at(i));
            right << (sqlite && spec.nocase.at(i) ? QStringLiteral("? COLLATE NOCASE") : QStringLiteral("?"));
        }
        left << QStringLiteral("c.id");
        right << QStringLiteral("?");
        query.add(QLatin1Char('(') + left.join(QStringLiteral(", ")) + QLatin1Char(')') + op + QLatin1Char('(') +
                      right.join(QStringLiteral(", ")) + QLatin1Char(')'),
                  keys + QVariantList{after.id});
        return d->fetchRows(query, sort, false, 0, limit);
    }

    // A computed key (an expression index) cannot seek by row value: read the rest of the run
    // of equal keys by id, then the keys beyond it. Both are index ranges.
    const QString expr = spec.exprs.first();
    Private::Query ties = base;
    ties.add(expr + QStringLiteral(" = ? AND c.id") + op + QStringLiteral("?"), {keys.first(), after.id});
    auto rows = d->fetchRows(ties, sort, false, 0, limit, true);
    if (!rows || rows->size() >= limit)
        return rows;
    Private::Query beyond = base;
    beyond.add(expr + op + QStringLiteral("?"), {keys.first()});
    auto more = d->fetchRows(beyond, sort, false, 0, int(limit - rows->size()));
    if (!more)
        return more.error();
    *rows << *more;
    return rows;
}

Expected<QStringList> ContactService::ids(const ContactFilter &filter, const ContactSort &sort) const
{
    const Private::Query query = d->filterQuery(filter);
    d->ensureSortIndex(d->sortSpec(sort.column));
    const QStringList exprs = d->sortExpressions(sort.column);
    auto q = d->db->exec(QStringLiteral("SELECT c.id FROM contacts c WHERE ") + query.where +
                             d->orderBy(exprs, sort.order == Qt::DescendingOrder),
                         query.bindings);
    if (!q)
        return q.error();
    QStringList result;
    while (q->next())
        result << q->value(0).toString();
    return result;
}

namespace {

// Fills the tags of a page of contacts with one query (export pages are thousands of rows).
Result fillTags(const Storage::Database &db, QList<Contact> &contacts)
{
    if (contacts.isEmpty())
        return {};
    QHash<QString, qsizetype> index;
    QStringList ids;
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        index.insert(contacts.at(i).id, i);
        ids << contacts.at(i).id;
    }
    auto q = db.exec(QStringLiteral("SELECT ct.contact_id, t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
                                    "WHERE t.deleted_at IS NULL AND %1 ORDER BY lower(t.name), t.id")
                         .arg(db.dialect().inList(QStringLiteral("ct.contact_id"))),
                     {Storage::SqlDialect::inListValue(ids)});
    if (!q)
        return q.error();
    while (q->next())
        contacts[index.value(q->value(0).toString())].tags << q->value(1).toString();
    return {};
}

} // namespace

Expected<QList<Contact>> ContactService::listAfter(const ContactFilter &filter, const QString &afterId, int limit,
                                                   const QStringList &fields) const
{
    Private::Query query = d->filterQuery(filter);
    if (!afterId.isEmpty())
        query.add(QStringLiteral("c.id > ?"), {afterId});
    query.bindings << limit;
    const QString select = fields.isEmpty() ? ContactRecord::columns() : ContactRecord::columns(fields);
    auto q = d->db->exec(QStringLiteral("SELECT ") + select + QStringLiteral(" FROM contacts c WHERE ") + query.where +
                             QStringLiteral(" ORDER BY c.id LIMIT ?"),
                         query.bindings);
    if (!q)
        return q.error();
    QList<Contact> contacts;
    while (q->next())
        contacts << ContactRecord::contactFrom(d->dialect(), *q);
    if (fields.isEmpty() || fields.contains(QLatin1String("tags")))
        if (Result tags = fillTags(*d->db, contacts); !tags)
            return tags.error();
    return contacts;
}

Expected<QList<Contact>> ContactService::getMany(const QStringList &ids, const QStringList &fields) const
{
    return d->liveContacts(ids, fields);
}

Result ContactService::dropSortIndexes(const Storage::Database &database)
{
    if (database.kind() != Storage::DatabaseKind::Sqlite)
        return {};
    auto names = database.exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'contacts\\_sort\\_%' ESCAPE '\\'"));
    if (!names)
        return names.error();
    QStringList drops;
    while (names->next())
        drops << QStringLiteral("DROP INDEX IF EXISTS \"%1\"").arg(names->value(0).toString());
    names->finish();
    for (const QString &drop : std::as_const(drops))
        if (auto dropped = database.exec(drop); !dropped)
            return dropped.error();
    return {};
}

} // namespace Leadline::Contacts
