#include "services/importexport/contactimportjob_p.h"

#include "services/activities/systemsubject.h"
#include "services/contacts/customfieldregistry.h"
#include "services/domain/clock.h"
#include "services/domain/uuid.h"
#include "services/importexport/mergerules.h"
#include "services/importexport/storedcontactupdates.h"
#include "services/storage/database.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QVarLengthArray>

// What one chunk of rows does to the database: the stored contacts its rows match, the
// contacts it creates, merges and updates, and how it is written (ContactImportJob::Private).

namespace Leadline::ImportExport {

using Domain::Channel;
using Domain::OptInStatus;

namespace {

QJsonArray toJsonArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// A contact an import creates has the first of its other addresses (numbers) as its email
// (phone) when the row gave none: ParsedRow::primaryEmail().
void takeFirstOtherIfEmpty(QString &primary, QStringList &others)
{
    if (primary.isEmpty() && !others.isEmpty())
        primary = others.takeFirst();
}

// The same address or number in two columns ("Phone" 030 1234567 and "Mobile" +49 30 1234567)
// is one: the others keep neither the contact's own nor one twice.
void dropRepeatedOthers(const QString &primary, QStringList &others, Qt::CaseSensitivity cs)
{
    if (others.isEmpty())
        return;
    QStringList kept;
    for (const QString &value : std::as_const(others))
        if (value.compare(primary, cs) != 0 && !kept.contains(value, cs))
            kept << value;
    others = kept;
}

// What a parsed row says about each contact column it has a value for. Given the contact it
// updates, texts that contact already holds are left out: they change nothing.
QHash<ContactColumn, QJsonValue> presentValues(const ParsedRow &row, const ExistingContact *stored = nullptr)
{
    const Domain::Contact &c = row.contact;
    QHash<ContactColumn, QJsonValue> v;
    const auto has = [&](ImportField f) { return row.present.contains(f); };
    const auto text = [&](ImportField f, ContactColumn column, const QString &value) {
        if (has(f) && !(stored && stored->holdsText(column, value)))
            v.insert(column, value);
    };
    text(ImportField::FirstName, ContactColumn::FirstName, c.firstName);
    text(ImportField::LastName, ContactColumn::LastName, c.lastName);
    // The others, less the stored contact's own email (phone) when the row gives none: its only
    // address, in a second column, is what it matched the contact on (ParsedRow::primaryEmail()).
    // A row that gives one may replace the stored one, which then stays among the others it lists.
    const auto others = [&](ImportField f, ContactColumn column, QStringList values, ContactColumn primary) {
        if (!has(f))
            return;
        if (stored && !has(f == ImportField::OtherEmail ? ImportField::Email : ImportField::Phone)) {
            const QString own = stored->value(primary).toString();
            values.removeIf([&own](const QString &value) { return value.compare(own, Qt::CaseInsensitive) == 0; });
            if (values.isEmpty())
                return;
        }
        v.insert(column, toJsonArray(values)); // without a stored contact: the columns rows name
    };
    text(ImportField::Email, ContactColumn::Email, c.email);
    others(ImportField::OtherEmail, ContactColumn::OtherEmails, c.otherEmails, ContactColumn::Email);
    text(ImportField::Phone, ContactColumn::Phone, c.phone);
    others(ImportField::OtherPhone, ContactColumn::OtherPhones, c.otherPhones, ContactColumn::Phone);
    text(ImportField::Title, ContactColumn::Title, c.title);
    text(ImportField::Street, ContactColumn::Street, c.address.street);
    text(ImportField::City, ContactColumn::City, c.address.city);
    text(ImportField::Region, ContactColumn::Region, c.address.region);
    text(ImportField::PostalCode, ContactColumn::PostalCode, c.address.postalCode);
    text(ImportField::Country, ContactColumn::Country, c.address.country);
    text(ImportField::TimeZone, ContactColumn::TimeZone, c.timeZone);
    text(ImportField::LifecycleStage, ContactColumn::LifecycleStage, Domain::toKey(c.lifecycleStage));
    text(ImportField::OptInEmail, ContactColumn::OptInEmail, Domain::toKey(c.optInFor(Channel::Email)));
    text(ImportField::OptInSms, ContactColumn::OptInSms, Domain::toKey(c.optInFor(Channel::Sms)));
    text(ImportField::OptInWhatsApp, ContactColumn::OptInWhatsApp, Domain::toKey(c.optInFor(Channel::WhatsApp)));
    text(ImportField::OptInVoice, ContactColumn::OptInVoice, Domain::toKey(c.optInFor(Channel::Voice)));
    if (has(ImportField::DoNotContact))
        v.insert(ContactColumn::DoNotContact, c.doNotContact);
    text(ImportField::Source, ContactColumn::Source, Domain::toKey(c.source));
    text(ImportField::ExternalId, ContactColumn::ExternalId, c.externalId);
    return v;
}

// A stored contact a row updates keeps every address and number either of them holds: the
// row's email (phone) that does not become the contact's own joins its others, as does the
// stored one that the row's replaces (overwrite), and the row's others are added to the stored
// ones. `wanted` holds what presentValues() gave; its other emails and phones become the lists
// to store, or go when nothing is added.
void keepEveryAddressAndNumber(QHash<ContactColumn, QJsonValue> &wanted, const ExistingContact &current, bool overwrite)
{
    const auto merge = [&](ContactColumn primaryColumn, ContactColumn othersColumn, Qt::CaseSensitivity cs) {
        if (!wanted.contains(primaryColumn) && !wanted.contains(othersColumn))
            return;
        const QString stored = current.value(primaryColumn).toString();
        const QStringList storedOthers = current.value(othersColumn).toVariant().toStringList();
        QStringList others = storedOthers;
        QString primary = stored;
        QStringList joining;
        if (const QString given = wanted.value(primaryColumn).toString(); !given.isEmpty()) {
            if (stored.isEmpty() || overwrite)
                primary = given;
            joining << (primary == given ? stored : given);
        }
        joining += wanted.value(othersColumn).toVariant().toStringList();
        others.removeIf([&](const QString &value) { return value.compare(primary, cs) == 0; }); // now the own one
        for (const QString &value : std::as_const(joining))
            if (!value.isEmpty() && value.compare(primary, cs) != 0 && !others.contains(value, cs))
                others << value;
        if (others == storedOthers)
            wanted.remove(othersColumn);
        else
            wanted.insert(othersColumn, toJsonArray(others));
    };
    merge(ContactColumn::Email, ContactColumn::OtherEmails, Qt::CaseInsensitive);
    merge(ContactColumn::Phone, ContactColumn::OtherPhones, Qt::CaseSensitive);
}

// The stored columns that updating contacts from these rows compares, changes or keeps: those
// the rows give values for (as presentValues() names them), and the ones any update may set.
// Converting all 30 columns of every match was most of what looking contacts up cost.
QList<ContactColumn> columnsToCompare(const QList<ParsedRow> &rows)
{
    ParsedRow everything;
    for (const ParsedRow &row : rows)
        everything.present |= row.present;
    QSet<ContactColumn> wanted{ContactColumn::Email, ContactColumn::CompanyId, ContactColumn::CompanyName,
                               ContactColumn::OwnerId, ContactColumn::CustomFields};
    if (everything.present.contains(ImportField::OtherPhone)) // left out of the other phones
        wanted.insert(ContactColumn::Phone);
    // A row's email or phone that does not become the contact's own joins the others.
    if (everything.present.contains(ImportField::Email))
        wanted.insert(ContactColumn::OtherEmails);
    if (everything.present.contains(ImportField::Phone))
        wanted.insert(ContactColumn::OtherPhones);
    const QHash<ContactColumn, QJsonValue> given = presentValues(everything);
    for (auto it = given.constBegin(); it != given.constEnd(); ++it)
        wanted.insert(it.key());
    QList<ContactColumn> columns;
    for (ContactColumn column : allContactColumns())
        if (wanted.contains(column))
            columns << column;
    return columns;
}

bool isConsentColumn(ContactColumn column)
{
    return column == ContactColumn::OptInEmail || column == ContactColumn::OptInSms ||
           column == ContactColumn::OptInWhatsApp || column == ContactColumn::OptInVoice;
}

bool isEmptyValue(ContactColumn column, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return true;
    if (value.isString()) {
        const QString text = value.toString();
        // Enum columns hold a default rather than nothing: the default counts as empty.
        if (isConsentColumn(column))
            return text == QLatin1String("unknown");
        if (column == ContactColumn::Source)
            return MergeRules::sourceSaysNothing(Domain::fromKeyOr(text, Domain::LeadSource::Unknown));
        return text.isEmpty();
    }
    if (value.isArray())
        return value.toArray().isEmpty();
    if (value.isObject())
        return value.toObject().isEmpty();
    if (value.isBool())
        return !value.toBool();
    return false;
}

// A later row of the file for a contact an earlier row of the same chunk creates: the same
// fill/overwrite rule as for stored contacts, applied before the contact is written.
// An address is merged part by part, except into one a contact took whole from a second
// address group (mergeAddress false): that one another address replaces whole, or not at all.
// stageNamed: whether a row named the target's lifecycle stage (not: the import's default).
// Returns whether it kept an opt-out or "do not contact" the row would have overwritten.
bool mergeInto(Domain::Contact &target, const ParsedRow &row, bool overwrite, bool mergeAddress, bool stageNamed)
{
    const DuplicateAction action = overwrite ? DuplicateAction::Overwrite : DuplicateAction::FillEmpty;
    const Domain::Contact &c = row.contact;
    const auto text = [&](ImportField field, QString &into, const QString &value) {
        if (row.present.contains(field) && (overwrite || into.isEmpty()))
            into = value;
    };
    text(ImportField::FirstName, target.firstName, c.firstName);
    text(ImportField::LastName, target.lastName, c.lastName);
    // The number that does not become the contact's own joins its others (keepEveryAddressAndNumber()).
    if (row.present.contains(ImportField::Phone) && !target.phone.isEmpty() && c.phone != target.phone) {
        const QString &joining = overwrite ? target.phone : c.phone;
        if (!target.otherPhones.contains(joining))
            target.otherPhones << joining;
    }
    text(ImportField::Phone, target.phone, c.phone);
    target.otherPhones.removeAll(target.phone);
    text(ImportField::Title, target.title, c.title);
    if (mergeAddress) {
        text(ImportField::Street, target.address.street, c.address.street);
        text(ImportField::City, target.address.city, c.address.city);
        text(ImportField::Region, target.address.region, c.address.region);
        text(ImportField::PostalCode, target.address.postalCode, c.address.postalCode);
        text(ImportField::Country, target.address.country, c.address.country);
    }
    text(ImportField::TimeZone, target.timeZone, c.timeZone);
    text(ImportField::ExternalId, target.externalId, c.externalId);
    for (const QString &email : c.otherEmails)
        if (!target.otherEmails.contains(email, Qt::CaseInsensitive) &&
            email.compare(target.email, Qt::CaseInsensitive) != 0)
            target.otherEmails << email;
    for (const QString &phone : c.otherPhones)
        if (!target.otherPhones.contains(phone) && phone != target.phone)
            target.otherPhones << phone;
    // The default stage of the import is no stage a row named: the first row naming one fills it.
    if (row.present.contains(ImportField::LifecycleStage))
        target.lifecycleStage = stageNamed
                                    ? MergeRules::lifecycleAfterImport(target.lifecycleStage, c.lifecycleStage, action)
                                    : c.lifecycleStage;
    if (row.present.contains(ImportField::Source) && (overwrite || MergeRules::sourceSaysNothing(target.source)))
        target.source = c.source;
    bool kept = false;
    if (row.present.contains(ImportField::DoNotContact)) {
        kept = MergeRules::keptDoNotContact(target.doNotContact, c.doNotContact, action);
        target.doNotContact = MergeRules::doNotContactAfterImport(target.doNotContact, c.doNotContact);
    }
    for (auto it = c.optIn.constBegin(); it != c.optIn.constEnd(); ++it) {
        const OptInStatus stored = target.optInFor(it.key());
        kept = MergeRules::keptAnOptOut(stored, it.value(), action) || kept;
        target.optIn.insert(it.key(), MergeRules::optInAfterImport(stored, it.value(), action));
    }
    for (const QString &name : row.customPresent)
        if (overwrite || target.customFields.value(name).toString().isEmpty())
            target.customFields.insert(name, c.customFields.value(name));
    return kept;
}

// Consent and the lifecycle stage of a stored contact as MergeRules has them, in the values
// presentValues() gave: their rules say what filling and overwriting do to them. Returns
// whether it kept an opt-out or "do not contact" the file would have overwritten.
bool applyMergeRules(QHash<ContactColumn, QJsonValue> &wanted, const ExistingContact &current, DuplicateAction action)
{
    bool kept = false;
    for (auto it = wanted.begin(); it != wanted.end(); ++it) {
        if (isConsentColumn(it.key())) {
            const auto stored = Domain::fromKeyOr(current.value(it.key()).toString(), OptInStatus::Unknown);
            const auto given = Domain::fromKeyOr(it.value().toString(), OptInStatus::Unknown);
            kept = MergeRules::keptAnOptOut(stored, given, action) || kept;
            it.value() = Domain::toKey(MergeRules::optInAfterImport(stored, given, action));
        } else if (it.key() == ContactColumn::DoNotContact) {
            const bool stored = current.value(it.key()).toBool();
            kept = MergeRules::keptDoNotContact(stored, it.value().toBool(), action) || kept;
            it.value() = MergeRules::doNotContactAfterImport(stored, it.value().toBool());
        } else if (it.key() == ContactColumn::LifecycleStage) {
            using Domain::LifecycleStage;
            const auto stored = Domain::fromKeyOr(current.value(it.key()).toString(), LifecycleStage::Lead);
            const auto given = Domain::fromKeyOr(it.value().toString(), LifecycleStage::Lead);
            it.value() = Domain::toKey(MergeRules::lifecycleAfterImport(stored, given, action));
        }
    }
    return kept;
}

// Columns whose MergeRules say what filling empty fields does.
bool ruledByMergeRules(ContactColumn column)
{
    return isConsentColumn(column) || column == ContactColumn::DoNotContact || column == ContactColumn::LifecycleStage;
}

ContactColumn optInColumn(Channel channel)
{
    switch (channel) {
    case Channel::Email:
        return ContactColumn::OptInEmail;
    case Channel::Sms:
        return ContactColumn::OptInSms;
    case Channel::WhatsApp:
        return ContactColumn::OptInWhatsApp;
    case Channel::Voice:
        return ContactColumn::OptInVoice;
    }
    return ContactColumn::OptInEmail;
}

const QList<std::pair<ImportField, Channel>> kConsentFields = {
    {ImportField::OptInEmail, Channel::Email},
    {ImportField::OptInSms, Channel::Sms},
    {ImportField::OptInWhatsApp, Channel::WhatsApp},
    {ImportField::OptInVoice, Channel::Voice},
};

} // namespace

Expected<QHash<QString, ExistingContact>> ContactImportJob::Private::lookupExisting(const QStringList &keys,
                                                                                    const QList<ParsedRow> &rows) const
{
    QHash<QString, ExistingContact> found;
    if (keys.isEmpty())
        return found;
    // Each condition repeats its partial index's own WHERE, so the index is used.
    // keyExpression: what the index holds; keyValue: the key as the rows' keys are folded.
    QString keyExpression, indexCondition, keyValue;
    switch (options.matchOn) {
    case MatchKey::Email:
        keyExpression = db->dialect().caseInsensitive(QStringLiteral("email"));
        keyValue = QStringLiteral("lower(email)"); // the keys are folded the same way
        indexCondition = QStringLiteral("email IS NOT NULL AND email <> ''");
        break;
    case MatchKey::Phone:
        keyExpression = keyValue = QStringLiteral("phone");
        indexCondition = QStringLiteral("phone IS NOT NULL");
        break;
    case MatchKey::ExternalId:
        keyExpression = keyValue = QStringLiteral("external_id");
        indexCondition = QStringLiteral("external_id IS NOT NULL");
        break;
    case MatchKey::LeadlineId:
        keyExpression = keyValue = QStringLiteral("id");
        indexCondition = QStringLiteral("id IS NOT NULL");
        break;
    }
    const auto read = std::make_shared<const QList<ContactColumn>>(columnsToCompare(rows));
    QStringList columns;
    for (ContactColumn column : *read)
        columns << contactColumnName(column);
    constexpr int kPerQuery = 5000;
    for (qsizetype start = 0; start < keys.size(); start += kPerQuery) {
        auto q = db->exec(
            QStringLiteral("SELECT %1 AS match_key, id, coalesce(import_batch_id, ''), %2 FROM contacts "
                           "WHERE deleted_at IS NULL AND %3 AND %4")
                .arg(keyValue, columns.join(QStringLiteral(", ")), indexCondition, db->dialect().inList(keyExpression)),
            {Storage::SqlDialect::inListValue(keys.mid(start, kPerQuery))});
        if (!q)
            return q.error();
        while (q->next()) {
            const QString key = q->value(0).toString();
            if (found.contains(key))
                continue; // phone/external id need not be unique: the oldest match wins
            ExistingContact existing;
            existing.id = q->value(1).toString();
            existing.importBatchId = q->value(2).toString();
            existing.columns = read;
            existing.stored.reserve(read->size());
            for (int i = 0; i < read->size(); ++i)
                existing.stored << q->value(3 + i);
            found.insert(key, existing);
        }
    }
    return found;
}

// What a chunk's rows build up before it is written.
struct ContactImportJob::Private::ChunkWork
{
    ChunkWork(Chunk &rowsOfChunk, QHash<QString, ExistingContact> &storedContacts, const QDateTime &nowUtcThen,
              const QVariant &nowInDatabase, const QString &importBatchId)
        : chunk(rowsOfChunk)
        , existing(storedContacts)
        , nowUtc(nowUtcThen)
        , now(nowInDatabase)
        , batchId(importBatchId)
    {
        batch.contacts.reserve(chunk.parsed.size());
        createdInChunk.reserve(chunk.parsed.size());
    }

    Chunk &chunk;
    QHash<QString, ExistingContact> &existing; // the stored contacts the rows match, by match key
    const QDateTime nowUtc;
    const QVariant now; // as the database stores it
    const QString batchId;

    Storage::BulkBatch batch;
    QHash<QString, qsizetype> createdInChunk; // match key → index in batch.contacts
    QList<QVariantList> consentRows;
    QHash<QString, QString> tagIds; // the rows' tags, as named → id
    QStringList createdTags;        // made for this chunk: dropped again if only rejected rows named them
    QSet<QString> links;            // "contact id|tag id" of stored contacts: each tag once per contact
    StoredContactUpdates storedUpdates;
    QSet<QString> linkedCompanies;          // the companies stored contacts took in this chunk
    QSet<qsizetype> addressFromSecondGroup; // contacts of batch.contacts that took a second address whole
    QSet<qsizetype> stageNamed;             // contacts of batch.contacts whose lifecycle stage a row named
    Domain::Activity imported;              // the "imported" entry every contact written gets

    // Links a stored contact to the row's tags it has no link to yet; the ids of those it links now.
    QStringList linkTags(const QString &contactId, const QStringList &tags)
    {
        QStringList linked;
        for (const QString &tag : tags) {
            const QString tagId = tagIds.value(tag.trimmed());
            if (tagId.isEmpty() || links.contains(contactId + QLatin1Char('|') + tagId))
                continue;
            links.insert(contactId + QLatin1Char('|') + tagId);
            batch.contactTags.append({contactId, tagId, nowUtc});
            linked << tagId;
        }
        return linked;
    }

    // A contact this chunk creates has no links yet. Its tags differ as Qt compares them,
    // but the database may take two for one tag ("İzmir", "izmir" in some locales).
    void linkNewContact(const QString &contactId, const QStringList &tags)
    {
        QVarLengthArray<QString, 8> linked;
        for (const QString &tag : tags)
            if (const QString tagId = tagIds.value(tag.trimmed()); !tagId.isEmpty() && !linked.contains(tagId)) {
                linked.append(tagId);
                batch.contactTags.append({contactId, tagId, nowUtc});
            }
    }

    // A consent record for each channel the row gives, when the contact then holds what the
    // row says (filling empty fields keeps a stored opt-out, and the record must not contradict
    // it). heldNow(channel): the status the contact holds once the row is applied.
    template <typename HeldNow>
    void addConsents(const QString &contactId, const ParsedRow &row, const Domain::Contact &values,
                     const HeldNow &heldNow)
    {
        for (const auto &[field, channel] : kConsentFields) {
            if (!row.present.contains(field))
                continue;
            const QString given = Domain::toKey(values.optInFor(channel));
            if (heldNow(channel) == given)
                consentRows.append({Domain::newId(), contactId, Domain::toKey(channel), given, batchId, now, now, now});
        }
    }

    // An updated contact's entry lists what changed.
    void addImportedActivity(const QString &contactId, const QJsonObject &changes)
    {
        Domain::Activity activity = imported;
        activity.id = Domain::newId();
        activity.entityId = contactId;
        activity.contactId = contactId;
        activity.changes = changes;
        batch.activities.append(std::move(activity));
    }
};

namespace {

// heldNow for ChunkWork::addConsents(): what the contact holds.
auto heldBy(const Domain::Contact &contact)
{
    return [&contact](Channel channel) { return Domain::toKey(contact.optInFor(channel)); };
}

} // namespace

Result ContactImportJob::Private::processChunk(Chunk &chunk)
{
    summary.rows += chunk.readErrors.size();
    summary.readingNote = chunk.readingNote;
    const qint64 contactsWrittenBefore = summary.created + summary.updated + summary.merged;

    // Chunks that share a transaction write in it: a savepoint per chunk would have SQLite copy
    // every index page the chunk changes. A failed chunk takes the uncommitted ones with it.
    // Begun before anything is looked up, so that what is found still holds when the chunk is
    // written, whoever else writes to the database.
    Storage::Transaction transaction(*db, Storage::Transaction::Nesting::JoinOuter);
    if (!transaction.isActive())
        return transaction.error();
    if (Result turn = takeImportTurn(); !turn)
        return turn;
    if (Result folded = foldKeys(chunk); !folded)
        return folded;
    auto existing = findStored(chunk);
    if (!existing)
        return existing.error();

    const QDateTime nowUtc = clock.nowUtc();
    ChunkWork work(chunk, *existing, nowUtc, db->dialect().timestampToDb(nowUtc), summary.batchId);

    for (const auto &[row, message] : chunk.readErrors)
        reject(row.line, row.cells, message);

    if (Result resolved = resolveCompanies(chunk, work.now); !resolved)
        return resolved;
    if (Result tagged = prepareTags(work); !tagged)
        return tagged;

    Domain::Activity &imported = work.imported;
    imported.type = Domain::ActivityType::Imported;
    imported.entityType = Domain::EntityType::Contact;
    imported.userId = actor.userId;
    imported.subject = Activities::SystemSubject::importedFrom(QFileInfo(options.filePath).fileName());
    imported.occurredAt = nowUtc;
    imported.createdAt = nowUtc;
    work.batch.activityPerContact = imported; // the contacts this chunk creates

    for (qsizetype index = 0; index < chunk.parsed.size(); ++index) {
        const ParsedRow &row = chunk.parsed.at(index); // blockingMapped keeps the order of rows
        ++summary.rows;
        if (row.isRejected()) {
            reject(row.sourceRow, chunk.rows.at(index).cells, row.rejectReason(reader->headers()));
            continue;
        }
        auto ownerId = resolveOwner(row.owner);
        if (!ownerId)
            return ownerId.error();
        static const CompanyRef noCompany;
        const CompanyRef &company = chunk.companyOf.at(index) ? *chunk.companyOf.at(index) : noCompany;

        const QString &key = chunk.matchKeys.at(index);
        const bool inFile = !key.isEmpty() && work.createdInChunk.contains(key);
        const bool inDatabase = !key.isEmpty() && work.existing.contains(key);
        if ((inFile || inDatabase) && options.onDuplicate == DuplicateAction::Skip) {
            if (inFile) {
                keepOptOutsOfSkipped(work, index);
                ++summary.skipped;
            } else if (const auto left = skippedRow(row); !left) {
                ++summary.skipped;
            } else if (Result updated = updateStored(work, index, *left, {}, noCompany, true); !updated) {
                return updated;
            }
            continue;
        }
        if (inFile) {
            mergeIntoCreated(work, index, *ownerId, company);
        } else if (inDatabase) {
            if (Result updated = updateStored(work, index, row, *ownerId, company); !updated)
                return updated;
        } else {
            createContact(work, index, *ownerId, company);
        }
    }
    if (Result written = writeChunk(work, contactsWrittenBefore); !written)
        return written;
    return transaction.commit();
}

Result ContactImportJob::Private::takeImportTurn()
{
    // Another import, or the app on the same file, may write contacts meanwhile: an import
    // into an empty SQLite database then looks every key up, as into any other. (Not while its
    // own email index is set aside: the guard lets nobody else write an email then.)
    if (!createdExactly) {
        auto others = othersWrote();
        if (!others)
            return others.error();
        if (*others)
            noteOthersWrote();
    }
    if (Result turn = db->takeImportTurn(); !turn)
        return turn;
    // An import that stalled (a laptop asleep mid-import) counts as interrupted elsewhere, and
    // may be undone there meanwhile: it must not go on adding contacts to an undone batch.
    auto status = db->exec(QStringLiteral("SELECT status FROM import_batches WHERE id = ?"), {summary.batchId});
    if (!status)
        return status.error();
    const QString now = status->next() ? status->value(0).toString() : QString();
    status->finish();
    if (now != QLatin1String("running"))
        return Error(ErrorCode::Conflict,
                     now == QLatin1String("reverted")
                         ? tr("The import was undone while it was still writing (it had stalled, and counted as "
                              "interrupted): it stops here, and the rows it had not written are left out.")
                         : tr("The import was closed elsewhere while it was still writing (it had stalled, and "
                              "counted as interrupted): it stops here, and the rows it had not written are left out."));
    return {};
}

Expected<qint64> ContactImportJob::Private::dataVersionNow() const
{
    auto version = db->exec(QStringLiteral("PRAGMA data_version"));
    if (!version)
        return version.error();
    return version->next() ? version->value(0).toLongLong() : 0;
}

Expected<bool> ContactImportJob::Private::othersWrote() const
{
    if (databaseHadContacts || !dataVersion)
        return false; // every key is looked up anyway, or not SQLite
    auto now = dataVersionNow();
    if (!now)
        return now.error();
    return *now != *dataVersion;
}

void ContactImportJob::Private::noteOthersWrote()
{
    databaseHadContacts = true;
    if (emailOwners)
        emailOwners->setDatabaseHadContacts(true);
}

Expected<QHash<QString, ExistingContact>> ContactImportJob::Private::findStored(Chunk &chunk)
{
    const QList<ParsedRow> &parsed = chunk.parsed;
    // The keys to look up in the database, each once.
    QStringList keys;
    QSet<QString> seen;
    for (qsizetype i = 0; i < parsed.size(); ++i) {
        const QString &key = chunk.matchKeys.at(i);
        if (parsed.at(i).isRejected() || key.isEmpty() || !mayExist(chunk.matchHashes.at(i)) || seen.contains(key))
            continue;
        seen.insert(key);
        keys << key;
    }
    auto existing = lookupExisting(keys, parsed);
    if (!existing)
        return existing.error();
    if (options.matchOn == MatchKey::Email || options.matchOn == MatchKey::Phone)
        if (Result matched = matchOtherKeys(chunk, *existing); !matched)
            return matched.error();
    if (Result loaded = loadEarlierRecords(*existing); !loaded)
        return loaded.error();
    if (emailOwners) {
        QStringList emails; // what the rows give, and what the contacts they update hold
        for (const ParsedRow &row : parsed)
            if (const QString email = row.primaryEmail(); !row.isRejected() && !email.isEmpty())
                emails << email; // a contact the row creates takes it (a second column's too)
        for (const ExistingContact &contact : std::as_const(*existing))
            emails << contact.value(ContactColumn::Email).toString();
        if (Result loaded = emailOwners->loadChunk(*db, emails); !loaded)
            return loaded.error();
    }
    return existing;
}

Result ContactImportJob::Private::prepareTags(ChunkWork &work)
{
    QStringList tagNames;
    for (const ParsedRow &row : std::as_const(work.chunk.parsed))
        if (!row.isRejected())
            for (const QString &tag : row.contact.tags)
                tagNames << tag;
    if (!tagNames.isEmpty()) {
        tagNames.removeDuplicates();
        auto ensured = bulk.ensureTags(tagNames, work.nowUtc, &work.createdTags, summary.batchId);
        if (!ensured)
            return ensured.error();
        work.tagIds = *ensured;
    }
    // A contact gets each tag once, also when several rows or an earlier import gave it.
    if (work.tagIds.isEmpty() || work.existing.isEmpty())
        return {};
    QStringList ids;
    for (const ExistingContact &contact : std::as_const(work.existing))
        ids << contact.id;
    for (qsizetype start = 0; start < ids.size(); start += 5000) {
        auto q = db->exec(QStringLiteral("SELECT contact_id, tag_id FROM contact_tags WHERE %1")
                              .arg(db->dialect().inList(QStringLiteral("contact_id"))),
                          {Storage::SqlDialect::inListValue(ids.mid(start, 5000))});
        if (!q)
            return q.error();
        while (q->next())
            work.links.insert(q->value(0).toString() + QLatin1Char('|') + q->value(1).toString());
    }
    return {};
}

// Files from another CRM name its users: the contact matters more than who owned it there.
// A row naming someone who is not an active user here is imported as if it named no owner, and the
// summary says so once the row created or updated a contact.
void ContactImportJob::Private::noteUnknownOwner(const ParsedRow &row, const QString &ownerId)
{
    if (row.owner.isEmpty() || !ownerId.isEmpty())
        return;
    ++summary.unknownOwnerRows;
    if (summary.unknownOwners.contains(row.owner))
        return;
    if (summary.unknownOwners.size() < ImportSummary::kUnknownOwnersNamed)
        summary.unknownOwners << row.owner;
    else
        summary.moreUnknownOwners = true;
}

// A second row for a contact this chunk creates: merged into it before it is written.
void ContactImportJob::Private::mergeIntoCreated(ChunkWork &work, qsizetype index, const QString &ownerId,
                                                 const CompanyRef &company)
{
    const ParsedRow &row = work.chunk.parsed.at(index);
    const qsizetype targetIndex = work.createdInChunk.value(work.chunk.matchKeys.at(index));
    Domain::Contact &target = work.batch.contacts[targetIndex];
    const bool overwrite = options.onDuplicate == DuplicateAction::Overwrite;
    // Without an email yet, the contact takes the row's first address, as it would have
    // had that row come first (ParsedRow::primaryEmail()).
    const QString email = target.email.isEmpty() ? row.primaryEmail() : row.contact.email;
    // Another spelling of the same address ("ANN@example.com") is no new one: the first stays.
    // Nor is one of its other addresses (what the row may be matched by): its own stays its own.
    const bool newEmail = !email.isEmpty() && (overwrite || target.email.isEmpty()) &&
                          email.compare(target.email, Qt::CaseInsensitive) != 0 &&
                          !target.otherEmails.contains(email, Qt::CaseInsensitive);
    if (newEmail && emailOwners) {
        if (!emailOwners->mayTake(email, target.id)) {
            reject(row.sourceRow, work.chunk.rows.at(index).cells, emailOwners->rejectReason(email));
            return;
        }
        emailOwners->release(target.id, target.email);
        emailOwners->claim(target.id, email);
    }
    // The address that does not become the contact's own joins its others.
    const QString displaced = newEmail ? target.email : email;
    if (newEmail)
        target.email = email;
    if (!displaced.isEmpty() && displaced.compare(target.email, Qt::CaseInsensitive) != 0 &&
        !target.otherEmails.contains(displaced, Qt::CaseInsensitive))
        target.otherEmails << displaced;
    target.otherEmails.removeIf(
        [&](const QString &other) { return other.compare(target.email, Qt::CaseInsensitive) == 0; });
    // A contact that took a second address whole: the row's first address replaces it
    // whole when overwriting, and is no part of it when filling.
    const bool secondAddressHeld = work.addressFromSecondGroup.contains(targetIndex);
    if (secondAddressHeld && overwrite && row.contact.address != Domain::Address()) {
        target.address = row.contact.address;
        work.addressFromSecondGroup.remove(targetIndex);
    }
    if (mergeInto(target, row, overwrite, !secondAddressHeld, work.stageNamed.contains(targetIndex)))
        ++summary.optOutsKept;
    if (row.present.contains(ImportField::LifecycleStage))
        work.stageNamed.insert(targetIndex);
    takeFirstOtherIfEmpty(target.phone, target.otherPhones);
    if (target.address == Domain::Address() && row.secondAddress != Domain::Address()) {
        target.address = row.secondAddress;
        work.addressFromSecondGroup.insert(targetIndex);
    }
    if (!company.id.isEmpty() && (overwrite || target.companyId.isEmpty())) {
        target.companyId = company.id;
        target.companyName = company.name;
    }
    if (!ownerId.isEmpty() && (overwrite || target.ownerId.isEmpty()))
        target.ownerId = ownerId;
    QStringList linked; // the target's tags, by id
    for (const QString &tag : std::as_const(target.tags))
        linked << work.tagIds.value(tag.trimmed());
    for (const QString &tag : row.contact.tags)
        if (const QString tagId = work.tagIds.value(tag.trimmed()); !tagId.isEmpty() && !linked.contains(tagId)) {
            linked << tagId;
            target.tags << tag;
            work.batch.contactTags.append({target.id, tagId, work.nowUtc});
        }
    work.addConsents(target.id, row, row.contact, heldBy(target));
    noteUnknownOwner(row, ownerId);
    ++summary.merged;
}

std::optional<ParsedRow> ContactImportJob::Private::skippedRow(const ParsedRow &row) const
{
    ParsedRow left;
    left.sourceRow = row.sourceRow;
    for (const auto &[field, channel] : kConsentFields)
        if (row.present.contains(field) && row.contact.optInFor(channel) == OptInStatus::OptedOut) {
            left.present.insert(field);
            left.contact.optIn.insert(channel, OptInStatus::OptedOut);
        }
    if (row.present.contains(ImportField::DoNotContact) && row.contact.doNotContact) {
        left.present.insert(ImportField::DoNotContact);
        left.contact.doNotContact = true;
    }
    if (left.present.isEmpty())
        return std::nullopt;
    return left;
}

void ContactImportJob::Private::keepOptOutsOfSkipped(ChunkWork &work, qsizetype index)
{
    const auto left = skippedRow(work.chunk.parsed.at(index));
    if (!left)
        return;
    const qsizetype targetIndex = work.createdInChunk.value(work.chunk.matchKeys.at(index));
    Domain::Contact &target = work.batch.contacts[targetIndex];
    if (mergeInto(target, *left, false, false, true))
        ++summary.optOutsKept;
    work.addConsents(target.id, *left, left->contact, heldBy(target));
}

// A row for a contact stored before this chunk: what it changes, with a record to revert it.
Result ContactImportJob::Private::updateStored(ChunkWork &work, qsizetype index, const ParsedRow &row,
                                               const QString &ownerId, const CompanyRef &company, bool skipped)
{
    const QString &key = work.chunk.matchKeys.at(index);
    const ExistingContact current = work.existing.value(key);
    QHash<ContactColumn, QJsonValue> wanted = presentValues(row, &current);
    // The stored spelling of an address stays: "ANN@example.com" is the address it has.
    if (const auto given = wanted.constFind(ContactColumn::Email); given != wanted.cend()) {
        const QString stored = current.value(ContactColumn::Email).toString();
        const QStringList others = current.value(ContactColumn::OtherEmails).toVariant().toStringList();
        if (!stored.isEmpty() && given->toString().compare(stored, Qt::CaseInsensitive) == 0)
            wanted.insert(ContactColumn::Email, stored);
        // One of its other addresses (what the row was matched by) is an address it has: its
        // own stays its own, also when overwriting.
        else if (!stored.isEmpty() && others.contains(given->toString(), Qt::CaseInsensitive))
            wanted.remove(ContactColumn::Email);
    }
    // So is a number among its others the row was matched by (on phone). Matched otherwise, a
    // row that gives one of them as its phone, overwriting, makes it its own.
    if (const auto given = wanted.constFind(ContactColumn::Phone);
        options.matchOn == MatchKey::Phone && given != wanted.cend()) {
        const QString stored = current.value(ContactColumn::Phone).toString();
        const QStringList others = current.value(ContactColumn::OtherPhones).toVariant().toStringList();
        if (!stored.isEmpty() && given->toString() != stored && others.contains(given->toString()))
            wanted.remove(ContactColumn::Phone);
    }
    keepEveryAddressAndNumber(wanted, current, options.onDuplicate == DuplicateAction::Overwrite);
    const bool keptAnOptOut = applyMergeRules(wanted, current, options.onDuplicate);
    if (!company.id.isEmpty() && !current.holdsText(ContactColumn::CompanyId, company.id))
        wanted.insert(ContactColumn::CompanyId, company.id);
    if (!company.id.isEmpty() && !current.holdsText(ContactColumn::CompanyName, company.name))
        wanted.insert(ContactColumn::CompanyName, company.name);
    if (!ownerId.isEmpty() && !current.holdsText(ContactColumn::OwnerId, ownerId))
        wanted.insert(ContactColumn::OwnerId, ownerId);
    else if (ownerId.isEmpty() && !defaultOwnerId.isEmpty() && !skipped &&
             isEmptyValue(ContactColumn::OwnerId, current.value(ContactColumn::OwnerId)))
        wanted.insert(ContactColumn::OwnerId, defaultOwnerId); // an owner it had stays, also when overwriting
    if (!row.customPresent.isEmpty()) {
        QJsonObject custom = current.value(ContactColumn::CustomFields).toObject();
        for (const QString &name : row.customPresent)
            if (options.onDuplicate == DuplicateAction::Overwrite || custom.value(name).toString().isEmpty())
                custom.insert(name, row.contact.customFields.value(name));
        wanted.insert(ContactColumn::CustomFields, custom);
    }
    QMap<ContactColumn, QVariant> changed;
    QJsonObject previous, applied, changes;
    for (auto it = wanted.constBegin(); it != wanted.constEnd(); ++it) {
        const QJsonValue old = current.value(it.key());
        if (old == it.value())
            continue;
        // Custom fields and the other emails and phones were merged with the stored ones.
        const bool merged = it.key() == ContactColumn::CustomFields || it.key() == ContactColumn::OtherEmails ||
                            it.key() == ContactColumn::OtherPhones;
        // The default owner this import gave a contact (one it created, or a stored one
        // an earlier row left without owner) fills no field: a later row of the file
        // naming the owner still does. One a row named stays.
        const bool defaultOwnerOfThisImport = it.key() == ContactColumn::OwnerId && !defaultOwnerId.isEmpty() &&
                                              old.toString() == defaultOwnerId &&
                                              givenDefaultOwner.contains(idHash(current.id));
        if (options.onDuplicate == DuplicateAction::FillEmpty && !merged && !ruledByMergeRules(it.key()) &&
            !isEmptyValue(it.key(), old) && !defaultOwnerOfThisImport)
            continue;
        const QString column = contactColumnName(it.key());
        changed.insert(it.key(), valueToDb(it.key(), it.value(), db->dialect()));
        previous.insert(column, old);
        applied.insert(column, it.value());
        changes.insert(column, QJsonObject{{QStringLiteral("old"), old}, {QStringLiteral("new"), it.value()}});
    }
    if (emailOwners && changed.contains(ContactColumn::Email)) {
        const QString oldEmail = current.value(ContactColumn::Email).toString();
        if (!emailOwners->mayTake(row.contact.email, current.id)) {
            reject(row.sourceRow, work.chunk.rows.at(index).cells, emailOwners->rejectReason(row.contact.email));
            return {};
        }
        emailOwners->move(current.id, oldEmail, row.contact.email);
    }
    if (changed.contains(ContactColumn::CompanyId))
        work.linkedCompanies.insert(company.id);
    if (!changed.isEmpty()) {
        if (!defaultOwnerId.isEmpty() && changed.contains(ContactColumn::OwnerId) && ownerId.isEmpty())
            givenDefaultOwner.insert(idHash(current.id));
        work.storedUpdates.add(current.id, changed);
        work.existing[key].hold(changed);
    }
    // What the batch changed in a contact from before it, for revert: fields and links.
    if (const QStringList linked = work.linkTags(current.id, row.contact.tags); !linked.isEmpty()) {
        applied.insert(QLatin1String(ImportBatch::kTagsAddedKey), QJsonArray::fromStringList(linked));
        // The timeline names them, as its entry of an undo names those it takes off.
        QJsonArray names;
        for (const QString &tag : row.contact.tags)
            if (linked.contains(work.tagIds.value(tag.trimmed())))
                names.append(tag.trimmed());
        changes.insert(QStringLiteral("tags_added"), names);
    }
    // A second row for a contact this import created is merged into it, as within a chunk,
    // whether or not it adds anything. (Its timeline has the import's entry already.)
    const bool createdByThisImport = current.importBatchId == summary.batchId;
    if (keptAnOptOut)
        ++summary.optOutsKept;
    if (applied.isEmpty()) { // the contact holds all the row says already
        ++(createdByThisImport && !skipped ? summary.merged : summary.skipped);
        return {};
    }
    // A skipped row that records an opt-out changed the contact: it counts as updated, as the
    // undo, the history and the result page see it.
    if (!createdByThisImport)
        if (Result recorded = recordUpdate(current.id, previous, applied); !recorded)
            return recorded;
    // A consent record for what the row changed (a stored status it repeats has its own).
    work.addConsents(current.id, row, row.contact, [&](Channel channel) {
        const ContactColumn column = optInColumn(channel);
        return changed.contains(column) ? Domain::toKey(row.contact.optInFor(channel)) : QString();
    });
    if (!createdByThisImport)
        work.addImportedActivity(current.id, changes);
    noteUnknownOwner(row, ownerId);
    // The counts are of rows, and "updated" of contacts too: a further row for a contact an
    // earlier row updated is merged with that row.
    const bool updatedBefore = !createdByThisImport && updatedHere.contains(idHash(current.id));
    if (!createdByThisImport && !updatedBefore)
        updatedHere.insert(idHash(current.id));
    ++(createdByThisImport || updatedBefore ? summary.merged : summary.updated);
    return {};
}

// Why a row that matches no contact is left out of an import that only updates contacts.
std::optional<QString> ContactImportJob::newContactRefused(const ParsedRow &row, const ImportOptions &options)
{
    if (options.updateOnly) {
        const QString value = row.matchValue(options.matchOn);
        const QString field = options.matchOn == MatchKey::Email        ? tr("email address")
                              : options.matchOn == MatchKey::Phone      ? tr("phone number")
                              : options.matchOn == MatchKey::ExternalId ? tr("external id")
                                                                        : tr("Leadline id");
        return value.isEmpty()
                   ? tr("The row has no %1 to find a contact by, and this import only updates contacts.").arg(field)
                   : tr("No contact has the %1 %2, and this import only updates contacts.").arg(field, value);
    }
    // A row of an export says which contact it is. That contact gone (or never here), a new one
    // would be a copy under another id, and a second row of it in a later chunk another copy.
    if (options.matchOn == MatchKey::LeadlineId && !row.leadlineId.isEmpty())
        return tr("No contact has the Leadline id %1: it was deleted, or the row comes from another database. To add "
                  "it as a new contact, clear its id or match rows on email.")
            .arg(row.leadlineId);
    // An external id finds a stored contact, but a new one needs something a person is
    // told by: a report's footer ("Total", "Confidential") read as an id alone is no contact.
    if (row.contact.firstName.isEmpty() && row.contact.lastName.isEmpty() && row.primaryEmail().isEmpty() &&
        row.primaryPhone().isEmpty()) {
        if (options.matchOn == MatchKey::ExternalId)
            return tr("The row has no name, email or phone, and no contact has its external id %1.")
                .arg(row.contact.externalId);
        if (!row.contact.externalId.isEmpty())
            return tr("The row has no name, email or phone for a new contact. To update the contact with "
                      "the external id %1, match rows on external id.")
                .arg(row.contact.externalId);
        return tr("The row has no name, email or phone for a new contact. To update the contact with "
                  "the Leadline id %1, match rows on Leadline id.")
            .arg(row.leadlineId);
    }
    return std::nullopt;
}

// A row that matches no contact: a new one, written with the chunk.
void ContactImportJob::Private::createContact(ChunkWork &work, qsizetype index, const QString &ownerId,
                                              const CompanyRef &company)
{
    const ParsedRow &row = work.chunk.parsed.at(index);
    const QStringList &cells = work.chunk.rows.at(index).cells;
    if (const std::optional<QString> refused = newContactRefused(row, options)) {
        reject(row.sourceRow, cells, *refused);
        return;
    }
    if (const QString email = row.primaryEmail(); emailOwners && !email.isEmpty()) {
        if (!emailOwners->mayTake(email, row.contact.id)) {
            reject(row.sourceRow, cells, emailOwners->rejectReason(email));
            return;
        }
        emailOwners->claim(row.contact.id, email);
    }
    Domain::Contact contact = std::move(work.chunk.parsed[index].contact); // row.contact is empty from here
    takeFirstOtherIfEmpty(contact.email, contact.otherEmails);
    takeFirstOtherIfEmpty(contact.phone, contact.otherPhones);
    dropRepeatedOthers(contact.email, contact.otherEmails, Qt::CaseInsensitive);
    dropRepeatedOthers(contact.phone, contact.otherPhones, Qt::CaseSensitive);
    if (contact.address == Domain::Address() && row.secondAddress != Domain::Address()) {
        contact.address = row.secondAddress;
        work.addressFromSecondGroup.insert(work.batch.contacts.size());
    }
    if (row.present.contains(ImportField::LifecycleStage))
        work.stageNamed.insert(work.batch.contacts.size());
    contact.companyId = company.id;
    contact.companyName = company.name; // as the company is named

    contact.ownerId = ownerId;
    if (!contact.createdAt.isValid())
        contact.createdAt = work.nowUtc;
    contact.updatedAt = work.nowUtc;
    contact.importBatchId = summary.batchId;
    work.linkNewContact(contact.id, contact.tags);
    work.addConsents(contact.id, row, contact, heldBy(contact));
    if (const QString &key = work.chunk.matchKeys.at(index); !key.isEmpty()) {
        work.createdInChunk.insert(key, work.batch.contacts.size());
        if (!databaseHadContacts) {
            const size_t hash = work.chunk.matchHashes.at(index);
            if (createdExactly)
                createdExactly->insert(hash);
            else
                createdKeys.insert(hash);
        }
    }
    work.batch.contacts.append(std::move(contact));
    noteUnknownOwner(row, ownerId);
    ++summary.created;
}

Result ContactImportJob::Private::writeChunk(ChunkWork &work, qint64 contactsWrittenBefore)
{
    Storage::BulkBatch &batch = work.batch;
    // Only now: a later row of the file for the same contact may still have named its owner.
    if (!defaultOwnerId.isEmpty())
        for (Domain::Contact &contact : batch.contacts)
            if (contact.ownerId.isEmpty()) {
                contact.ownerId = defaultOwnerId;
                givenDefaultOwner.insert(idHash(contact.id));
            }
    if (Result dropped = dropUnlinkedTags(work.createdTags, batch.contactTags); !dropped)
        return dropped;
    if (const QStringList &created = work.chunk.createdCompanies; !created.isEmpty()) {
        // Which of them the contacts it creates took, as they stand after the in-file merges.
        QSet<QString> untaken(created.cbegin(), created.cend());
        untaken.subtract(work.linkedCompanies);
        for (const Domain::Contact &contact : std::as_const(batch.contacts))
            if (untaken.remove(contact.companyId) && untaken.isEmpty())
                break;
        for (const QString &id : created)
            if (!untaken.contains(id))
                work.linkedCompanies.insert(id);
        if (Result dropped = dropUnlinkedCompanies(created, work.linkedCompanies); !dropped)
            return dropped;
    }
    if (Result updated = work.storedUpdates.write(*db, *statements, work.now); !updated)
        return updated;
    takeUpdateRecords(batch);
    if (Result written = bulk.write(batch); !written)
        return written;
    if (!work.consentRows.isEmpty()) {
        Result inserted = db->execBatch(
            QStringLiteral("INSERT INTO consents (id, contact_id, channel, status, source, source_detail, "
                           "recorded_at, created_at, updated_at) VALUES (?, ?, ?, ?, 'import', ?, ?, ?, ?)"),
            work.consentRows);
        if (!inserted)
            return inserted;
    }
    // In the chunk's transaction, once it writes contacts: an import that commits none
    // registers no field.
    if (!customFieldNames.isEmpty() && summary.created + summary.updated + summary.merged > contactsWrittenBefore)
        if (auto registered = Contacts::CustomFieldRegistry(*db, clock).ensure(customFieldNames, summary.batchId);
            !registered)
            return registered.error();
    if (Result saved = saveCounters(QStringLiteral("running"), {}); !saved)
        return saved;
    freeOnPool(std::move(batch));
    // Written before the commit (a commit that fails, or a chunk after it in the same
    // transaction, takes them back out), so that a killed import's file has every reject
    // its batch counts.
    return rejects->writePending();
}

void ContactImportJob::Private::UpdateRecord::merge(const QJsonObject &morePrevious, const QJsonObject &moreApplied)
{
    for (auto it = morePrevious.begin(); it != morePrevious.end(); ++it)
        if (!previous.contains(it.key()))
            previous.insert(it.key(), it.value());
    const QString tagsAdded = QLatin1String(ImportBatch::kTagsAddedKey);
    for (auto it = moreApplied.begin(); it != moreApplied.end(); ++it) {
        if (it.key() != tagsAdded) {
            applied.insert(it.key(), it.value());
            continue;
        }
        QJsonArray tags = applied.value(tagsAdded).toArray(); // every row's links add up
        for (const QJsonValue &tag : it.value().toArray())
            if (!tags.contains(tag))
                tags.append(tag);
        applied.insert(tagsAdded, tags);
    }
}

Result ContactImportJob::Private::recordUpdate(const QString &contactId, const QJsonObject &previous,
                                               const QJsonObject &applied)
{
    // Several rows may update one contact. The first previous value of a field stays (a later
    // row would see this batch's own value); fields a later row changes first are added. What
    // the batch wrote accumulates, the last value winning. Merged here rather than in SQL,
    // whose JSON functions would turn booleans into numbers on SQLite.
    if (auto unsaved = unsavedRecords.find(contactId); unsaved != unsavedRecords.end()) {
        unsaved->merge(previous, applied);
        return {};
    }
    // Saved with an earlier chunk? (loadEarlierRecords() read them all.)
    const auto saved = earlierRecords.find(contactId);
    if (saved == earlierRecords.end()) {
        unsavedRecords.insert(contactId, {previous, applied});
        unsavedOrder << contactId;
        updatesRecorded.insert(qHash(contactId));
        return {};
    }
    UpdateRecord &record = *saved; // as saved now, for a later row of the chunk
    record.merge(previous, applied);
    const auto json = [](const QJsonObject &o) {
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    const QString cast = db->dialect().jsonCast(QStringLiteral("?"));
    auto updated = statements->exec(
        QStringLiteral(
            "UPDATE import_batch_updates SET previous = %1, applied = %1 WHERE batch_id = ? AND contact_id = ?")
            .arg(cast),
        {json(record.previous), json(record.applied), summary.batchId, contactId});
    return updated ? Result() : Result(updated.error());
}

Result ContactImportJob::Private::loadEarlierRecords(const QHash<QString, ExistingContact> &existing)
{
    earlierRecords.clear();
    QStringList ids;
    for (const ExistingContact &contact : existing)
        if (updatesRecorded.mayContain(qHash(contact.id)))
            ids << contact.id;
    const auto object = [](const QVariant &v) { return QJsonDocument::fromJson(v.toString().toUtf8()).object(); };
    constexpr qsizetype kPerQuery = 5000;
    for (qsizetype start = 0; start < ids.size(); start += kPerQuery) {
        auto q = db->exec(QStringLiteral("SELECT contact_id, previous, applied FROM import_batch_updates "
                                         "WHERE batch_id = ? AND %1")
                              .arg(db->dialect().inList(QStringLiteral("contact_id"))),
                          {summary.batchId, Storage::SqlDialect::inListValue(ids.mid(start, kPerQuery))});
        if (!q)
            return q.error();
        while (q->next())
            earlierRecords.insert(q->value(0).toString(), {object(q->value(1)), object(q->value(2))});
    }
    return {};
}

void ContactImportJob::Private::takeUpdateRecords(Storage::BulkBatch &batch)
{
    batch.importUpdates.reserve(unsavedOrder.size());
    for (const QString &contactId : std::as_const(unsavedOrder)) {
        UpdateRecord &record = unsavedRecords[contactId];
        batch.importUpdates.append({summary.batchId, contactId, std::move(record.previous), std::move(record.applied)});
    }
    unsavedRecords.clear();
    unsavedOrder.clear();
}

// Tags and companies are made before the rows are worked through, and some rows are then
// rejected (an owner who is not a user, an address another contact holds), skipped as
// duplicates, or fill a contact that has one already: what no contact took goes again.
Expected<QSet<QString>> ContactImportJob::Private::dropUnlinked(const QString &table, const QStringList &created,
                                                                const QSet<QString> &linked)
{
    QStringList unlinked;
    for (const QString &id : created)
        if (!linked.contains(id))
            unlinked << id;
    if (unlinked.isEmpty())
        return QSet<QString>();
    auto dropped =
        db->exec(QStringLiteral("DELETE FROM %1 WHERE %2").arg(table, db->dialect().inList(QStringLiteral("id"))),
                 {Storage::SqlDialect::inListValue(unlinked)});
    if (!dropped)
        return dropped.error();
    return QSet<QString>(unlinked.cbegin(), unlinked.cend());
}

Result ContactImportJob::Private::dropUnlinkedTags(const QStringList &created,
                                                   const QList<Storage::ContactTagLink> &links)
{
    QSet<QString> linked;
    for (const Storage::ContactTagLink &link : links)
        linked.insert(link.tagId);
    auto dropped = dropUnlinked(QStringLiteral("tags"), created, linked);
    return dropped ? Result() : Result(dropped.error());
}

Result ContactImportJob::Private::dropUnlinkedCompanies(const QStringList &created, const QSet<QString> &linked)
{
    auto dropped = dropUnlinked(QStringLiteral("companies"), created, linked);
    if (!dropped)
        return dropped.error();
    if (dropped->isEmpty())
        return {};
    // A later row that names one makes it again.
    for (CompanyMap *map : {&companies, &withoutDomain})
        std::erase_if(*map, [&](const auto &entry) { return dropped->contains(entry.second.id); });
    return {};
}

Result ContactImportJob::Private::matchOtherKeys(Chunk &chunk, QHash<QString, ExistingContact> &existing)
{
    if (!databaseHadContacts)
        return {};
    QList<qsizetype> missing; // rows that no contact's own email matches
    for (qsizetype i = 0; i < chunk.parsed.size(); ++i)
        if (!chunk.parsed.at(i).isRejected() && !chunk.matchKeys.at(i).isEmpty() &&
            !existing.contains(chunk.matchKeys.at(i)))
            missing << i;
    if (missing.isEmpty())
        return {};
    if (!otherKeys.storedLoaded())
        if (Result loaded = options.matchOn == MatchKey::Email ? otherKeys.loadStoredEmails(*db, *emailKeys)
                                                               : otherKeys.loadStoredPhones(*db);
            !loaded)
            return loaded;
    if (otherKeys.isEmpty())
        return {};
    QSet<QString> ownKeys;                           // of the contacts found by another address, to look up
    QList<std::pair<qsizetype, QString>> redirected; // rows, and the keys of their own email
    for (const qsizetype i : std::as_const(missing))
        if (const QString own = otherKeys.ownKeyOf(chunk.matchKeys.at(i)); !own.isEmpty()) {
            redirected.append({i, own});
            if (!existing.contains(own))
                ownKeys.insert(own);
        }
    auto found = lookupExisting(QStringList(ownKeys.cbegin(), ownKeys.cend()), chunk.parsed);
    if (!found)
        return found.error();
    existing.insert(*found);
    // A contact gone since the addresses were read (deleted, its address changed) matches nobody.
    for (const auto &[row, own] : std::as_const(redirected))
        if (existing.contains(own)) {
            chunk.matchKeys[row] = own;
            chunk.matchHashes[row] = qHash(own);
        }
    return {};
}

Result ContactImportJob::Private::foldKeys(Chunk &chunk) const
{
    if (chunk.keysToFold.isEmpty())
        return {};
    QStringList emails;
    for (qsizetype index : std::as_const(chunk.keysToFold))
        emails << chunk.matchKeys.at(index);
    auto folded = EmailKeys::foldedByDatabase(*db, emails);
    if (!folded)
        return folded.error();
    for (qsizetype index : std::as_const(chunk.keysToFold)) {
        chunk.matchKeys[index] = folded->value(chunk.matchKeys.at(index));
        chunk.matchHashes[index] = qHash(chunk.matchKeys.at(index));
    }
    chunk.keysToFold.clear();
    return {};
}

} // namespace Leadline::ImportExport
